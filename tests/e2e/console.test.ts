// The facilitator console in Chromium: pause and resume, extending the phase, broadcasts,
// muting, seat reassignment, the speakers list's settings, and a contested amendment voted
// before its proposal — each seen from a delegate's page; firing a scheduled inject early.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { canvasPage, joinAsPlayer } from "../helpers/e2e-pages.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let base = "";
let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ clientDist: await buildClient(), scenarios: [loadBuiltin("quickstart"), loadBuiltin("seminar")] });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (page: Page, testid: string) => page.getByTestId(testid).first().textContent();
const seconds = async (page: Page) => {
  const m = /(\d+):(\d+)/.exec((await text(page, "timer")) ?? "");
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

const join = async (code: string, name: string, seat: string | null) => joinAsPlayer(await canvasPage(browser, pageErrors), base, code, name, seat);

describe("the facilitator console", () => {
  it("runs the room: clock, broadcasts, muting, seats, floor settings and a contested amendment", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "quickstart" });
    const chair = await canvasPage(browser, pageErrors);
    await chair.context().addInitScript(([c, k]) => localStorage.setItem(`normcraft:${c}:key`, k ?? ""), [code, facilitatorKey]);
    await chair.goto(`${base}/s/${code}`);
    await expect.poll(() => text(chair, "you")).toContain("facilitator");
    const val = await join(code, "Ana", "VAL");
    const mer = await join(code, "Bo", "MER");
    const zed = await join(code, "Zed", null);
    await expect.poll(() => chair.getByTestId("attention").textContent()).toContain("Waiting for a seat: Zed");

    // A closed seat shows as closed and offers no claim to an unseated player.
    await chair.getByTestId("close-TAM").click();
    await expect.poll(() => zed.getByTestId("closed-TAM").count()).toBe(1);
    expect(await zed.getByTestId("claim-TAM").count()).toBe(0);
    await chair.getByTestId("close-TAM").click();
    await expect.poll(() => zed.getByTestId("closed-TAM").count()).toBe(0);

    // Seats: the chair moves Zed to Tamaru.
    await chair.locator('[data-player] select').last().selectOption("TAM");
    await expect.poll(() => text(zed, "you")).toContain("Tamaru");

    // Bots: the chair hands Tamaru to a bot and takes it back; everyone sees which seats bots play.
    await chair.getByTestId("autopilot-TAM").click();
    await expect.poll(() => val.getByTestId("bot-TAM").count()).toBe(1);
    await chair.getByTestId("autopilot-TAM").click();
    await expect.poll(() => val.getByTestId("bot-TAM").count()).toBe(0);

    // Newcomers: once the chair closes the doors, a new player is refused with a reason.
    await chair.getByTestId("lock").click();
    await expect.poll(() => chair.getByTestId("lock").getAttribute("aria-pressed")).toBe("true");
    const late = await canvasPage(browser, pageErrors);
    await late.goto(base);
    await late.getByLabel("Room code").fill(code);
    await late.getByLabel("Your name").fill("Late");
    await late.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => late.getByRole("alert").textContent()).toContain("closed this session to newcomers");
    await late.screenshot({ path: `${ARTIFACTS}/join-refused-locked.png` });
    await chair.getByTestId("lock").click();

    // The clock: pause freezes it for everyone, resume restarts it, +1 min extends it.
    await chair.getByTestId("start").click();
    await expect.poll(() => text(val, "stage")).toBe("Briefing");
    await chair.getByTestId("pause").click();
    await expect.poll(() => val.getByTestId("paused").count()).toBe(1);
    const frozen = await seconds(val);
    await val.waitForTimeout(1500);
    expect(await seconds(val)).toBe(frozen);
    await chair.getByTestId("resume").click();
    await expect.poll(() => val.getByTestId("paused").count()).toBe(0);
    const before = await seconds(chair);
    await chair.getByTestId("extend").click();
    await expect.poll(() => seconds(chair)).toBeGreaterThan(before + 30);

    // A broadcast reaches every delegate; a muted delegation may read but not speak.
    await chair.getByLabel("Message", { exact: true }).first().fill("Five minutes to the vote.");
    await chair.getByRole("button", { name: "Send" }).first().click();
    await expect.poll(() => text(mer, "public-messages")).toContain("Five minutes to the vote.");
    await chair.getByTestId("mute-MER").click();
    await expect.poll(() => text(mer, "messages")).toContain("The chair has muted you");
    await chair.getByTestId("mute-MER").click();
    await expect.poll(() => text(mer, "messages")).not.toContain("The chair has muted you");

    // Speakers list settings.
    await chair.getByLabel("Speaking time (s)").fill("30");
    await chair.getByLabel("Automatic moderation").check();
    await chair.getByRole("button", { name: "Apply", exact: true }).click();
    await expect.poll(() => text(val, "floor")).toContain("Automatic moderation · 30 s per speaker");

    // Negotiation: Meridia amends Valdoria's text; Valdoria contests; the amendment is voted first.
    await chair.getByTestId("advance").click();
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("Negotiation");
    await val.getByLabel("Title").fill("Protect hospitals");
    await val.getByLabel("Text", { exact: true }).fill("States shall not conduct cyber operations against health-care facilities.");
    await val.getByRole("button", { name: "Table proposal" }).click();
    await mer.getByTestId("amend-P1").click();
    await mer.getByLabel("Amended text (the whole text)").fill("States should not conduct cyber operations against health-care facilities.");
    await mer.getByRole("button", { name: "Propose amendment" }).click();
    await expect.poll(() => val.locator('[data-amendment="P1.A1"]').count()).toBe(1);
    await val.locator('[data-amendment="P1.A1"]').getByRole("button", { name: "Contest" }).click();
    await expect.poll(() => text(chair, "attention")).toContain("Contested amendment P1.A1");
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${ARTIFACTS}/console-attention.png`, fullPage: true });

    await chair.getByTestId("advance").click();
    await expect.poll(() => text(mer, "question")).toContain("amendment P1.A1 to P1");
    for (const page of [val, mer, zed]) await page.getByTestId("vote-yes").click();
    await expect.poll(() => text(mer, "question")).toContain("P1 — Protect hospitals");
    await expect.poll(() => mer.locator('[data-proposal="P1"] .text').first().textContent()).toContain("should not");
    for (const page of [val, mer, zed]) await page.getByTestId("vote-yes").click();
    await expect.poll(() => text(chair, "status-P1")).toBe("Adopted");
    expect(pageErrors).toEqual([]);
  });

  it("fires a scheduled inject from the list of those not yet fired, and names seatless actors", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const chair = await canvasPage(browser, pageErrors);
    await chair.context().addInitScript(([c, k]) => localStorage.setItem(`normcraft:${c}:key`, k ?? ""), [code, facilitatorKey]);
    await chair.goto(`${base}/s/${code}`);
    await expect.poll(() => text(chair, "you")).toContain("facilitator");
    const fire = chair.getByLabel("Scheduled inject to fire now");

    // The crisis panels come with play, not in the lobby.
    expect(await fire.count()).toBe(0);

    // Round 1's inject fires at the start; the list keeps the one still to come, and its truth names the gang.
    await chair.getByTestId("start").click();
    await expect.poll(() => chair.locator('[data-inject="code-grey"]').count()).toBe(1);
    await expect.poll(() => fire.locator("option").allTextContents()).toEqual(["Borrowed Colours — a false flag at the games (round 2)"]);
    expect(await chair.locator('[data-inject="code-grey"] .truth').textContent()).toContain("GreyMantis");
    expect(await fire.isDisabled()).toBe(false);
    expect(await seriousViolations(chair)).toEqual([]);

    await fire.selectOption({ label: "Borrowed Colours — a false flag at the games (round 2)" });
    await chair.getByRole("button", { name: "Fire inject" }).click();
    await expect.poll(() => chair.locator('[data-inject="borrowed-colours"]').count()).toBe(1);
    await expect.poll(() => fire.isDisabled()).toBe(true);
    expect(await fire.locator("option").count()).toBe(0);
    expect(await chair.getByTestId("fire-form").textContent()).toContain("Every scheduled inject has fired");
    expect(await chair.getByRole("button", { name: "Fire inject" }).getAttribute("aria-describedby")).toBe("fire-reason");
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${ARTIFACTS}/console-injects-fired.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
