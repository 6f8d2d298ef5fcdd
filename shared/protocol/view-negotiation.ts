// The parts of a view about running the session and negotiating: the clock's pause, the
// procedure, the speakers list, messages per channel, straw polls, points of order, CBMs,
// and each proposal's kind, amendments and co-sponsors. view.ts joins them into View.
import { z } from "zod";
import { VOTING_MODES } from "../scenario/schema.ts";
import { PROPOSAL_KINDS, STRAW_POLL_CHOICES } from "./actions-negotiation.ts";
import { VOTE_CHOICES } from "./actions.ts";
import { ERROR_CODES } from "./errors.ts";
import { Tally } from "./events.ts";

const seat = z.string();

const Ballot = z.strictObject({ seat, choice: z.enum(VOTE_CHOICES).nullable() });

export const AmendmentView = z.strictObject({
  id: z.string(),
  seat,
  text: z.string(),
  status: z.enum(["pending", "accepted", "contested", "withdrawn", "voting", "adopted", "rejected"]),
  ballots: z.array(Ballot),
  tally: Tally.nullable(),
});

/** Fields every ProposalView carries besides the slice's own. */
export const PROPOSAL_NEGOTIATION_FIELDS = {
  kind: z.enum(PROPOSAL_KINDS),
  /** The catalogue norm or the CBM the proposal adopts, if any. */
  norm: z.string().nullable(),
  cbm: z.string().nullable(),
  /** False for an observer's text. */
  binding: z.boolean(),
  originalText: z.string(),
  cosponsors: z.array(seat),
  amendments: z.array(AmendmentView),
  explanations: z.array(z.strictObject({ seat, text: z.string() })),
  dissociated: z.array(seat),
  silent: z.array(seat),
};

export const MessageView = z.strictObject({
  id: z.string(),
  /** A seat id, or "chair" for the chair's broadcasts. */
  from: z.string(),
  /** The player who wrote it ("chair" for the chair). */
  by: z.string(),
  to: seat.nullable(),
  text: z.string(),
  names: z.array(seat),
  at: z.number(),
  round: z.number(),
});

export const StrawPollView = z.strictObject({
  id: z.string(),
  question: z.string(),
  round: z.number(),
  open: z.boolean(),
  /** Who has answered so far. */
  answered: z.array(seat),
  /** Each seat's answer: once the poll closes, or to the chair, or one's own. */
  answers: z.array(z.strictObject({ seat, choice: z.enum(STRAW_POLL_CHOICES).nullable() })),
  /** The counts, once the poll is closed. */
  result: z.strictObject({ yes: z.number(), no: z.number(), abstain: z.number() }).nullable(),
});

export const PointOfOrderView = z.strictObject({
  id: z.string(),
  seat,
  text: z.string(),
  at: z.number(),
  ruling: z.strictObject({ upheld: z.boolean(), text: z.string() }).nullable(),
});

export const NegotiationView = z.strictObject({
  /** When the chair paused the session (the clocks stand still), or null. */
  paused: z.strictObject({ since: z.number() }).nullable(),
  procedure: z.strictObject({ votingMode: z.enum(VOTING_MODES), silenceProcedure: z.boolean() }),
  /** The open question's silence deadline, if it is under the silence procedure. */
  silence: z.strictObject({ question: z.string(), deadline: z.number() }).nullable(),
  floor: z.strictObject({
    speaker: z.strictObject({ seat, since: z.number(), deadline: z.number() }).nullable(),
    queue: z.array(z.strictObject({ seat, reply: z.number().nullable() })),
    speakingSeconds: z.number(),
    automatic: z.boolean(),
    openDebate: z.boolean(),
    /** Speaking time used per seat, in ms. */
    used: z.record(z.string(), z.number()),
  }),
  muted: z.strictObject({ seats: z.array(seat), players: z.array(z.string()) }),
  messages: z.strictObject({ public: z.array(MessageView), team: z.array(MessageView), backChannel: z.array(MessageView) }),
  strawPolls: z.array(StrawPollView),
  /** The chair sees every point of order; a seat sees its own. */
  pointsOfOrder: z.array(PointOfOrderView),
  cbms: z.array(
    z.strictObject({ id: z.string(), title: z.string(), text: z.string(), established: z.boolean(), round: z.number().nullable(), participants: z.array(seat) }),
  ),
  /** Journal entries (seq) that name the viewer's delegation and may be answered by a right of reply now. */
  replies: z.array(z.number()),
});

const Permission = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: z.string() }),
]);

export const NEGOTIATION_PERMISSIONS = [
  "pause",
  "resume",
  "extend",
  "end",
  "configure",
  "chair",
  "requestFloor",
  "withdrawFloor",
  "yieldFloor",
  "giveFloor",
  "nextSpeaker",
  "configureFloor",
  "speakPublic",
  "teamChat",
  "backChannel",
  "cosponsor",
  "amend",
  "explain",
  "callPoll",
  "answerPoll",
  "raiseOrder",
] as const;

/** The `can` entries for the negotiation actions (spread into View.can). */
export const NegotiationCan = z.strictObject(
  Object.fromEntries(NEGOTIATION_PERMISSIONS.map((k) => [k, Permission])) as Record<(typeof NEGOTIATION_PERMISSIONS)[number], typeof Permission>,
);

export type NegotiationView = z.infer<typeof NegotiationView>;
export type NegotiationCan = z.infer<typeof NegotiationCan>;
export type AmendmentView = z.infer<typeof AmendmentView>;
