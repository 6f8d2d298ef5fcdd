// The system actions the clock will owe the engine, and when. The room arms one timer for the
// earliest and submits its action when it fires; the engine re-checks the deadline itself.
import type { Action } from "../protocol/actions.ts";
import type { GameState } from "./state.ts";

export type PendingTimer = { readonly at: number; readonly action: Extract<Action, { type: "phase.expire" | "floor.expire" | "silence.expire" }> };

export function pendingTimers(state: GameState): PendingTimer[] {
  if (state.paused !== null || state.stage === "lobby" || state.stage === "ended") return [];
  const timers: PendingTimer[] = [];
  if (state.floor.speaker !== null) timers.push({ at: state.floor.speaker.deadline, action: { type: "floor.expire" } });
  if (state.silence !== null) timers.push({ at: state.silence.deadline, action: { type: "silence.expire" } });
  if (state.deadline !== null) timers.push({ at: state.deadline, action: { type: "phase.expire" } });
  // Earliest first; at the same instant the speaker's and the silence deadline go before the phase's.
  return timers.sort((a, b) => a.at - b.at);
}
