// While the chair has paused the session, players wait and the clocks stand still: player
// actions and timer expiries are refused; the chair and joining players are not held up.
import type { Action, Actor } from "../protocol/actions.ts";
import { ruleError, type RuleError } from "../protocol/errors.ts";
import type { GameState } from "./state.ts";

const CLOCK_ACTIONS: ReadonlySet<Action["type"]> = new Set(["phase.expire", "floor.expire", "silence.expire"]);

export function pausedError(state: GameState, action: Action, actor: Actor): RuleError | null {
  if (state.paused === null) return null;
  if (actor.kind === "player") return ruleError("session/paused", "The chair has paused the session; wait for it to resume.");
  if (CLOCK_ACTIONS.has(action.type)) return ruleError("session/paused", "The session is paused: its clocks stand still.");
  return null;
}
