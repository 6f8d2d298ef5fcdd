import { describe, expect, it } from "vitest";
import { aggregate } from "../../server/cli/simulate-report.ts";
import { playMany, seeds } from "./many-games.ts";

describe("bots in the standard scenario", () => {
  it("play 200 seeded games without one refused move, and the model shows the essay's dynamics", () => {
    const games = playMany("standard", seeds(1, 200));
    const stats = aggregate(games);
    // Enforcement strengthens norms: games where a violation was answered end with stronger norms.
    expect(stats.enforcement.gamesWithAnsweredViolations).toBeGreaterThan(20);
    expect(stats.enforcement.gamesWithOnlyUnansweredViolations).toBeGreaterThan(5);
    expect(stats.enforcement.meanNormStrengthWhenAnswered).toBeGreaterThan(stats.enforcement.meanNormStrengthWhenUnanswered);
    // Impunity escalates: more unanswered violations, higher final escalation.
    expect(stats.impunity.correlationUnansweredVsFinalEscalation).toBeGreaterThan(0.1);
  }, 300_000);
});
