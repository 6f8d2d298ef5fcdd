// Every action the engine accepts, as zod schemas. Player and facilitator actions arrive
// as intents over the network; system actions come from the room itself (timers, joins).
import { z } from "zod";
import { LIMITS } from "./limits.ts";
import {
  NEGOTIATION_FACILITATOR_ACTIONS,
  NEGOTIATION_PLAYER_ACTIONS,
  NEGOTIATION_SYSTEM_ACTIONS,
  ProposalSubject,
} from "./actions-negotiation.ts";
import { CRISIS_FACILITATOR_ACTIONS, CRISIS_PLAYER_ACTIONS } from "./actions-crisis.ts";

const seatId = z.string().min(1).max(40);
const playerId = z.string().min(1).max(40);
const proposalId = z.string().min(1).max(20);

export const VOTE_CHOICES = ["yes", "no", "abstain"] as const;

// Actions people send (through intents).
export const SeatClaim = z.strictObject({ type: z.literal("seat.claim"), seat: seatId });
/** The facilitator closes the session to newcomers (players already in may still come back) or opens it. */
export const SessionLock = z.strictObject({ type: z.literal("session.lock"), locked: z.boolean() });
/** The facilitator closes a seat to players (it stays empty unless a bot plays it) or opens it. */
export const SeatClose = z.strictObject({ type: z.literal("seat.close"), seat: seatId, closed: z.boolean() });
/** The facilitator hands a seat to a bot (autopilot) or takes it back for its players. */
export const SeatAutopilot = z.strictObject({ type: z.literal("seat.autopilot"), seat: seatId, on: z.boolean() });
export const SessionStart = z.strictObject({ type: z.literal("session.start") });
export const PhaseAdvance = z.strictObject({ type: z.literal("phase.advance") });
export const ProposalTable = z.strictObject({
  type: z.literal("proposal.table"),
  title: z.string().trim().min(1, "give the proposal a title").max(LIMITS.proposalTitle),
  text: z.string().trim().min(1, "write the proposal's text").max(LIMITS.proposalText),
  /** What the proposal does if adopted; omitted = a statement (joint statement or condemnation). */
  subject: ProposalSubject.optional(),
});
export const VoteCast = z.strictObject({
  type: z.literal("vote.cast"),
  proposal: proposalId,
  choice: z.enum(VOTE_CHOICES),
  /** Under consensus: join consensus (choice yes) while dissociating from the text. */
  dissociate: z.boolean().optional(),
});


// Actions only the server issues.
export const PlayerJoin = z.strictObject({
  type: z.literal("player.join"),
  playerId,
  name: z.string().trim().min(1).max(LIMITS.displayName),
});
export const PhaseExpire = z.strictObject({ type: z.literal("phase.expire") });


const PLAYER_ACTIONS = [SeatClaim, ProposalTable, VoteCast, ...NEGOTIATION_PLAYER_ACTIONS, ...CRISIS_PLAYER_ACTIONS] as const;
const FACILITATOR_ACTIONS = [SessionStart, PhaseAdvance, SeatAutopilot, SessionLock, SeatClose, ...NEGOTIATION_FACILITATOR_ACTIONS, ...CRISIS_FACILITATOR_ACTIONS] as const;
const SYSTEM_ACTIONS = [PlayerJoin, PhaseExpire, ...NEGOTIATION_SYSTEM_ACTIONS] as const;

export const PlayerAction = z.discriminatedUnion("type", [...PLAYER_ACTIONS]);
export const FacilitatorAction = z.discriminatedUnion("type", [...FACILITATOR_ACTIONS]);
export const SystemAction = z.discriminatedUnion("type", [...SYSTEM_ACTIONS]);
/** Anything a client may put in an intent. */
export const IntentAction = z.discriminatedUnion("type", [...PLAYER_ACTIONS, ...FACILITATOR_ACTIONS]);
/** Everything the engine accepts: intents and the system's own actions. */
export const Action = z.discriminatedUnion("type", [...PLAYER_ACTIONS, ...FACILITATOR_ACTIONS, ...SYSTEM_ACTIONS]);

export type Action = z.infer<typeof Action>;
export type IntentAction = z.infer<typeof IntentAction>;
export type ActionType = Action["type"];
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Who performs an action. The room sets it from the connection, never from the payload. */
export type Actor =
  | { readonly kind: "facilitator" }
  | { readonly kind: "player"; readonly playerId: string }
  | { readonly kind: "system" };
