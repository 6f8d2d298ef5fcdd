// The state before the action, whether a handler was given an Immer draft (apply, check) or the
// state itself (judging a permission without changing anything, see engine.ts). Reading large
// parts from the base spares Immer's proxies.
import { isDraft, original, type Draft } from "immer";
import type { GameState } from "./state.ts";

export function baseOf(state: GameState | Draft<GameState>): GameState {
  return isDraft(state) ? (original(state as Draft<GameState>) as GameState) : (state as GameState);
}
