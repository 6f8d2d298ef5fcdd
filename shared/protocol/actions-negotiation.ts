// Actions for running the session and for negotiating in it: pause and extend, the speakers
// list, chair powers over players, messages, amendments and co-sponsorship, straw polls,
// points of order, rights of reply and explanations of vote. actions.ts joins them into
// the unions the engine and the room accept.
import { z } from "zod";
import { VOTING_MODES } from "../scenario/schema.ts";
import { LIMITS } from "./limits.ts";

const seatId = z.string().min(1).max(40);
const playerId = z.string().min(1).max(40);
const itemId = z.string().min(1).max(20);
const words = (max: number, what: string) => z.string().trim().min(1, `write the ${what}`).max(max, `the ${what} is limited to ${max} characters`);

export const STRAW_POLL_CHOICES = ["yes", "no", "abstain"] as const;
export const PROPOSAL_KINDS = ["norm-adoption", "cbm", "statement"] as const;

/** What a proposal would do if adopted. Omitted on `proposal.table` = a statement (joint statement or condemnation). */
export const ProposalSubject = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("norm-adoption"), norm: seatId }),
  z.strictObject({ kind: z.literal("cbm"), cbm: seatId }),
  z.strictObject({ kind: z.literal("statement") }),
]);

// The chair (facilitator) running the session.
export const SessionPause = z.strictObject({ type: z.literal("session.pause") });
export const SessionResume = z.strictObject({ type: z.literal("session.resume") });
export const SessionEnd = z.strictObject({ type: z.literal("session.end") });
export const SessionConfigure = z.strictObject({
  type: z.literal("session.configure"),
  votingMode: z.enum(VOTING_MODES).optional(),
  silenceProcedure: z.boolean().optional(),
});
export const PhaseExtend = z.strictObject({ type: z.literal("phase.extend"), seconds: z.number().int().positive("extend by a positive number of seconds") });
export const FloorGive = z.strictObject({ type: z.literal("floor.give"), seat: seatId });
export const FloorNext = z.strictObject({ type: z.literal("floor.next") });
export const FloorConfigure = z.strictObject({
  type: z.literal("floor.configure"),
  /** Automatic moderation: the next speaker gets the floor when the current one's time is up. */
  automatic: z.boolean().optional(),
  speakingSeconds: z.number().int().positive("speaking time is a positive number of seconds").optional(),
  /** Open debate — every seat may post public statements, not only the speaker. */
  openDebate: z.boolean().optional(),
});
export const MuteTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("seat"), seat: seatId }),
  z.strictObject({ kind: z.literal("player"), playerId }),
]);
export const ChairMute = z.strictObject({ type: z.literal("chair.mute"), target: MuteTarget, muted: z.boolean() });
export const ChairReassign = z.strictObject({ type: z.literal("chair.reassign"), playerId, seat: seatId });
export const ChairPromote = z.strictObject({ type: z.literal("chair.promote"), playerId });
export const ChairRemove = z.strictObject({ type: z.literal("chair.remove"), playerId });
export const ChairBroadcast = z.strictObject({ type: z.literal("chair.broadcast"), text: words(LIMITS.messageText, "message") });
export const PollCall = z.strictObject({ type: z.literal("poll.call"), question: words(LIMITS.pollQuestion, "question") });
export const PollClose = z.strictObject({ type: z.literal("poll.close"), poll: itemId });
export const OrderRule = z.strictObject({
  type: z.literal("order.rule"),
  point: itemId,
  upheld: z.boolean(),
  text: z.string().trim().max(LIMITS.messageText).optional(),
});

// Delegations and observers.
export const FloorRequest = z.strictObject({ type: z.literal("floor.request") });
export const FloorWithdraw = z.strictObject({ type: z.literal("floor.withdraw") });
/** Yield the rest of one's speaking time to another seat, or back to the chair (to: null). */
export const FloorYield = z.strictObject({ type: z.literal("floor.yield"), to: seatId.nullable() });
/** Ask for a right of reply to the journal entry (by its seq) that named one's delegation. */
export const ReplyRequest = z.strictObject({ type: z.literal("reply.request"), cause: z.number().int().positive() });
export const MessagePublic = z.strictObject({
  type: z.literal("message.public"),
  text: words(LIMITS.messageText, "statement"),
  /** Seats the statement names; they may ask for a right of reply. */
  names: z.array(seatId).max(LIMITS.namedSeats).optional(),
});
export const MessageTeam = z.strictObject({ type: z.literal("message.team"), text: words(LIMITS.messageText, "message") });
export const MessageBackChannel = z.strictObject({ type: z.literal("message.back-channel"), to: seatId, text: words(LIMITS.messageText, "message") });
export const ProposalCosponsor = z.strictObject({ type: z.literal("proposal.cosponsor"), proposal: itemId, join: z.boolean() });
export const AmendmentPropose = z.strictObject({
  type: z.literal("amendment.propose"),
  proposal: itemId,
  /** The proposal's whole text as the amendment would leave it. */
  text: words(LIMITS.proposalText, "amended text"),
});
export const AmendmentAnswer = z.strictObject({ type: z.literal("amendment.answer"), amendment: itemId, accept: z.boolean() });
export const AmendmentWithdraw = z.strictObject({ type: z.literal("amendment.withdraw"), amendment: itemId });
export const VoteExplain = z.strictObject({ type: z.literal("vote.explain"), proposal: itemId, text: words(LIMITS.messageText, "explanation") });
export const PollAnswer = z.strictObject({ type: z.literal("poll.answer"), poll: itemId, choice: z.enum(STRAW_POLL_CHOICES) });
export const OrderRaise = z.strictObject({ type: z.literal("order.raise"), text: words(LIMITS.pointOfOrder, "point of order") });

// Timers the room fires.
export const FloorExpire = z.strictObject({ type: z.literal("floor.expire") });
export const SilenceExpire = z.strictObject({ type: z.literal("silence.expire") });

export const NEGOTIATION_PLAYER_ACTIONS = [
  FloorRequest,
  FloorWithdraw,
  FloorYield,
  ReplyRequest,
  MessagePublic,
  MessageTeam,
  MessageBackChannel,
  ProposalCosponsor,
  AmendmentPropose,
  AmendmentAnswer,
  AmendmentWithdraw,
  VoteExplain,
  PollAnswer,
  OrderRaise,
] as const;

export const NEGOTIATION_FACILITATOR_ACTIONS = [
  SessionPause,
  SessionResume,
  SessionEnd,
  SessionConfigure,
  PhaseExtend,
  FloorGive,
  FloorNext,
  FloorConfigure,
  ChairMute,
  ChairReassign,
  ChairPromote,
  ChairRemove,
  ChairBroadcast,
  PollCall,
  PollClose,
  OrderRule,
] as const;

export const NEGOTIATION_SYSTEM_ACTIONS = [FloorExpire, SilenceExpire] as const;

export type ProposalSubject = z.infer<typeof ProposalSubject>;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export type StrawPollChoice = (typeof STRAW_POLL_CHOICES)[number];
export type MuteTarget = z.infer<typeof MuteTarget>;

type Members = (typeof NEGOTIATION_PLAYER_ACTIONS)[number] | (typeof NEGOTIATION_FACILITATOR_ACTIONS)[number] | (typeof NEGOTIATION_SYSTEM_ACTIONS)[number];
export type NegotiationAction = z.infer<Members>;
export type NegotiationActionType = NegotiationAction["type"];
