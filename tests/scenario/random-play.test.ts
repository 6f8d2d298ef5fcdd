// Every built-in plays to the end through the real engine under seeded random actions.
import { describe, expect, it } from "vitest";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { randomPlay } from "../helpers/random-play.ts";

describe.each(["quickstart", "seminar", "standard", "full-forum"])("random play of %s", (id) => {
  const scenario = loadBuiltin(id);

  it.each([1, 2, 3])("seed %i reaches the end of the last round", (seed) => {
    const result = randomPlay(scenario, seed, 6000);
    expect(result.state.stage).toBe("ended");
    expect(result.state.round).toBe(scenario.rounds.length);
    // every seat joined and claimed, the session started, and every phase advanced at least
    const minimum = 2 * (scenario.delegations.length + scenario.observers.length) * 2 + 1 + scenario.rounds.length * 6;
    expect(result.accepted).toBeGreaterThanOrEqual(minimum);
  });
});
