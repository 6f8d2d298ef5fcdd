import { describe, expect, it } from "vitest";
import { playMany, seeds } from "./many-games.ts";

// The full forum's 200 games run in two files so the test runner spreads them over both cores.
describe("bots in the full forum (seeds 101–200)", () => {
  it("play to the end without one refused move", () => {
    expect(playMany("full-forum", seeds(101, 100))).toHaveLength(100);
  }, 400_000);
});
