// Plays many seeded bot games of one scenario and checks that no bot move was ever refused.
import { expect } from "vitest";
import { playGame } from "../../shared/bots/play.ts";
import { summarise, type GameSummary } from "../../shared/bots/summary.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

export function playMany(id: string, seeds: readonly number[]): GameSummary[] {
  const scenario = loadBuiltin(id);
  const refused: string[] = [];
  const games = seeds.map((seed) => {
    const game = playGame(scenario, seed);
    for (const r of game.rejections) refused.push(`seed ${seed}: ${r.seat} ${r.action.type} → ${r.error.code}: ${r.error.message}`);
    expect(game.state.stage, `seed ${seed} did not end`).toBe("ended");
    return summarise(game.state, seed, game.log.length);
  });
  expect(refused.slice(0, 10)).toEqual([]);
  return games;
}

export const seeds = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
