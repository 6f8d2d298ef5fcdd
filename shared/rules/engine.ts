// The engine's one entry point: apply(state, action, ctx) → a new state and the events it
// produced, or a rule error and no change. Pure: time comes in ctx, randomness from state.rng.
import { createDraft, freeze, Immer, produce, type Draft } from "immer";
import type { Action, Actor } from "../protocol/actions.ts";
import type { RuleError } from "../protocol/errors.ts";
import { ruleError } from "../protocol/errors.ts";
import { HANDLERS } from "./handlers/index.ts";
import { ACTION_LABELS, STAGE_LABELS } from "./labels.ts";
import { STAGE_TABLE, type Role } from "./phases.ts";
import { pausedError } from "./pause.ts";
import { onEnterStage } from "./crisis/stage-hooks.ts";
import type { GameEvent, GameState, JournalEntry } from "./state.ts";

export type Ctx = { readonly actor: Actor; readonly now: number };

export type ApplyResult =
  | { readonly ok: true; readonly state: GameState; readonly events: readonly JournalEntry[] }
  | { readonly ok: false; readonly error: RuleError };

/** What a handler uses to record events; each becomes a journal entry. */
export type Emit = (event: GameEvent, audience?: JournalEntry["audience"]) => void;

export type Handler<A extends Action> = (draft: Draft<GameState>, action: A, ctx: Ctx, emit: Emit) => RuleError | void;

export function apply(state: GameState, action: Action, ctx: Ctx): ApplyResult {
  const result = decide(state, action, ctx, produce);
  if (!result.ok) return result;
  const { drafted, events } = result;
  const next = events.length === 0 ? drafted : Object.freeze({ ...drafted, journal: Object.freeze(state.journal.concat(events)) });
  return { ok: true, state: next, events };
}

/** The next state apart from the journal, and the entries to add to it; or a rule error. */
function decide(state: GameState, action: Action, ctx: Ctx, produce: Immer["produce"]): { readonly ok: true; readonly drafted: GameState; readonly events: JournalEntry[] } | { readonly ok: false; readonly error: RuleError } {
  const gate = checkGate(state, action, ctx.actor);
  if (gate) return { ok: false, error: gate };
  const handler = HANDLERS[action.type] as Handler<Action>;
  let error: RuleError | undefined;
  const events: JournalEntry[] = [];
  const drafted = produce(state, (draft) => {
    // Entries are appended after produce: drafting the ever-growing journal would make every
    // action pay for the whole session's history.
    const emit: Emit = (event, audience = { kind: "public" }) => {
      events.push(freeze({ seq: state.journal.length + events.length + 1, at: ctx.now, round: draft.round, audience, event }, true));
    };
    const stageBefore = draft.stage;
    error = handler(draft, action, ctx, emit) ?? undefined;
    // Entering a stage has consequences of its own (injects fire, a round resolves, the game is
    // scored), whichever action moved the session there.
    if (error === undefined && draft.stage !== stageBefore) onEnterStage(draft, emit);
  });
  if (error !== undefined) return { ok: false, error };
  return { ok: true, drafted, events };
}

/**
 * Whether `apply` would accept the action, without building the next state: the handler runs on
 * a draft that is then dropped, and the consequences of entering a stage (which never refuse an
 * action) are skipped. Views ask this for every permission of every viewer, so it must be cheap.
 */
export function check(state: GameState, action: Action, ctx: Ctx): RuleError | null {
  const gate = checkGate(state, action, ctx.actor);
  if (gate) return gate;
  const handler = HANDLERS[action.type] as Handler<Action>;
  return handler(createDraft(state), action, ctx, ignoreEvents) ?? null;
}

const ignoreEvents: Emit = () => undefined;
/** How a change to a frozen object fails. */
const FROZEN_WRITE = /read only|not extensible|Cannot delete|Cannot redefine/;

/**
 * What `check` would refuse the action for, found without any draft: the handler runs on the
 * state itself, which is frozen all through, so its first change throws and stops it. Handlers
 * check before they change (a rule of this engine), so a refusal comes before any change; null
 * means the handler got as far as changing the state (or finished), i.e. passed its checks.
 * Used to learn which parts of the state a verdict reads (shared/view/rights.ts); the verdict
 * itself is check's.
 */
export function refusalBeforeChange(state: GameState, action: Action, ctx: Ctx): RuleError | null {
  const gate = checkGate(state, action, ctx.actor);
  if (gate) return gate;
  const handler = HANDLERS[action.type] as Handler<Action>;
  // The first change throws; its stack trace would cost more than the whole judgement.
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return handler(state as Draft<GameState>, action, ctx, ignoreEvents) ?? null;
  } catch (error) {
    if (error instanceof TypeError && FROZEN_WRITE.test(error.message)) return null;
    throw error;
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** The roles an actor holds in this state. */
export function rolesOf(state: GameState, actor: Actor): ReadonlySet<Role> {
  if (actor.kind === "facilitator") return new Set(["facilitator"]);
  if (actor.kind === "system") return new Set(["system"]);
  const player = state.players[actor.playerId];
  if (!player) return new Set();
  const roles = new Set<Role>(["player"]);
  const seat = player.seat ? state.seats[player.seat] : undefined;
  if (seat?.kind === "delegation") {
    roles.add("delegate");
    if (seat.head === player.id) roles.add("head");
  } else if (seat?.kind === "observer") roles.add("observer");
  return roles;
}

/** Phase and role checks from the stage table, with a message that says what would be needed. */
function checkGate(state: GameState, action: Action, actor: Actor): RuleError | null {
  const what = ACTION_LABELS[action.type];
  if (actor.kind === "player" && !state.players[actor.playerId]) {
    return ruleError("player/unknown", "You are not a participant in this session; join it first.");
  }
  const paused = pausedError(state, action, actor);
  if (paused) return paused;
  const allowed = STAGE_TABLE[state.stage].allows[action.type];
  if (!allowed || allowed.length === 0) {
    if (state.stage === "ended") return ruleError("session/ended", "The session has ended.");
    if (state.stage === "lobby") return ruleError("session/not-started", `${capitalise(what)} is not possible before the session starts.`);
    const when = stagesAllowing(action.type);
    return ruleError(
      "phase/not-allowed",
      `${capitalise(what)} is not possible during ${STAGE_LABELS[state.stage]}${when ? `; it is allowed during ${when}` : ""}.`,
    );
  }
  const roles = rolesOf(state, actor);
  if (allowed.some((r) => roles.has(r))) return null;
  if (allowed.includes("head") && roles.has("delegate")) {
    return ruleError("role/not-head", `Only the head of delegation may do this (${what}).`);
  }
  if ((allowed.includes("delegate") || allowed.includes("head") || allowed.includes("observer")) && roles.has("player") && !roles.has("delegate") && !roles.has("observer")) {
    return ruleError("role/not-seated", `${capitalise(what)} needs a seat: claim a delegation${allowed.includes("observer") ? " or observer" : ""} seat first.`);
  }
  return ruleError("role/not-allowed", `${capitalise(what)} is not open to you in this session.`);
}

function stagesAllowing(type: Action["type"]): string {
  const stages = (Object.keys(STAGE_TABLE) as (keyof typeof STAGE_TABLE)[]).filter(
    (s) => (STAGE_TABLE[s].allows[type]?.length ?? 0) > 0 && s !== "ended",
  );
  return stages.map((s) => STAGE_LABELS[s]).join(", ");
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Folds a log of actions over an initial state. A rejected entry is a bug in the log, so it
 * throws. The fold is linear and keeps only its last state, so it works on unfrozen states and
 * grows the journal in place (a copy per action would make a long session's replay quadratic);
 * the last state is frozen all through (E7) before it is returned.
 */
export function replay(initial: GameState, log: Iterable<{ action: Action; ctx: Ctx }>): GameState {
  const journal: JournalEntry[] = [...initial.journal];
  let state: GameState = { ...initial, journal };
  let i = 0;
  for (const entry of log) {
    const result = decide(state, entry.action, entry.ctx, unfrozen.produce);
    if (!result.ok) throw new Error(`log entry ${i} (${entry.action.type}) was rejected on replay: ${result.error.code}`);
    journal.push(...result.events);
    state = result.drafted;
    i++;
  }
  return freeze(state, true);
}

const unfrozen = new Immer({ autoFreeze: false });
