// What a viewer receives: the session as they may see it, plus what they may do now.
// Built by shared/view/view-for.ts; sent as a snapshot and then as JSON patches.
import { z } from "zod";
import { DECISION_RULES, VOTING_MODES } from "../scenario/schema.ts";
import { VOTE_CHOICES } from "./actions.ts";
import { ERROR_CODES } from "./errors.ts";
import { JournalEntry, Stage, Tally } from "./events.ts";
import { CrisisCan, CrisisView } from "./view-crisis.ts";
import { NegotiationCan, NegotiationView, PROPOSAL_NEGOTIATION_FIELDS } from "./view-negotiation.ts";

export const Me = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("facilitator") }),
  z.strictObject({
    kind: z.literal("player"),
    playerId: z.string(),
    name: z.string(),
    seat: z.string().nullable(),
    isHead: z.boolean(),
    /** The chair has muted this player or their delegation. */
    muted: z.boolean(),
  }),
  z.strictObject({ kind: z.literal("spectator") }),
]);

export const SeatView = z.strictObject({
  id: z.string(),
  kind: z.enum(["delegation", "observer"]),
  name: z.string(),
  archetype: z.string(),
  emblem: z.strictObject({ colour: z.string(), shape: z.string() }),
  head: z.string().nullable(),
  /** True while a bot plays the seat (autopilot); shown to everyone. */
  autopilot: z.boolean(),
  /** Closed to players by the facilitator. */
  closed: z.boolean(),
  players: z.array(z.strictObject({ id: z.string(), name: z.string(), connected: z.boolean(), bot: z.boolean() })),
});

export const BallotView = z.strictObject({
  seat: z.string(),
  /** null while the ballot is secret to this viewer. */
  choice: z.enum(VOTE_CHOICES).nullable(),
});

export const ProposalView = z.strictObject({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  sponsor: z.string(),
  round: z.number(),
  status: z.enum(["tabled", "voting", "adopted", "rejected"]),
  ballots: z.array(BallotView),
  tally: Tally.nullable(),
  ...PROPOSAL_NEGOTIATION_FIELDS,
});

/** Whether the viewer may do something now, and if not, why. */
export const Permission = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: z.string() }),
]);

export const View = z.strictObject({
  session: z.strictObject({
    scenarioId: z.string(),
    title: z.string(),
    forum: z.string(),
    decisionRule: z.enum(DECISION_RULES),
    votingMode: z.enum(VOTING_MODES),
    stage: Stage,
    round: z.number(),
    rounds: z.number(),
    deadline: z.number().nullable(),
    /** The chair has paused the session: the deadline is frozen until it resumes. */
    paused: z.boolean(),
    facilitatorConnected: z.boolean(),
    /** Closed to newcomers by the facilitator. */
    locked: z.boolean(),
  }),
  me: Me,
  seats: z.array(SeatView),
  /** Players who joined but hold no seat yet. */
  unseated: z.array(z.strictObject({ id: z.string(), name: z.string(), connected: z.boolean() })),
  proposals: z.array(ProposalView),
  question: z.string().nullable(),
  can: z.strictObject({
    claimSeat: Permission,
    start: Permission,
    advance: Permission,
    table: Permission,
    vote: Permission,
    /** Facilitator controls over seats and the door (S5–S8). */
    autopilot: Permission,
    closeSeat: Permission,
    lock: Permission,
    ...NegotiationCan.shape,
    ...CrisisCan.shape,
  }),
  negotiation: NegotiationView,
  /** Those who can be accused or be the truth without holding a seat: criminal groups, absent states. */
  actors: z.array(z.strictObject({ id: z.string(), name: z.string(), kind: z.string() })),
  journal: z.array(JournalEntry),
  /** Injects, evidence, attribution, pledges, practice, norms, gauges, objectives, reports (view-crisis.ts). */
  crisis: CrisisView,
});

export type View = z.infer<typeof View>;
export type Me = z.infer<typeof Me>;
export type Permission = z.infer<typeof Permission>;
export type ProposalView = z.infer<typeof ProposalView>;
export type SeatView = z.infer<typeof SeatView>;
/** The viewer's own part of a view: identity and rights. */
export type PersonalView = Pick<View, "me" | "can">;
/** Everything else: the same for every member of an audience (shared/view/audience.ts). */
export type AudienceView = Omit<View, "me" | "can">;
