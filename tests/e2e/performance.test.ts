// Figures, printed and never asserted as timings: navigation to the first state rendered
// (median of several cold loads, Canvas and WebGL), and a WebGL smoke test of the chamber.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

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
