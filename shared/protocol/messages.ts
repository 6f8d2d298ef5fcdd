// Every message between client and server, in both directions.
import { z } from "zod";
import { IntentAction } from "./actions.ts";
import { ERROR_CODES } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { View } from "./view.ts";
import type { Diff, Json } from "../sync/diff.ts";
import { DECISION_RULES, PhaseTimers, VOTING_MODES } from "../scenario/schema.ts";

export { MESSAGE_TYPES } from "./message-types.ts";

const displayName = z.string().trim().min(1, "enter a display name").max(LIMITS.displayName);
const secret = z.string().min(16).max(128);

/** Options a client passes when joining a session room by its code. */
export const JoinOptions = z.discriminatedUnion("as", [
  z.strictObject({ protocol: z.number().int(), as: z.literal("facilitator"), key: secret }),
  z.strictObject({ protocol: z.number().int(), as: z.literal("player"), name: displayName, passcode: z.string().max(64).optional() }),
  z.strictObject({ protocol: z.number().int(), as: z.literal("returning"), token: secret }),
  z.strictObject({ protocol: z.number().int(), as: z.literal("spectator"), passcode: z.string().max(64).optional() }),
]);

/** client → server, by room.request("intent", …): one engine action with an id for de-duplication. */
export const Intent = z.strictObject({
  intentId: z.string().min(1).max(LIMITS.intentIdLength),
  action: IntentAction,
});

/** server → client, the answer to a rejected intent (the request promise rejects with it). */
export const IntentRejection = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });

/** server → client, the answer to an accepted intent. */
export const IntentAccepted = z.strictObject({ ok: z.literal(true), seq: z.number().int() });

/** server → client after joining: who you are, and the secret to come back as yourself. */
export const Welcome = z.strictObject({
  code: z.string(),
  role: z.enum(["facilitator", "player", "spectator"]),
  playerId: z.string().optional(),
  /** Sent once, to the player it belongs to. Keep it: it restores your seat after a reload. */
  token: z.string().optional(),
  serverTime: z.number(),
});

/**
 * server → client: the whole view (on join, on a change of audience, and whenever patches cannot
 * be applied). `audienceSeq` and `personalSeq` are the positions of the two patch streams it
 * stands at; `version` is the number of accepted actions the view reflects.
 */
export const ViewSnapshot = z.strictObject({ audienceSeq: z.number().int(), personalSeq: z.number().int(), version: z.number().int(), serverTime: z.number(), view: View });

const JsonValue: z.ZodType<Json> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValue), z.record(z.string(), JsonValue)]));
const KeyValue = z.union([z.string(), z.number()]);
/** A change to a view (shared/sync/diff.ts explains the format). */
export const ViewDiff: z.ZodType<Diff> = z.lazy(() =>
  z.union([
    z.tuple([z.literal("="), JsonValue]),
    z.tuple([z.literal("-")]),
    z.tuple([z.literal("o"), z.record(z.string(), ViewDiff)]),
    z.tuple([z.literal("+"), z.array(JsonValue)]),
    z.tuple([
      z.literal("k"),
      z.string(),
      z.strictObject({ d: z.array(KeyValue).optional(), e: z.array(z.tuple([KeyValue, ViewDiff])).optional(), p: z.array(JsonValue).optional(), o: z.array(KeyValue).optional() }),
    ]),
  ]),
);

/**
 * server → client: one change to a view. A view is the viewer's audience's part, patched by the
 * "audience" stream (the same bytes go to every member of the audience), plus the viewer's own
 * identity and rights, patched by the "personal" stream. Each stream numbers its patches; a gap
 * means a patch was lost, and the client asks for a snapshot. A personal patch without `diff`
 * only moves `version` (the viewer's own action changed nothing they see).
 */
export const ViewPatch = z.strictObject({
  stream: z.enum(["audience", "personal"]),
  seq: z.number().int(),
  version: z.number().int(),
  serverTime: z.number(),
  diff: ViewDiff.optional(),
});

/** Choices the facilitator makes at creation that override the scenario's forum settings. */
export const SessionOptions = z.strictObject({
  decisionRule: z.enum(DECISION_RULES).optional(),
  votingMode: z.enum(VOTING_MODES).optional(),
  /** Seats players may not claim (left empty unless a bot plays them); the facilitator can reopen them. */
  closedSeats: z.array(z.string().min(1).max(40)).max(24).optional(),
  /** Seats played by bots from the start (the facilitator can hand over or take back any seat later). */
  bots: z.array(z.string().min(1).max(40)).max(24).optional(),
  /** Phase durations in seconds. */
  timers: PhaseTimers.partial().optional(),
});

/** HTTP: create a session. */
export const CreateSessionRequest = z.strictObject({
  scenarioId: z.string().min(1).max(40).optional(),
  /** An uploaded scenario file's text (YAML or JSON); used instead of scenarioId. */
  scenarioSource: z.string().min(1).max(1_000_000).optional(),
  passcode: z.string().trim().min(4).max(64).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  options: SessionOptions.optional(),
});

export const CreateSessionResponse = z.strictObject({
  code: z.string(),
  /** Shown once: the facilitator console's key to this session. */
  facilitatorKey: z.string(),
});


export type JoinOptions = z.infer<typeof JoinOptions>;
export type Intent = z.infer<typeof Intent>;
export type IntentRejection = z.infer<typeof IntentRejection>;
export type IntentAccepted = z.infer<typeof IntentAccepted>;
export type Welcome = z.infer<typeof Welcome>;
export type ViewSnapshot = z.infer<typeof ViewSnapshot>;
export type ViewPatch = z.infer<typeof ViewPatch>;
export type SessionOptions = z.infer<typeof SessionOptions>;
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;
export type CreateSessionResponse = z.infer<typeof CreateSessionResponse>;
