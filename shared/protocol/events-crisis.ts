// Journal events of the crisis loop. events.ts joins them into GameEvent. Each handler picks
// the audience: private evidence and secret choices go to their seats only.
import { z } from "zod";
import { RESPONSE_KINDS } from "../scenario/schema.ts";

const str = z.string();

export const CRISIS_EVENTS = [
  z.strictObject({ type: z.literal("inject.fired"), inject: str, title: str, source: z.enum(["scheduled", "early", "ad-hoc"]) }),
  /** A seat received an evidence item (briefing packet, investigation or a partner's share). */
  z.strictObject({ type: z.literal("evidence.received"), evidence: str, inject: str, seat: str, via: z.enum(["briefing", "investigation", "share"]), from: str.nullable() }),
  z.strictObject({ type: z.literal("evidence.published"), evidence: str, inject: str, by: str }),
  z.strictObject({ type: z.literal("report.published"), by: str, inject: str, evidence: z.array(str), text: str }),
  /** A joint statement is circulating: its initiator and invitees read this. */
  z.strictObject({ type: z.literal("attribution.invited"), statement: str, initiator: str, accused: str, invitees: z.array(str) }),
  z.strictObject({ type: z.literal("attribution.answered"), statement: str, seat: str, accepted: z.boolean() }),
  z.strictObject({ type: z.literal("attribution.lapsed"), statement: str }),
  z.strictObject({ type: z.literal("pledge.made"), pledge: str, by: str, text: str }),
  z.strictObject({ type: z.literal("pledge.joined"), pledge: str, seat: str }),
  z.strictObject({ type: z.literal("pledge.activated"), pledge: str }),
  z.strictObject({ type: z.literal("pledge.settled"), pledge: str, kept: z.array(str), broken: z.array(str) }),
  /** That a delegation has chosen, never what (until resolution). */
  z.strictObject({ type: z.literal("practice.chosen"), seat: str }),
  z.strictObject({
    type: z.literal("practice.revealed"),
    choices: z.array(z.strictObject({ seat: str, response: z.enum(RESPONSE_KINDS), target: str.nullable(), exposed: z.boolean() })),
  }),
  z.strictObject({ type: z.literal("norm.moved"), norm: str, from: z.number(), to: z.number(), stage: str }),
  z.strictObject({ type: z.literal("escalation.moved"), from: z.number(), to: z.number() }),
  z.strictObject({ type: z.literal("credibility.moved"), seat: str, delta: z.number(), reason: str }),
  z.strictObject({ type: z.literal("truth.revealed"), inject: str, perpetrator: str, kind: str, summary: str }),
  z.strictObject({ type: z.literal("round.reported"), round: z.number() }),
  z.strictObject({ type: z.literal("game.scored"), ranking: z.array(z.strictObject({ seat: str, total: z.number() })) }),
] as const;
