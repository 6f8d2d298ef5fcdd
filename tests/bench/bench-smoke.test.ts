// `npm run bench` works end to end: a small run starts its own server and the raw websocket
// floor, drives real SDK clients from a worker process, and prints every figure. (The figures
// themselves are for people to read: no timing is asserted here.)
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("npm run bench", () => {
  it("runs the small shape against Normcraft and the floor and reports every figure", () => {
    const run = spawnSync(process.execPath, [resolve(root, "server/cli/bench.ts"), "--shape", "small", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout.slice(run.stdout.indexOf("["))) as {
      shape: string;
      clients: number;
      createP50: number;
      normcraft: Record<string, unknown> & { answer: { n: number; p99: number }; seen: { n: number; p99: number }; sent: number; accepted: number; unanswered: number; server: { cpuPercent: number; rssMB: number } };
      floor: { answer: { n: number }; seen: { n: number } };
    }[];
    expect(result?.shape).toBe("small");
    expect(result?.clients).toBe(12);
    const n = result?.normcraft;
    // Intents went out on schedule and were answered; peers saw the texts; bytes were counted.
    expect(n?.sent).toBeGreaterThan(5);
    expect((n?.answer.n ?? 0) + Number(n?.unanswered)).toBe(n?.sent);
    expect(n?.accepted).toBeGreaterThan(0);
    expect(n?.seen.n).toBeGreaterThan(0);
    expect(n?.answer.p99).toBeGreaterThan(0);
    expect(n?.bytesPerClientPerSecond).toBeGreaterThan(0);
    expect(n?.meanPatchBytes).toBeGreaterThan(0);
    expect(n?.server.rssMB).toBeGreaterThan(10);
    expect(result?.createP50).toBeGreaterThan(0);
    // The floor ran with the same clients and rate.
    expect(result?.floor.answer.n).toBeGreaterThan(0);
    expect(result?.floor.seen.n).toBeGreaterThan(0);
  }, 150_000);

  it("prints a readable table by default", () => {
    const run = spawnSync(process.execPath, [resolve(root, "server/cli/bench.ts"), "--shape", "small", "--no-floor", "--duration", "1"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    for (const label of ["intent → answer ms", "intent → seen by peers ms", "bytes/s per client", "mean view patch", "server CPU %", "join p50"]) expect(run.stdout).toContain(label);
  }, 150_000);
});
