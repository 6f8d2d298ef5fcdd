// Figures, printed and never asserted as timings: navigation to the first state rendered
// (median of several cold loads, Canvas and WebGL), a WebGL smoke test of the chamber, and the
// chamber's frames and CPU when idle (its loop asleep) and busy (a speaker's ring, a changing
// speakers list).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

const LOADS = 5;
let server: TestServer;
let browser: Browser;
let code = "";

beforeAll(async () => {
  server = await startServer({ clientDist: await buildClient(), scenarios: [loadBuiltin("seminar")] });
  code = (await server.create({ scenarioId: "seminar" })).code;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function load(renderer: "canvas" | "webgl"): Promise<{ state: number; chamber: number; used: string; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const t0 = Date.now();
  await page.goto(`http://localhost:${server.port}/s/${code}?watch&renderer=${renderer}`);
  await page.getByTestId("stage").waitFor();
  const state = Date.now() - t0;
  await page.locator("#chamber[data-ready=true]").waitFor();
  const chamber = Date.now() - t0;
  const used = (await page.locator("#chamber").getAttribute("data-renderer")) ?? "";
  await context.close();
  return { state, chamber, used, errors };
}

describe("performance figures", () => {
  it("measures navigation to the first state rendered, with Canvas and with WebGL", async () => {
    await load("canvas"); // warm the server's first-request paths
    for (const renderer of ["canvas", "webgl"] as const) {
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await load(renderer));
      // The renderer asked for is the one that drew, and nothing threw.
      expect(runs.map((r) => r.used)).toEqual(runs.map(() => renderer));
      expect(runs.flatMap((r) => r.errors)).toEqual([]);
      console.log(
        `[figures] ${renderer}: navigation → first state rendered, median of ${LOADS}: ${median(runs.map((r) => r.state))} ms; → chamber drawn: ${median(runs.map((r) => r.chamber))} ms (runs: ${runs.map((r) => r.state).join(", ")})`,
      );
    }
  });
});

/** CPU share of the page's main thread over `ms`, the frames it drew and what a chamber redraw cost. */
async function sample(page: Page, ms: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const task = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  await page.evaluate(() => {
    (window as unknown as { __frames: number[] }).__frames = [];
    performance.clearMeasures("chamber-redraw");
  });
  const t0 = await task();
  const w0 = Date.now();
  await page.waitForTimeout(ms);
  const cpuMs = (await task()) - t0;
  const wall = Date.now() - w0;
  const { frames, redraws } = await page.evaluate(() => ({
    frames: (window as unknown as { __frames: number[] }).__frames,
    redraws: performance.getEntriesByName("chamber-redraw").map((e) => e.duration),
  }));
  const gaps = frames.slice(1).map((f, i) => f - (frames[i] ?? f));
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
  return {
    cpu: `${((cpuMs / wall) * 100).toFixed(1)} % of one core`,
    fps: ((frames.length / wall) * 1000).toFixed(1),
    frameGap: gaps.length > 0 ? `median ${pct(gaps, 0.5).toFixed(1)} ms, p95 ${pct(gaps, 0.95).toFixed(1)} ms` : "no frames",
    redraw: redraws.length > 0 ? `${redraws.length} redraws, median ${pct(redraws, 0.5).toFixed(1)} ms, max ${Math.max(...redraws).toFixed(1)} ms` : "no redraw",
  };
}

describe("chamber figures", () => {
  it("measures frame time and CPU of an idle and a busy chamber", async () => {
    const s = await server.create({ scenarioId: "seminar" });
    const chair = await server.join(s.code, { as: "facilitator", key: s.facilitatorKey });
    const seats = ["VAL", "KAR", "MER", "ALP"];
    const players = [];
    for (const seat of seats) {
      const p = await server.join(s.code, { as: "player", name: seat });
      await until(p, (c) => c.view);
      await p.act({ type: "seat.claim", seat });
      players.push(p);
    }
    await chair.act({ type: "session.start" });
    for (const renderer of ["canvas", "webgl"] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      // Counts the frames the page draws (Phaser's loop runs on requestAnimationFrame).
      await context.addInitScript(() => {
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((t) => {
          (window as unknown as { __frames?: number[] }).__frames?.push(t);
          cb(t);
        });
      });
      const page = await context.newPage();
      await page.goto(`http://localhost:${server.port}/s/${s.code}?watch&renderer=${renderer}`);
      await page.locator("#chamber[data-ready=true]").waitFor();
      await expect.poll(() => page.locator("#chamber canvas").getAttribute("data-loop")).toBe("asleep");
      const idle = await sample(page, 4000);
      // Busy: someone speaking (the ring and clock every second) while the speakers list changes four times a second.
      await players[0]?.act({ type: "floor.request" });
      await chair.act({ type: "floor.next" });
      let stop = false;
      const churn = (async () => {
        for (let i = 0; !stop; i++) {
          const p = players[1 + (i % 3)];
          await p?.act({ type: p.view?.negotiation.floor.queue.some((q) => q.seat === seats[1 + (i % 3)]) ? "floor.withdraw" : "floor.request" });
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const busy = await sample(page, 4000);
      stop = true;
      await churn;
      // Back to a quiet room for the next renderer: nobody speaking, nobody waiting.
      for (const [i, p] of players.entries()) {
        const f = p.view?.negotiation.floor;
        if (f?.speaker?.seat === seats[i]) await p.act({ type: "floor.yield", to: null });
        if (f?.queue.some((q) => q.seat === seats[i])) await p.act({ type: "floor.withdraw" });
      }
      console.log(`[figures] chamber (${renderer}, 1280×800) idle: CPU ${idle.cpu}, ${idle.fps} frames/s, frame gaps ${idle.frameGap}, ${idle.redraw}`);
      console.log(`[figures] chamber (${renderer}, 1280×800) busy: CPU ${busy.cpu}, ${busy.fps} frames/s, frame gaps ${busy.frameGap}, ${busy.redraw}`);
      expect(Number(idle.fps)).toBeLessThan(Number(busy.fps));
      await context.close();
    }
  });
});
