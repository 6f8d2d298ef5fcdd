// Covert action and its exposure: the chance grows with the others' intelligence reach, and
// the draw comes from the seeded generator inside the state, so replay repeats it.
import type { Draft } from "immer";
import { CRISIS_RULES } from "../constants.ts";
import { nextFloat } from "../rng.ts";
import type { GameState } from "../state.ts";
import { intelligenceOf } from "./who.ts";

/** The chance that a covert action by `seat` is exposed (SP6). */
export function exposureChance(state: GameState | Draft<GameState>, seat: string): number {
  const { base, perReach, max } = CRISIS_RULES.exposure;
  const others = Object.keys(state.seats).filter((s) => s !== seat);
  const reach = others.reduce((sum, s) => sum + intelligenceOf(state, s), 0);
  return Math.min(max, base + perReach * reach);
}

/** Draws one number from the state's generator. */
export function draw(draft: Draft<GameState>): number {
  const [value, next] = nextFloat(draft.rng);
  draft.rng = next;
  return value;
}
