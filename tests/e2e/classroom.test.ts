// Delegate and console polish in real Chromium: text limits shown as counters and never cut
// short; the sticky header with the phase, the clock and the next thing to do; bots offered up
// front at creation ("fill the empty seats") and each fact said once; the in-page confirmation
// dialog used by keyboard alone; no emoji anywhere; the localhost warning; and the printable
// briefings, one page per seat on A4 and on Letter.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/protocol/limits.ts";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { canvasPage, joinAsPlayer, openConsole, tabTo } from "../helpers/e2e-pages.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let server: TestServer;
let browser: Browser;
let base = "";
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
const pictographs = (page: Page) => page.evaluate(() => (document.body.innerText.match(/\p{Extended_Pictographic}/gu) ?? []).join(""));

const console = (code: string, key: string) => openConsole(browser, pageErrors, base, code, key);
const join = async (code: string, name: string, seat: string) => joinAsPlayer(await canvasPage(browser, pageErrors), base, code, name, seat);

describe("the classroom polish", () => {
  it("fills the empty seats with bots at the start, says each fact once, and confirms the end in the page by keyboard", async () => {
    const chair = await canvasPage(browser, pageErrors);
    await chair.goto(base);
    // Offered up front, beside the scenarios (the per-seat plan stays under the options).
    await chair.getByTestId("fill-bots").check();
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.getByRole("button", { name: "Create session" }).click();
    const code = ((await chair.getByTestId("room-code").textContent()) ?? "").trim();
    await chair.getByRole("button", { name: "Open the facilitator console" }).click();
    await expect.poll(() => text(chair, "you")).toContain("facilitator");
    expect(await chair.getByTestId("fill-bots").isChecked()).toBe(true);
    expect(await text(chair, "fill-bots-choice")).toContain("Valdoria, Meridia, Tamaru");
    // The console warns that localhost cannot be reached by anyone else.
    expect(await text(chair, "join-url")).toBe(`http://localhost:${server.port}/?code=${code}`);
    expect(await text(chair, "join-local")).toContain("nobody else can open it");

    const val = await join(code, "Ana", "VAL");
    await expect.poll(() => text(chair, "fill-bots-choice")).toContain("Meridia, Tamaru");
    await chair.getByTestId("start").click();
    await expect.poll(() => text(val, "stage")).toBe("Briefing");
    for (const seat of ["MER", "TAM"]) await expect.poll(() => val.getByTestId(`bot-${seat}`).count()).toBe(1);
    expect(await val.getByTestId("bot-VAL").count()).toBe(0);
    // One label per fact: a bot seat says "bot" once, and no bot appears as a player beside it.
    const mer = (await val.locator('[data-seat="MER"]').textContent()) ?? "";
    expect(mer.match(/bot/gi)?.length).toBe(1);
    expect(mer).not.toContain("(bot)");
    expect(mer).not.toContain("head");
    // The console's seats are one compact table: seat, players, connected, bot, closed, muted.
    const headers = await chair.getByTestId("seat-table").locator("thead th").allTextContents();
    expect(headers).toEqual(["Seat", "Players", "Connected", "Bot", "Closed", "Muted"]);
    expect(await chair.getByTestId("seat-table").locator("tbody tr").count()).toBe(3);
    expect(await chair.getByTestId("autopilot-MER").getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${ARTIFACTS}/console-seat-table.png`, fullPage: true });
    for (const page of [chair, val]) expect(await pictographs(page)).toBe("");

    // The end, by keyboard: the dialog takes the focus, keeps it, and Escape changes nothing.
    await tabTo(chair, '[data-testid="end"]');
    await chair.keyboard.press("Enter");
    await expect.poll(() => chair.getByTestId("confirm-dialog").count()).toBe(1);
    const focused = () => chair.evaluate(() => document.activeElement?.closest("dialog") !== null && document.activeElement?.getAttribute("data-testid"));
    expect(await focused()).toBe("confirm-cancel");
    for (const expected of ["confirm-ok", "confirm-cancel", "confirm-ok"]) {
      await chair.keyboard.press("Tab");
      expect(await focused()).toBe(expected);
    }
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${ARTIFACTS}/console-confirm-end.png` });
    await chair.keyboard.press("Escape");
    await expect.poll(() => chair.getByTestId("confirm-dialog").count()).toBe(0);
    expect(await chair.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("end");
    expect(await text(val, "stage")).toBe("Briefing");
    await chair.keyboard.press("Enter");
    await expect.poll(() => chair.getByTestId("confirm-dialog").count()).toBe(1);
    await chair.keyboard.press("Tab");
    await chair.keyboard.press("Enter");
    await expect.poll(() => val.getByTestId("debrief").count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it("shows text limits as counters, refuses a text past its limit without cutting it, and keeps the header in view", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "quickstart" });
    const chair = await console(code, facilitatorKey);
    const val = await join(code, "Ana", "VAL");
    await chair.getByTestId("start").click();
    await chair.getByTestId("advance").click();
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("Negotiation");

    const field = val.getByTestId("proposal-text");
    const counter = val.getByTestId("proposal-text-count");
    await val.getByTestId("proposal-title").fill("Protect hospitals");
    await field.fill("States should not attack hospitals.");
    expect(await counter.textContent()).toBe(`35 / ${LIMITS.proposalText.toLocaleString("en")} characters`);
    // Pasting 5,000 characters keeps all 5,000 and says by how much the text is over.
    const long = "A".repeat(5000);
    await field.fill(long);
    expect((await field.inputValue()).length).toBe(5000);
    expect(await counter.textContent()).toBe("1,000 characters too many (the limit is 4,000): shorten the text to send it.");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await val.getByRole("button", { name: "Table proposal" }).click();
    await expect.poll(() => val.locator("#alerts").textContent()).toContain("Not sent: Text is longer than its limit");
    expect(await val.locator('[data-proposal="P1"]').count()).toBe(0);
    expect(await val.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("proposal-text");
    expect(await seriousViolations(val)).toEqual([]);
    await val.getByTestId("proposal-form").screenshot({ path: `${ARTIFACTS}/desk-text-over-limit.png` });
    // At exactly the limit it says so, and the whole text goes through.
    await field.fill("A".repeat(LIMITS.proposalText));
    expect(await counter.textContent()).toBe("Limit reached: 4,000 characters. Anything more will not fit.");
    await val.getByRole("button", { name: "Table proposal" }).click();
    await expect.poll(() => val.locator('[data-proposal="P1"]').count()).toBe(1);
    expect((await val.locator('[data-proposal="P1"] .text').first().textContent())?.length).toBe(LIMITS.proposalText);
    await expect.poll(() => counter.textContent()).toBe(`0 / 4,000 characters`);

    // The status bar stays in view when the page scrolls, with the phase, the clock and what to do next.
    await val.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => val.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const box = await val.getByTestId("status-bar").boundingBox();
    expect(box?.y).toBeLessThanOrEqual(1);
    expect(await text(val, "stage")).toBe("Negotiation");
    expect(await text(val, "timer")).toMatch(/\d+:\d\d/);
    expect(await text(val, "next-step")).toContain("Table a proposal, co-sponsor or amend one");
    await val.getByTestId("next-step").getByRole("link").click();
    expect(await val.evaluate(() => document.activeElement?.id)).toBe("proposals-heading");
    await val.screenshot({ path: `${ARTIFACTS}/desk-sticky-header.png` });
    expect(pageErrors).toEqual([]);
  });

  it("prints one briefing page per seat, on A4 and on Letter", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const chair = await console(code, facilitatorKey);
    const [handouts] = await Promise.all([chair.context().waitForEvent("page"), chair.getByTestId("open-handouts").click()]);
    handouts.on("pageerror", (e) => pageErrors.push(`${handouts.url()}: ${e.message}`));
    const seats = loadBuiltin("seminar").delegations.length + loadBuiltin("seminar").observers.length;
    await expect.poll(() => handouts.getByTestId("handout").count()).toBe(seats);
    const valdoria = handouts.locator('[data-seat="VAL"]');
    expect(await valdoria.textContent()).toContain("End with credibility of at least 60");
    expect(await valdoria.textContent()).toContain("Secret objectives");
    expect(await valdoria.textContent()).toContain(code);
    expect(await seriousViolations(handouts)).toEqual([]);
    for (const paper of ["a4", "letter"] as const) {
      await handouts.getByTestId("paper").selectOption(paper);
      await handouts.emulateMedia({ media: "print" });
      const overflowing = await handouts.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".sheet")].filter((s) => (s.querySelector<HTMLElement>(".sheet-body")?.scrollHeight ?? 0) > s.clientHeight + 1).map((s) => s.dataset.seat),
      );
      expect(overflowing, paper).toEqual([]);
      const pdf = await handouts.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${paper}: one page per seat`).toBe(seats);
      await handouts.emulateMedia({ media: "screen" });
      await handouts.screenshot({ path: `${ARTIFACTS}/handouts-${paper}.png` });
    }
    expect(pageErrors).toEqual([]);
  });
});
