// Events the engine records in the session journal. Views carry the entries a viewer may read.
import { z } from "zod";
import { PHASES } from "../scenario/schema.ts";
import { NEGOTIATION_EVENTS } from "./events-negotiation.ts";
import { CRISIS_EVENTS } from "./events-crisis.ts";

export const STAGES = ["lobby", ...PHASES, "ended"] as const;
export const Stage = z.enum(STAGES);

export const Tally = z.strictObject({
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  /** Yes plus no: abstentions are not votes cast. */
  presentAndVoting: z.number(),
  /** Yes votes needed to adopt under the forum's decision rule. */
  required: z.number(),
  adopted: z.boolean(),
});

export const GameEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("player.joined"), playerId: z.string(), name: z.string() }),
  z.strictObject({ type: z.literal("seat.claimed"), playerId: z.string(), seat: z.string(), head: z.boolean() }),
  z.strictObject({ type: z.literal("session.locked"), locked: z.boolean() }),
  z.strictObject({ type: z.literal("seat.closed"), seat: z.string(), closed: z.boolean() }),
  z.strictObject({ type: z.literal("seat.autopilot"), seat: z.string(), on: z.boolean(), head: z.string().nullable() }),
  z.strictObject({ type: z.literal("session.started") }),
  z.strictObject({ type: z.literal("phase.changed"), stage: Stage, round: z.number() }),
  z.strictObject({
    type: z.literal("proposal.tabled"),
    proposal: z.string(),
    sponsor: z.string(),
    title: z.string(),
    kind: z.enum(["norm-adoption", "cbm", "statement"]),
  }),
  z.strictObject({ type: z.literal("vote.cast"), proposal: z.string(), seat: z.string() }),
  z.strictObject({ type: z.literal("proposal.decided"), proposal: z.string(), adopted: z.boolean(), tally: Tally }),
  z.strictObject({ type: z.literal("amendment.decided"), amendment: z.string(), adopted: z.boolean(), tally: Tally }),
  /** An attribution statement naming an accused seat or actor; a named delegation may ask for a right of reply. */
  z.strictObject({
    type: z.literal("attribution.made"),
    statement: z.string(),
    by: z.array(z.string()),
    accused: z.string(),
    mode: z.enum(["private", "public", "joint"]),
  }),
  ...NEGOTIATION_EVENTS,
  ...CRISIS_EVENTS,
]);

export const Audience = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("public") }),
  z.strictObject({ kind: z.literal("seats"), seats: z.array(z.string()) }),
  z.strictObject({ kind: z.literal("facilitator") }),
]);

export const JournalEntry = z.strictObject({
  seq: z.number(),
  at: z.number(),
  round: z.number(),
  audience: Audience,
  event: GameEvent,
});

export type Stage = z.infer<typeof Stage>;
export type Tally = z.infer<typeof Tally>;
export type GameEvent = z.infer<typeof GameEvent>;
export type JournalEntry = z.infer<typeof JournalEntry>;
