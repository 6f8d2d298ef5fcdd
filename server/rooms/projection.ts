// The one place that writes the Colyseus schema state.
import type { GameState } from "../../shared/rules/state.ts";
import type { ForumState } from "./schema.ts";

export function project(target: ForumState, code: string, state: GameState, connected: number): void {
  target.code = code;
  target.stage = state.stage;
  target.round = state.round;
  target.deadline = state.deadline ?? 0;
  target.connected = connected;
}
