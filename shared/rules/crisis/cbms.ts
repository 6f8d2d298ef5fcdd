// Confidence-building measures in force: those a passed proposal established (adoption.ts).
import type { Draft } from "immer";
import type { GameState } from "../state.ts";

export function cbmsInForce(state: GameState | Draft<GameState>): string[] {
  return Object.values(state.cbms).filter((m) => m.established).map((m) => m.id);
}

export function isEstablished(state: GameState | Draft<GameState>, cbm: string): boolean {
  return state.cbms[cbm]?.established === true;
}
