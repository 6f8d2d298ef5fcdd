// The simulator as users run it: a child process on the project's Node.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const cli = resolve(import.meta.dirname, "../../server/cli/simulate.ts");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

describe("npm run simulate", () => {
  it("prints one JSON object with the promised fields, byte-identical for the same seed", () => {
    const a = run("--scenario", "seminar", "--seed", "7", "--json");
    const b = run("--scenario", "seminar", "--seed", "7", "--json");
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const game = JSON.parse(a.stdout) as Record<string, unknown>;
    for (const key of ["scenario", "seed", "rounds", "norms", "escalation", "delegations", "attributions"]) expect(game).toHaveProperty(key);
    expect(game.seed).toBe(7);
    expect(run("--scenario", "seminar", "--seed", "8", "--json").stdout).not.toBe(a.stdout);
  });

  it("prints a readable summary and statistics over a range of seeds", () => {
    const one = run("--scenario", "seminar", "--seed", "2");
    expect(one.stdout).toMatch(/Escalation by round:/);
    expect(one.stdout).toMatch(/Attributions:/);
    const many = run("--scenario", "seminar", "--seeds", "1..6", "--json");
    const stats = JSON.parse(many.stdout) as { games: number; impunity: unknown; enforcement: unknown };
    expect(stats.games).toBe(6);
    expect(stats).toHaveProperty("impunity.correlationUnansweredVsFinalEscalation");
    expect(many.stderr).toMatch(/6 game\(s\) in .* bot moves refused by the rules: 0/);
  });

  it("stops a game early with --rounds and explains bad arguments", () => {
    const short = JSON.parse(run("--scenario", "standard", "--seed", "1", "--rounds", "2", "--json").stdout) as { escalation: number[] };
    expect(short.escalation).toHaveLength(2);
    const bad = run("--scenario", "no-such-scenario");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/No built-in scenario "no-such-scenario"/);
    expect(run("--scenario", "seminar", "--seeds", "9..1").stderr).toMatch(/range must go upwards/);
  });
});
