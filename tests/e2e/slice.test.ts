// The slice in real Chromium: a facilitator page and two delegate pages play one vote
// through the UI alone. Screenshots of each page go to artifacts/e2e/.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import "../helpers/e2e-pages.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let server: TestServer;
let base = "";
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const clientDist = await buildClient();
  server = await startServer({ clientDist });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => localStorage.setItem("normcraft:renderer", "canvas"));
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return page;
}


async function joinAs(page: Page, code: string, name: string, seat: string) {
  await page.goto(base);
  await page.getByLabel("Room code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByTestId(`claim-${seat}`).click();
  await expect.poll(() => page.getByTestId("you").textContent()).toContain("head of the delegation");
}

describe("the slice in Chromium", () => {
  it("facilitator and two delegates play one vote through the UI", async () => {
    const chair = await newPage();
    await chair.goto(base);
    await chair.getByRole("button", { name: "Create session" }).click();
    const code = (await chair.getByTestId("room-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await chair.getByTestId("facilitator-key").textContent()).toMatch(/\S{20,}/);
    await chair.getByRole("button", { name: "Open the facilitator console" }).click();
    await expect.poll(() => chair.getByTestId("you").textContent()).toContain("facilitator");

    const ana = await newPage();
    const bo = await newPage();
    await joinAs(ana, code, "Ana", "VAL");
    await joinAs(bo, code, "Bo", "MER");

    // Every tab shows who is connected.
    await expect.poll(() => chair.locator('[data-seat="MER"] .player.online').count()).toBe(1);

    // A delegate who tries to table before negotiation is told why, readably.
    await expect.poll(() => ana.getByTestId("can").textContent()).toMatch(/Table a proposal — .*before the session starts/);

    await chair.getByTestId("start").click();
    await expect.poll(() => chair.getByTestId("stage").textContent()).toBe("Briefing");
    await chair.getByTestId("advance").click();
    await expect.poll(() => chair.getByTestId("stage").textContent()).toBe("Investigation & attribution");
    await chair.getByTestId("advance").click();
    await expect.poll(() => ana.getByTestId("stage").textContent()).toBe("Negotiation");

    await ana.getByLabel("Title").fill("Protect hospitals");
    await ana.getByLabel("Text").fill("States shall not conduct cyber operations against health-care facilities.");
    await ana.getByRole("button", { name: "Table proposal" }).click();
    await expect.poll(() => bo.locator('[data-proposal="P1"]').count()).toBe(1);

    await chair.getByTestId("advance").click();
    await expect.poll(() => bo.getByTestId("stage").textContent()).toBe("Voting");
    await ana.getByTestId("vote-yes").click();
    await bo.getByTestId("vote-no").click();

    for (const page of [chair, ana, bo]) {
      await expect.poll(() => page.getByTestId("status-P1").textContent()).toBe("Rejected");
      expect(await page.getByTestId("tally-P1").textContent()).toMatch(/Yes 1 · No 1 · Abstain 0 — 2 present and voting, 2 needed/);
    }
    await chair.screenshot({ path: `${ARTIFACTS}/facilitator.png`, fullPage: true });
    await ana.screenshot({ path: `${ARTIFACTS}/delegate-valdoria.png`, fullPage: true });
    await bo.screenshot({ path: `${ARTIFACTS}/delegate-meridia.png`, fullPage: true });
    // The chamber canvas rendered and no page threw.
    expect(await chair.locator("#chamber[data-ready=true] canvas").count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
