// The escalation index: one global 0–100 gauge, clamped, with every move in the journal.
import type { Draft } from "immer";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";

export function clampEscalation(value: number): number {
  return Math.min(CRISIS_RULES.escalation.max, Math.max(CRISIS_RULES.escalation.min, value));
}

export function moveEscalation(draft: Draft<GameState>, delta: number, emit: Emit): void {
  const from = draft.escalation;
  const to = clampEscalation(from + delta);
  if (to === from) return;
  draft.escalation = to;
  emit({ type: "escalation.moved", from, to });
}
