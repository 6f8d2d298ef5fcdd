// A viewer's rights, judged again only where they may have changed. Each verdict is the engine's
// answer about one action, and it reads nothing but the state (the clock only for system
// actions, which no viewer probes). So while every part of the state that a verdict read is the
// very same object as when it was judged (Immer keeps untouched parts), the verdict stands.
// The cache notes which top-level parts each judgement read: a request for the floor re-judges
// only what reads the speakers list.
// A verdict is judged by running the action's checks on the state itself (engine.ts,
// refusalBeforeChange; rule E8: handlers check before they change anything), seen through
// proxies that note each top-level part the checks read. No verdict depends on the journal,
// which grows with every action (messages read its length only to number themselves).
// tests/view checks over random sessions that the cached rights always equal the engine's own
// judgements (canOf), and tests/rules that E8 holds for every handler.
import type { Action, Actor } from "../protocol/actions.ts";
import { refusalBeforeChange } from "../rules/engine.ts";
import type { Permission, PersonalView } from "../protocol/view.ts";
import type { GameState } from "../rules/state.ts";
import type { Viewer } from "./audience.ts";
import { PROBE_GROUPS, seatOf } from "./personal.ts";
import { SPECTATOR_PERMISSION } from "./permissions.ts";

type Can = PersonalView["can"];
type Reads = Map<string, unknown>;

/**
 * Runs `judge` on the state seen through proxies that note which top-level parts it reads. The
 * proxies are made once per state and part, and note into whichever judgement is running
 * (judgements are synchronous, one at a time).
 */
function tracked<T>(state: GameState, judge: (seen: GameState) => T): { result: T; reads: Reads } {
  const reads: Reads = new Map();
  const previous = noting;
  noting = { state: state as unknown as Record<string, unknown>, reads };
  try {
    return { result: judge(topOf(state)), reads };
  } finally {
    noting = previous;
  }
}

type Noting = { readonly state: Record<string, unknown>; readonly reads: Reads };
let noting: Noting | null = null;

function note(key: string | symbol): void {
  if (noting && typeof key === "string" && key !== "journal" && !noting.reads.has(key)) noting.reads.set(key, noting.state[key]);
}

const tops = new WeakMap<GameState, GameState>();
const watchedParts = new WeakMap<object, Map<string, object>>();

function topOf(state: GameState): GameState {
  let proxy = tops.get(state);
  if (proxy) return proxy;
  const whole = state as unknown as Record<string, unknown>;
  const top: Record<string, unknown> = {};
  for (const key of Object.keys(whole)) {
    const value = whole[key];
    top[key] = typeof value === "object" && value !== null && key !== "journal" ? watched(value, key) : value;
  }
  proxy = new Proxy(Object.freeze(top), {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    // Listing the top level may read any part: all of them count as read.
    ownKeys(target) {
      for (const key of Object.keys(whole)) note(key);
      return Reflect.ownKeys(target);
    },
  }) as unknown as GameState;
  tops.set(state, proxy);
  return proxy;
}

/** A part of the state whose every read, at any depth below, notes the part. */
function watched(part: object, key: string): object {
  let byKey = watchedParts.get(part);
  if (!byKey) watchedParts.set(part, (byKey = new Map()));
  let proxy = byKey.get(key);
  if (proxy) return proxy;
  const touched = () => note(key);
  proxy = new Proxy(part, {
    get(target, k, receiver) {
      touched();
      return Reflect.get(target, k, receiver);
    },
    has(target, k) {
      touched();
      return Reflect.has(target, k);
    },
    ownKeys(target) {
      touched();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, k) {
      touched();
      return Reflect.getOwnPropertyDescriptor(target, k);
    },
  });
  byKey.set(key, proxy);
  return proxy;
}

/** The top-level parts of the state that are not the same objects as before (the journal aside). */
function changedParts(before: GameState | null, after: GameState): string[] {
  if (before === null) return Object.keys(after);
  const out: string[] = [];
  for (const key of Object.keys(after) as (keyof GameState)[]) if (key !== "journal" && before[key] !== after[key]) out.push(key);
  return out;
}

/**
 * A group of the probe table for a state, learnt once per seat: every viewer of a seat probes
 * the same actions (the seat is looked up, and that read noted, per viewer).
 */
function derived(state: GameState, g: number, derive: (typeof PROBE_GROUPS)[number], viewer: Viewer): { result: Readonly<Partial<Record<keyof Can, Action>>>; reads: Reads } {
  const seat = tracked(state, (seen) => seatOf(seen, viewer));
  let bySeat = groupsOfState.get(state);
  if (!bySeat) groupsOfState.set(state, (bySeat = new Map()));
  const key = `${g}:${seat.result ?? ""}`;
  let group = bySeat.get(key);
  if (!group) bySeat.set(key, (group = tracked(state, (seen) => derive(seen, seat.result))));
  return { result: group.result, reads: new Map([...seat.reads, ...group.reads]) };
}

const groupsOfState = new WeakMap<GameState, Map<string, { result: Readonly<Partial<Record<keyof Can, Action>>>; reads: Reads }>>();

type Verdict = { action: Action; readonly reads: Reads; readonly permission: Permission };
type Group = { readonly reads: Reads; readonly actions: Readonly<Partial<Record<keyof Can, Action>>>; readonly verdicts: Map<keyof Can, Verdict>; readonly everything: Set<string> };

export class RightsCache {
  readonly #viewer: Viewer;
  readonly #actor: Actor | null;
  #state: GameState | null = null;
  readonly #groups: (Group | null)[] = PROBE_GROUPS.map(() => null);
  #last: Can | null = null;

  constructor(viewer: Viewer) {
    this.#viewer = viewer;
    this.#actor = viewer.kind === "facilitator" ? { kind: "facilitator" } : viewer.kind === "player" ? { kind: "player", playerId: viewer.playerId } : null;
  }

  /** Equals canOf(state, viewer, now), judging only what the change since the last call may affect. */
  can(state: GameState, now: number): Can {
    const changed = changedParts(this.#state, state);
    this.#state = state;
    const last = this.#last;
    if (last && changed.length === 0) return last;
    const touched = (reads: ReadonlySet<string> | Reads) => changed.some((key) => reads.has(key));
    let next: Record<keyof Can, Permission> | null = last ? null : ({} as Record<keyof Can, Permission>);
    const set = (key: keyof Can, permission: Permission) => {
      next ??= { ...(last as Can) };
      next[key] = permission;
    };
    PROBE_GROUPS.forEach((derive, g) => {
      const before = this.#groups[g] ?? null;
      // Nothing the group's table or verdicts read has changed: all of them stand.
      if (before && !touched(before.everything)) return;
      const sameTable = before !== null && !touched(before.reads);
      const t = sameTable ? null : derived(state, g, derive, this.#viewer);
      const group: Group = t
        ? { reads: t.reads, actions: t.result, verdicts: new Map(), everything: new Set(t.reads.keys()) }
        : { reads: before?.reads ?? new Map(), actions: before?.actions ?? {}, verdicts: new Map(), everything: new Set(before?.reads.keys()) };
      for (const [key, action] of Object.entries(group.actions) as [keyof Can, Action][]) {
        const cached = before?.verdicts.get(key);
        let verdict: Verdict;
        if (cached && (sameTable ? cached.action === action : sameAction(cached.action, action)) && !touched(cached.reads)) {
          cached.action = action;
          verdict = cached;
        } else {
          const judged = tracked(state, (seen) => this.#judge(seen, action, now));
          const same = cached !== undefined && samePermission(cached.permission, judged.result);
          verdict = { action, reads: judged.reads, permission: same ? cached.permission : judged.result };
          if (!same) set(key, verdict.permission);
        }
        group.verdicts.set(key, verdict);
        for (const read of verdict.reads.keys()) group.everything.add(read);
      }
      this.#groups[g] = group;
    });
    if (next === null) return last as Can;
    this.#last = next;
    return next;
  }

  /** The engine's verdict, from its checks alone (E8: a handler checks before it changes anything). */
  #judge(state: GameState, action: Action, now: number): Permission {
    if (!this.#actor) return SPECTATOR_PERMISSION;
    const refusal = refusalBeforeChange(state, action, { actor: this.#actor, now });
    return refusal ? { ok: false, code: refusal.code, message: refusal.message } : ALLOWED;
  }
}

const ALLOWED: Permission = { ok: true };

const samePermission = (a: Permission, b: Permission) => a.ok === b.ok && (a.ok || (!b.ok && a.code === b.code && a.message === b.message));

/** Probe actions are small records of strings, numbers, booleans and short lists. */
function sameAction(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameAction((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
