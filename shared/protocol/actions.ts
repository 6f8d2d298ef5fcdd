// Every action the engine accepts, as zod schemas. Player and facilitator actions arrive
// as intents over the network; system actions come from the room itself (timers, joins).
import { z } from "zod";
import { LIMITS } from "./limits.ts";

const seatId = z.string().min(1).max(40);
const playerId = z.string().min(1).max(40);
const proposalId = z.string().min(1).max(20);

export const VOTE_CHOICES = ["yes", "no", "abstain"] as const;

// Actions people send (through intents).
export const SeatClaim = z.strictObject({ type: z.literal("seat.claim"), seat: seatId });
export const SessionStart = z.strictObject({ type: z.literal("session.start") });
export const PhaseAdvance = z.strictObject({ type: z.literal("phase.advance") });
export const ProposalTable = z.strictObject({
  type: z.literal("proposal.table"),
  title: z.string().trim().min(1, "give the proposal a title").max(LIMITS.proposalTitle),
  text: z.string().trim().min(1, "write the proposal's text").max(LIMITS.proposalText),
});
export const VoteCast = z.strictObject({
  type: z.literal("vote.cast"),
  proposal: proposalId,
  choice: z.enum(VOTE_CHOICES),
});

export const PlayerAction = z.discriminatedUnion("type", [SeatClaim, ProposalTable, VoteCast]);
export const FacilitatorAction = z.discriminatedUnion("type", [SessionStart, PhaseAdvance]);

// Actions only the server issues.
export const PlayerJoin = z.strictObject({
  type: z.literal("player.join"),
  playerId,
  name: z.string().trim().min(1).max(LIMITS.displayName),
});
export const PhaseExpire = z.strictObject({ type: z.literal("phase.expire") });

export const SystemAction = z.discriminatedUnion("type", [PlayerJoin, PhaseExpire]);

/** Anything a client may put in an intent. */
export const IntentAction = z.discriminatedUnion("type", [SeatClaim, ProposalTable, VoteCast, SessionStart, PhaseAdvance]);
export const Action = z.discriminatedUnion("type", [SeatClaim, ProposalTable, VoteCast, SessionStart, PhaseAdvance, PlayerJoin, PhaseExpire]);

export type Action = z.infer<typeof Action>;
export type IntentAction = z.infer<typeof IntentAction>;
export type ActionType = Action["type"];
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Who performs an action. The room sets it from the connection, never from the payload. */
export type Actor =
  | { readonly kind: "facilitator" }
  | { readonly kind: "player"; readonly playerId: string }
  | { readonly kind: "system" };
