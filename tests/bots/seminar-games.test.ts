import { describe, expect, it } from "vitest";
import { playMany, seeds } from "./many-games.ts";

describe("bots in the seminar scenario", () => {
  it("play 200 seeded games to the end without one refused move", () => {
    const games = playMany("seminar", seeds(1, 200));
    expect(games).toHaveLength(200);
    // the bots really play: they vote and attribute across the games
    expect(games.reduce((n, g) => n + g.attributions.length, 0)).toBeGreaterThan(100);
    expect(games.every((g) => g.actions > 100)).toBe(true);
  }, 300_000);
});
