// Every message between client and server, in both directions.
import { z } from "zod";
import { IntentAction } from "./actions.ts";
import { ERROR_CODES } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { View } from "./view.ts";
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

/** server → client: the whole view (on join and whenever patches cannot be applied). */
export const ViewSnapshot = z.strictObject({ seq: z.number().int(), serverTime: z.number(), view: View });

export const JsonPatchOp = z.strictObject({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"]),
  path: z.string(),
  from: z.string().optional(),
  value: z.unknown().optional(),
});

/** server → client: changes to the view since `seq - 1`, as RFC 6902 operations. */
export const ViewPatch = z.strictObject({ seq: z.number().int(), serverTime: z.number(), ops: z.array(JsonPatchOp) });

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
