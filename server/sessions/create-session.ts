// Creating a session: pick or upload a scenario, mint the code and the facilitator key,
// store the session, then open its room.
import { matchMaker } from "@colyseus/core";
import type { CreateSessionRequest, CreateSessionResponse, SessionOptions } from "../../shared/protocol/messages.ts";
import { parseScenario, type ScenarioIssue } from "../../shared/scenario/parse.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import type { EventStore } from "../store/event-store.ts";
import { hashSecret, newRoomCode, newSecret } from "./secrets.ts";

export const ROOM_NAME = "forum";

export type CreateOutcome =
  | { readonly ok: true; readonly value: CreateSessionResponse }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string; readonly issues?: readonly ScenarioIssue[] };

export async function createSession(
  request: CreateSessionRequest,
  deps: { store: EventStore; catalog: ScenarioCatalog; now: () => number },
): Promise<CreateOutcome> {
  let scenario: Scenario;
  if (request.scenarioSource !== undefined) {
    const parsed = parseScenario(request.scenarioSource);
    if (!parsed.ok) {
      return { ok: false, status: 422, code: "scenario/invalid", message: `The scenario has ${parsed.issues.length} problem(s).`, issues: parsed.issues };
    }
    scenario = parsed.scenario;
  } else if (request.scenarioId !== undefined) {
    const found = deps.catalog.get(request.scenarioId);
    if (!found) return { ok: false, status: 404, code: "scenario/unknown", message: `There is no built-in scenario "${request.scenarioId}".` };
    scenario = found;
  } else {
    return { ok: false, status: 400, code: "scenario/missing", message: "Choose a built-in scenario or upload a scenario file." };
  }
  scenario = withOptions(scenario, request.options);
  const seats = new Set([...scenario.delegations, ...scenario.observers].map((s) => s.id));
  for (const field of ["bots", "closedSeats"] as const) {
    const unknown = (request.options?.[field] ?? []).find((b) => !seats.has(b));
    if (unknown !== undefined) {
      return { ok: false, status: 400, code: "request/invalid", message: `options.${field}: "${unknown}" is not a seat of ${scenario.title}.` };
    }
  }
  const code = await uniqueCode(deps.store);
  const facilitatorKey = newSecret();
  await deps.store.createSession({
    code,
    scenario,
    seed: request.seed ?? scenario.seed,
    facilitatorKeyHash: hashSecret(facilitatorKey),
    passcodeHash: request.passcode ? hashSecret(request.passcode) : null,
    createdAt: deps.now(),
    endedAt: null,
  });
  await matchMaker.createRoom(ROOM_NAME, { code, bots: [...new Set(request.options?.bots ?? [])], closedSeats: [...new Set(request.options?.closedSeats ?? [])] });
  return { ok: true, value: { code, facilitatorKey } };
}

/** The scenario as this session plays it: the facilitator's choices override the forum settings. */
export function withOptions(scenario: Scenario, options: SessionOptions | undefined): Scenario {
  if (!options) return scenario;
  const timers = { ...scenario.forum.timers };
  for (const [phase, seconds] of Object.entries(options.timers ?? {}) as [keyof typeof timers, number | undefined][]) {
    if (seconds !== undefined) timers[phase] = seconds;
  }
  const overridden = new Set(Object.entries(options.timers ?? {}).filter(([, v]) => v !== undefined).map(([k]) => k));
  // A duration the facilitator chose applies to every round, replacing the scenario's per-round timers.
  const rounds = scenario.rounds.map((r) => {
    if (!r.timers) return r;
    const kept = Object.fromEntries(Object.entries(r.timers).filter(([phase]) => !overridden.has(phase)));
    return { ...r, timers: kept };
  });
  return {
    ...scenario,
    rounds,
    forum: {
      ...scenario.forum,
      decisionRule: options.decisionRule ?? scenario.forum.decisionRule,
      votingMode: options.votingMode ?? scenario.forum.votingMode,
      timers,
    },
  };
}

/** A fresh code that no stored session and no live room uses. */
async function uniqueCode(store: EventStore): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newRoomCode();
    if ((await store.getSession(code)) !== null) continue;
    const live = await matchMaker.query({ roomId: code });
    if (live.length === 0) return code;
  }
  throw new Error("Could not find a free room code after 20 attempts.");
}

/** Rooms being reopened now: a look-up and the start-up reopening (or many clients rejoining at
 * once after a restart) must not create the same room twice. */
const opening = new Map<string, Promise<boolean>>();

/** Reopens the room of a stored session that has no live room (after a restart or an idle close). */
export function ensureRoom(code: string, store: EventStore): Promise<boolean> {
  const pending = opening.get(code);
  if (pending) return pending;
  const attempt = openRoom(code, store).finally(() => opening.delete(code));
  opening.set(code, attempt);
  return attempt;
}

async function openRoom(code: string, store: EventStore): Promise<boolean> {
  const live = await matchMaker.query({ roomId: code });
  if (live.length > 0) return true;
  const record = await store.getSession(code);
  if (!record || record.endedAt !== null) return false;
  await matchMaker.createRoom(ROOM_NAME, { code });
  return true;
}
