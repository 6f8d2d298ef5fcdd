// Journal events of running the session and of negotiating in it. events.ts joins them into
// GameEvent; the journal entry's audience decides who reads each one.
import { z } from "zod";
import { VOTING_MODES } from "../scenario/schema.ts";

const seat = z.string();

export const NEGOTIATION_EVENTS = [
  z.strictObject({ type: z.literal("session.paused") }),
  z.strictObject({ type: z.literal("session.resumed"), pausedMs: z.number() }),
  z.strictObject({ type: z.literal("session.ended"), early: z.boolean() }),
  z.strictObject({ type: z.literal("session.configured"), votingMode: z.enum(VOTING_MODES), silenceProcedure: z.boolean() }),
  z.strictObject({ type: z.literal("phase.extended"), seconds: z.number(), deadline: z.number() }),
  z.strictObject({ type: z.literal("floor.requested"), seat, reply: z.number().nullable() }),
  z.strictObject({ type: z.literal("floor.withdrawn"), seat }),
  z.strictObject({ type: z.literal("floor.given"), seat, deadline: z.number(), yieldedBy: seat.nullable() }),
  z.strictObject({ type: z.literal("floor.ended"), seat, usedMs: z.number() }),
  z.strictObject({ type: z.literal("floor.configured"), automatic: z.boolean(), speakingSeconds: z.number(), openDebate: z.boolean() }),
  z.strictObject({ type: z.literal("chair.muted"), kind: z.enum(["seat", "player"]), id: z.string(), muted: z.boolean() }),
  z.strictObject({ type: z.literal("player.reassigned"), playerId: z.string(), from: seat.nullable(), to: seat }),
  z.strictObject({ type: z.literal("head.changed"), seat, playerId: z.string().nullable() }),
  z.strictObject({ type: z.literal("player.removed"), playerId: z.string(), seat: seat.nullable() }),
  z.strictObject({ type: z.literal("chair.broadcast"), text: z.string() }),
  z.strictObject({
    type: z.literal("message.posted"),
    message: z.string(),
    channel: z.enum(["public", "team", "back-channel"]),
    from: seat,
    /** The player who wrote it. */
    by: z.string(),
    to: seat.nullable(),
    text: z.string(),
    names: z.array(seat),
  }),
  z.strictObject({ type: z.literal("proposal.cosponsored"), proposal: z.string(), seat, joined: z.boolean() }),
  z.strictObject({ type: z.literal("amendment.proposed"), amendment: z.string(), proposal: z.string(), seat }),
  z.strictObject({ type: z.literal("amendment.answered"), amendment: z.string(), accepted: z.boolean() }),
  z.strictObject({ type: z.literal("amendment.withdrawn"), amendment: z.string() }),
  z.strictObject({ type: z.literal("question.opened"), question: z.string(), silenceDeadline: z.number().nullable() }),
  z.strictObject({ type: z.literal("vote.explained"), proposal: z.string(), seat, text: z.string() }),
  z.strictObject({ type: z.literal("vote.dissociated"), proposal: z.string(), seat, sponsors: z.array(seat), cost: z.number() }),
  z.strictObject({ type: z.literal("norm.adopted"), norm: z.string(), proposal: z.string(), adherents: z.array(seat), dissociated: z.array(seat) }),
  z.strictObject({ type: z.literal("cbm.established"), cbm: z.string(), proposal: z.string(), participants: z.array(seat) }),
  z.strictObject({ type: z.literal("poll.called"), poll: z.string(), question: z.string() }),
  z.strictObject({ type: z.literal("poll.answered"), poll: z.string(), seat }),
  z.strictObject({
    type: z.literal("poll.closed"),
    poll: z.string(),
    yes: z.number(),
    no: z.number(),
    abstain: z.number(),
  }),
  z.strictObject({ type: z.literal("order.raised"), point: z.string(), seat, text: z.string() }),
  z.strictObject({ type: z.literal("order.ruled"), point: z.string(), seat, upheld: z.boolean(), text: z.string() }),
] as const;
