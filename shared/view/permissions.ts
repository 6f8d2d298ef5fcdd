// "May I do this now?" answered by the engine itself: each permission is a probe that applies
// a representative action to the current state and reports the verdict. Views carry them so
// the UI never disagrees with the rules.
import type { Action, Actor } from "../protocol/actions.ts";
import type { Permission } from "../protocol/view.ts";
import { check } from "../rules/engine.ts";
import type { GameState } from "../rules/state.ts";
import type { Viewer } from "./audience.ts";

export type Probe = (action: Action) => Permission;

export type ViewOptions = {
  /**
   * Compute each permission, and the long histories (journal, messages, reports, series), only
   * when read. Bots read a handful of permissions and none of the history; a view sent over the
   * network must be plain data, so the room leaves this off.
   */
  readonly lazyPermissions?: boolean;
};

/** Sets `obj[key]` to `compute()` now, or, when lazy, on first read. */
export function deferred<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K], options: ViewOptions): T {
  if (!options.lazyPermissions) {
    obj[key] = compute();
    return obj;
  }
  let cached: { value: T[K] } | undefined;
  Object.defineProperty(obj, key, { enumerable: true, configurable: true, get: () => (cached ??= { value: compute() }).value });
  return obj;
}

const ALLOWED: Permission = { ok: true };
export const SPECTATOR_PERMISSION: Permission = { ok: false, code: "role/not-allowed", message: "Spectators watch; they do not act." };

export function prober(state: GameState, viewer: Viewer, now: number): Probe {
  const actor: Actor | null =
    viewer.kind === "facilitator" ? { kind: "facilitator" } : viewer.kind === "player" ? { kind: "player", playerId: viewer.playerId } : null;
  return (action) => {
    if (!actor) return SPECTATOR_PERMISSION;
    const error = check(state, action, { actor, now });
    return error === null ? ALLOWED : { ok: false, code: error.code, message: error.message };
  };
}

/** Probes every action of the table, now or (lazily) on first read. */
export function permissionSet<K extends string>(probe: Probe, actions: Readonly<Record<K, Action>>, options: ViewOptions = {}): Record<K, Permission> {
  const out = {} as Record<K, Permission>;
  for (const key of Object.keys(actions) as K[]) {
    const action = actions[key];
    if (!options.lazyPermissions) {
      out[key] = probe(action);
      continue;
    }
    let cached: Permission | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (cached ??= probe(action)) });
  }
  return out;
}
