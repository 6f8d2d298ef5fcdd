// A whole round of the seminar scenario through the UI alone, in real Chromium: a facilitator,
// three delegates (Meridia's by keyboard only, Karsk's on a 390×844 phone), a spectator and the
// projector. Every view is scanned with axe, checked for sideways overflow at its size, and
// photographed into artifacts/e2e/.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { canvasPage, joinAsPlayer, overflowsHorizontally, tabTo } from "../helpers/e2e-pages.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let base = "";
let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
const started = Date.now();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const clientDist = await buildClient();
  server = await startServer({ clientDist, scenarios: [loadBuiltin("quickstart"), loadBuiltin("seminar")] });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`[figures] round e2e wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** Axe finds no serious or critical violation, the page does not scroll sideways, and a screenshot is saved. */
async function checkView(page: Page, name: string) {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  expect(await overflowsHorizontally(page), `${name} scrolls sideways`).toBe(false);
  const screenOnly = name.startsWith("projector") || name.startsWith("phone");
  if (screenOnly) await page.evaluate(() => window.scrollTo(0, 0));
  // A full-page screenshot of six live pages can take long while the whole suite runs on 2 cores.
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: !screenOnly, timeout: 120_000 });
}

const text = (page: Page, testid: string) => page.getByTestId(testid).first().textContent();

const joinWithMouse = (page: Page, code: string, name: string, seat: string) => joinAsPlayer(page, base, code, name, seat);

describe("a whole round of the seminar in Chromium", () => {
  it("facilitator, three delegates, a spectator and the projector play round 1 and reach the debrief", async () => {
    // ── The facilitator creates the session from the landing page.
    const chair = await canvasPage(browser, pageErrors);
    await chair.goto(base);
    await chair.getByRole("radio", { name: /Seminar/ }).check();
    await checkView(chair, "landing");
    await chair.getByRole("button", { name: "Create session" }).click();
    const code = ((await chair.getByTestId("room-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await chair.getByRole("button", { name: "Open the facilitator console" }).click();
    await expect.poll(() => text(chair, "you")).toContain("facilitator");

    // ── Delegates join: Valdoria with the mouse, Karsk on a phone, Meridia by keyboard only.
    const val = await canvasPage(browser, pageErrors);
    const kar = await canvasPage(browser, pageErrors, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const mer = await canvasPage(browser, pageErrors);
    await joinWithMouse(val, code, "Ana", "VAL");
    await joinWithMouse(kar, code, "Kiril", "KAR");

    await mer.goto(base);
    await tabTo(mer, 'input[name="code"]');
    await mer.keyboard.type(code);
    await tabTo(mer, 'input[name="name"]');
    await mer.keyboard.type("Mei");
    await mer.keyboard.press("Enter");
    await expect.poll(() => text(mer, "you")).toContain("not yet seated");
    await checkView(mer, "lobby-unseated-desk");
    await tabTo(mer, '[data-testid="claim-MER"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => text(mer, "you")).toContain("head of the delegation of Meridia");

    // ── A spectator and the projector.
    const spectator = await canvasPage(browser, pageErrors);
    await spectator.goto(base);
    await spectator.getByLabel("Room code").fill(code);
    await spectator.getByRole("button", { name: "Watch as spectator" }).click();
    await expect.poll(() => text(spectator, "you")).toContain("spectator");
    const projector = await canvasPage(browser, pageErrors, { viewport: { width: 1920, height: 1080 } });
    await projector.goto(`${base}/s/${code}/projector`);
    await expect.poll(() => text(projector, "stage")).toBe("Lobby");
    expect(await text(projector, "projector-code")).toBe(code);

    await expect.poll(() => chair.locator('[data-seat="MER"] .player.online').count()).toBe(1);
    await checkView(chair, "console-lobby");
    await expect.poll(() => projector.locator(".proj-seats").textContent()).toContain("Mei");
    await checkView(projector, "projector-lobby");

    // ── Briefing: the crisis arrives; Valdoria asks for the floor, the chair gives it.
    await chair.getByTestId("start").click();
    await expect.poll(() => text(val, "stage")).toBe("Briefing");
    await expect.poll(() => val.getByTestId("briefing").textContent()).toContain("Code Grey");
    await expect.poll(() => text(projector, "stage")).toBe("Briefing");
    await val.getByTestId("floor-request").click();
    await expect.poll(() => chair.getByTestId("attention").textContent()).toContain("waiting for the floor");
    await chair.getByTestId("floor-next").click();
    await expect.poll(() => text(projector, "speaker")).toContain("Valdoria");
    await val.getByLabel("Message", { exact: true }).fill("Valdoria stands with Alpenmark. Hospitals must be off limits.");
    await val.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => spectator.getByTestId("public-messages").textContent()).toContain("Hospitals must be off limits");
    await expect.poll(() => projector.getByTestId("ticker").textContent()).toContain("Hospitals must be off limits");
    await checkView(projector, "projector-briefing");
    await val.getByTestId("floor-yield").click();

    // ── Investigation: Valdoria investigates and attributes in public; Karsk writes to Meridia in private.
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("Investigation & attribution");
    await val.getByTestId("investigate-code-grey").click();
    const form = val.getByTestId("attribute-form");
    await form.getByLabel("Accused").selectOption("KAR");
    await form.getByRole("radio", { name: "high confidence" }).check();
    await form.getByRole("radio", { name: "a joint statement" }).check();
    await form.getByRole("checkbox", { name: "Meridia" }).check();
    await form.getByRole("button", { name: "Attribute" }).click();
    // Meridia co-signs by keyboard; with every invitee's answer in, the joint statement is made.
    await expect.poll(() => mer.locator('[data-testid^="cosign-"]').count()).toBe(1);
    await tabTo(mer, '[data-testid^="cosign-"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => val.getByTestId("attribution").textContent()).toContain("Meridia: signed");
    await expect.poll(() => spectator.getByTestId("attribution").textContent()).toContain("Valdoria accuses Karsk Federation");
    expect(await spectator.getByTestId("attribution").textContent()).toContain("Signed by Valdoria, Meridia");
    // Valdoria shares a private piece of evidence with Meridia.
    const evidence = val.getByTestId("evidence");
    await evidence.getByLabel("Share with").first().selectOption("MER");
    await evidence.getByRole("button", { name: "Share", exact: true }).first().click();
    await expect.poll(() => mer.getByTestId("evidence").textContent()).toContain("shared by Valdoria");
    await kar.getByRole("radio", { name: "Back channels" }).check();
    await kar.getByLabel("Delegation", { exact: true }).selectOption("MER");
    await kar.getByLabel("Message", { exact: true }).fill("Meridia, a word before the vote?");
    await kar.getByRole("button", { name: "Send" }).click();
    // The chair's overview includes private channels; a third delegation never sees them.
    await expect.poll(() => chair.getByTestId("back-messages").textContent()).toContain("a word before the vote");
    await expect.poll(() => mer.getByTestId("back-messages").textContent()).toContain("a word before the vote");
    expect(await val.getByTestId("back-messages").textContent()).not.toContain("a word before the vote");
    await checkView(val, "desk-investigation");

    // ── Negotiation: a CBM proposal, co-sponsored by keyboard; a pledge joined by keyboard; a
    // point of order upheld from the attention list; a straw poll.
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("Negotiation");
    await val.getByTestId("proposal-subject").selectOption("norm:N-ransomware");
    await val.getByLabel("Title").fill("No safe haven for ransomware");
    await val.getByLabel("Text", { exact: true }).fill("States should not knowingly allow ransomware groups to operate from their territory.");
    await val.getByRole("button", { name: "Table proposal" }).click();
    await expect.poll(() => mer.locator('[data-proposal="P1"]').count()).toBe(1);
    await tabTo(mer, '[data-testid="cosponsor-P1"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => val.locator('[data-proposal="P1"]').textContent()).toContain("co-sponsored by Meridia");

    const pledge = val.getByTestId("pledge-form");
    await pledge.getByLabel("Pledge", { exact: true }).fill("We answer this crisis with restraint and help for the victim.");
    await pledge.getByRole("button", { name: "Pledge" }).click();
    await expect.poll(() => mer.getByTestId("pledges").textContent()).toContain("restraint and help");
    await tabTo(mer, '[data-testid^="join-"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => spectator.getByTestId("pledges").textContent()).toContain("members: Valdoria, Meridia");

    await kar.getByLabel("Your point of order").fill("The attribution was made without evidence.");
    await kar.getByRole("button", { name: "Raise point of order" }).click();
    await expect.poll(() => chair.getByTestId("attention").textContent()).toContain("Point of order from Karsk Federation");
    await checkView(chair, "console-negotiation");
    await chair.locator('[data-testid^="uphold-"]').first().click();
    await expect.poll(() => kar.getByTestId("order").textContent()).toContain("Upheld");

    await chair.getByTestId("poll-form").getByLabel("Question").fill("Should the forum condemn the hospital attack?");
    await chair.getByRole("button", { name: "Call a straw poll" }).click();
    await val.getByTestId("poll-yes").click();
    await kar.getByTestId("poll-abstain").tap();
    await expect.poll(() => chair.getByTestId("polls").textContent()).toContain("2 answered");
    await chair.locator('[data-testid^="poll-close-"]').click();
    await expect.poll(() => spectator.getByTestId("polls").textContent()).toContain("Yes 1 · No 0 · Abstain 1");

    // ── Language: the spectator switches to French at any time, and the choice survives a reload.
    await spectator.getByTestId("language").selectOption("fr");
    await expect.poll(() => text(spectator, "stage")).toBe("Négociation");
    await spectator.reload();
    await expect.poll(() => text(spectator, "stage")).toBe("Négociation");
    expect(await spectator.evaluate(() => document.documentElement.lang)).toBe("fr");
    await checkView(spectator, "spectator-negotiation-fr");
    await spectator.getByTestId("language").selectOption("en");
    await expect.poll(() => text(spectator, "stage")).toBe("Negotiation");

    // ── Voting: the mouse, the phone and the keyboard each cast a ballot.
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(kar, "stage")).toBe("Voting");
    await expect.poll(() => kar.getByTestId("question").count()).toBe(1);
    // Phase changes and votes are spoken through the aria-live region.
    await expect.poll(() => mer.locator("#announcer").textContent()).toContain("Round 1: Voting.");
    await checkView(kar, "phone-voting");
    await val.getByTestId("vote-yes").click();
    await kar.getByTestId("vote-no").scrollIntoViewIfNeeded();
    await kar.getByTestId("vote-no").tap();
    await expect.poll(() => text(kar, "my-vote")).toContain("No");
    await expect.poll(() => text(projector, "live-P1")).toContain("2 of 3");
    await checkView(projector, "projector-voting");
    await tabTo(mer, '[data-testid="vote-yes"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => mer.locator("#announcer").textContent()).toContain("P1 adopted");
    for (const page of [chair, val, kar, mer, spectator, projector]) {
      await expect.poll(() => text(page, "tally-P1")).toMatch(/Yes 2 · No 1 · Abstain 0 — 3 present and voting, 2 needed/);
    }
    expect(await text(spectator, "status-P1")).toBe("Adopted");

    // ── State practice: each head chooses in secret (Meridia by keyboard).
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("State practice");
    await val.getByTestId("practice-form").getByRole("radio", { name: "assistance to the victim" }).check();
    await val.getByTestId("practice-form").getByLabel("Aimed at").selectOption("ALP");
    await val.getByRole("button", { name: "Confirm the choice" }).click();
    await kar.getByTestId("practice-form").getByRole("button", { name: "Confirm the choice" }).tap();
    await tabTo(mer, '[data-testid="practice-form"] button[type="submit"]');
    await mer.keyboard.press("Enter");
    await expect.poll(() => text(mer, "my-practice")).toContain("restraint");
    await expect.poll(() => chair.getByTestId("practice").textContent()).toContain("3 have chosen");
    expect(await val.getByTestId("practice").textContent()).not.toContain("Your choice: restraint");

    // ── Resolution: the round report, the norm board and the escalation gauge.
    await chair.getByTestId("advance").click();
    await expect.poll(() => text(val, "stage")).toBe("Resolution");
    await expect.poll(() => val.getByTestId("reports").count()).toBe(1);
    expect(await text(projector, "escalation")).toMatch(/\d+ \/ 100/);
    // The adopted norm is on the board with its strength and life-cycle stage, in the DOM and the chamber's label.
    await expect.poll(() => text(projector, "norms")).toMatch(/Deny safe haven to ransomware groups[\s\S]*?\d+\s?%[\s\S]*?(emergence|cascade|internalized)/);
    // Between rounds the projector shows the round's summary; the chamber's words (on a desk) name the norm too.
    expect(await projector.getByTestId("round-summary").textContent()).toContain("Round 1 in review");
    await expect.poll(() => mer.getByTestId("chamber-words").textContent()).toContain("Deny safe haven to ransomware groups: strength");
    await checkView(projector, "projector-resolution");
    await checkView(mer, "desk-resolution");

    // ── The chair ends the game: everyone reaches the debrief, with its charts drawn.
    await chair.getByTestId("end").click();
    await chair.getByTestId("confirm-ok").click();
    for (const page of [chair, val, kar, mer, spectator, projector]) {
      await expect.poll(() => page.getByTestId("debrief").count()).toBe(1);
    }
    await expect.poll(() => spectator.locator("#chart-votes[data-drawn]").count()).toBe(1);
    await expect.poll(() => spectator.getByTestId("roll-call").textContent()).toContain("No safe haven for ransomware");
    await expect.poll(() => mer.locator("#chart-escalation[data-drawn]").count()).toBe(1);
    const [csv] = await Promise.all([spectator.waitForEvent("download"), spectator.getByRole("button", { name: "Download CSV" }).click()]);
    expect(readFileSync((await csv.path()) ?? "", "utf8")).toMatch(/"P1","No safe haven for ransomware","adopted","yes","no","yes"/);
    await checkView(spectator, "debrief-spectator");
    // The facilitator downloads the replayable record of the session.
    const [record] = await Promise.all([chair.waitForEvent("download"), chair.getByTestId("download-record").click()]);
    const log = JSON.parse(readFileSync((await record.path()) ?? "", "utf8")) as { format: string; log: unknown[] };
    expect(log.format).toBe("normcraft-session-record");
    expect(log.log.length).toBeGreaterThan(20);
    // The debrief words the engine's lessons: the wrong joint attribution and the pledge kept by both.
    const lessons = (await spectator.getByTestId("lessons").textContent()) ?? "";
    expect(lessons).toContain("Valdoria, Meridia blamed Karsk Federation");
    expect(lessons).toContain("Pledges: 2 kept, 0 broken.");
    await checkView(chair, "debrief-console");
    await checkView(kar, "debrief-phone");

    // An idle chamber puts its game loop to sleep.
    await expect.poll(() => spectator.locator("#chamber canvas").getAttribute("data-loop")).toBe("asleep");
    // The chamber rendered on every page, and no page threw.
    for (const page of [chair, val, mer, spectator]) expect(await page.locator("#chamber[data-ready=true] canvas").count()).toBe(1);
    expect(pageErrors).toEqual([]);
  }, 420_000);
});
