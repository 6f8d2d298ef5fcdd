// The landing page in Chromium: an uploaded scenario with mistakes lists every problem with
// its line; options, a seat plan (bots, closed seats) and a passcode shape the session; joining
// with a wrong code, without the passcode or with a wrong one is refused readably, in French too.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { canvasPage, overflowsHorizontally } from "../helpers/e2e-pages.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let base = "";
const BROKEN = resolve(import.meta.dirname, "../scenario/broken/several-at-once.yaml");
let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ clientDist: await buildClient() });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the landing page", () => {
  it("lists every problem of an uploaded scenario, with its line", async () => {
    const page = await canvasPage(browser, pageErrors);
    await page.goto(base);
    await page.getByTestId("upload").setInputFiles({ name: "broken.yaml", mimeType: "text/yaml", buffer: readFileSync(BROKEN) });
    await page.getByRole("button", { name: "Create session" }).click();
    await expect.poll(() => page.getByTestId("issues").locator("li").count()).toBeGreaterThan(1);
    const items = await page.getByTestId("issues").locator("li").allTextContents();
    expect(items.every((i) => i.trim().length > 0)).toBe(true);
    expect(items.some((i) => /line \d+/.test(i))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/landing-upload-errors.png`, fullPage: true });
  });

  it("creates a session with a bot seat and a closed seat, which the lobby shows", async () => {
    const chair = await canvasPage(browser, pageErrors);
    await chair.goto(base);
    await chair.getByText("Session options", { exact: true }).click();
    const plan = chair.getByRole("group", { name: "Seats" });
    expect(await plan.getByRole("combobox").count()).toBe(3);
    await plan.getByLabel("Tamaru").selectOption({ label: "Played by a bot" });
    await plan.getByLabel("Meridia").selectOption({ label: "Closed" });
    expect(await plan.getByLabel("Valdoria").inputValue()).toBe("open");
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${ARTIFACTS}/landing-seat-plan.png`, fullPage: true });
    await chair.getByRole("button", { name: "Create session" }).click();
    await chair.getByRole("button", { name: "Open the facilitator console" }).click();
    await expect.poll(() => chair.getByTestId("bot-TAM").count()).toBe(1);
    await expect.poll(() => chair.getByTestId("closed-MER").count()).toBe(1);
    expect(await chair.getByTestId("bot-VAL").count()).toBe(0);
    expect(await chair.getByTestId("closed-VAL").count()).toBe(0);
    expect(await chair.getByTestId("autopilot-TAM").getAttribute("aria-pressed")).toBe("true");
    expect(await chair.getByTestId("close-MER").getAttribute("aria-pressed")).toBe("true");
    expect(pageErrors).toEqual([]);
  });

  it("creates a session with options and a passcode, and refuses joins readably in both languages", async () => {
    const chair = await canvasPage(browser, pageErrors);
    await chair.goto(base);
    await chair.getByText("Session options", { exact: true }).click();
    await chair.getByLabel("Decision rule").selectOption("consensus");
    await chair.getByLabel("Voting mode").selectOption("secret");
    await chair.getByLabel("Briefing").fill("35");
    await chair.getByLabel("Passcode (optional)").fill("seminar42");
    await chair.getByRole("button", { name: "Create session" }).click();
    const code = ((await chair.getByTestId("room-code").textContent()) ?? "").trim();
    await chair.getByRole("button", { name: "Open the facilitator console" }).click();
    await chair.getByTestId("start").click();
    await expect.poll(() => chair.getByTestId("proposals").textContent()).toContain("Consensus: adopted unless a delegation objects.");
    // The briefing lasts the 35 seconds chosen, not the scenario's default.
    const seconds = async () => {
      const m = /(\d+):(\d+)/.exec((await chair.getByTestId("timer").textContent()) ?? "");
      return m ? Number(m[1]) * 60 + Number(m[2]) : Infinity;
    };
    await expect.poll(seconds).toBeLessThanOrEqual(35);
    expect(await seconds()).toBeGreaterThan(20);
    // A clock running low is spoken (assertively) and shown.
    await expect.poll(() => chair.locator("#alerts").textContent(), { timeout: 15_000 }).toContain("left in this phase");
    expect(await chair.getByTestId("timer").textContent()).toContain("ending soon");

    const player = await canvasPage(browser, pageErrors, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await player.goto(base);
    expect(await overflowsHorizontally(player)).toBe(false);
    await player.getByLabel("Room code").fill("ZZZZZZ");
    await player.getByLabel("Your name").fill("Noor");
    await player.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => player.getByRole("alert").textContent()).toContain("No session has the code");
    await player.getByTestId("language").selectOption("fr");
    await player.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await expect.poll(() => player.getByRole("alert").textContent()).toContain("Aucune session n'a ce code");
    await player.getByLabel("Code de la salle").fill(code);
    await player.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await expect.poll(() => player.getByRole("alert").textContent()).toContain("mot de passe");
    // A wrong passcode is refused by the server and said on the form itself: the name is kept,
    // the passcode field is masked and marked, and the message follows the language.
    await player.getByLabel("Votre nom").fill("Noor");
    expect(await player.getByLabel("Mot de passe (si la session en a un)").getAttribute("type")).toBe("password");
    await player.getByLabel("Mot de passe (si la session en a un)").fill("heron-00");
    await player.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await expect.poll(() => player.getByTestId("join-error").textContent()).toBe("Mot de passe incorrect.");
    expect(await player.getByLabel("Votre nom").inputValue()).toBe("Noor");
    expect(await player.getByLabel("Code de la salle").inputValue()).toBe(code);
    expect(await player.getByLabel("Mot de passe (si la session en a un)").getAttribute("aria-invalid")).toBe("true");
    expect(await player.getByLabel("Mot de passe (si la session en a un)").getAttribute("aria-describedby")).toBe("join-error");
    expect(await seriousViolations(player)).toEqual([]);
    await player.screenshot({ path: `${ARTIFACTS}/landing-wrong-passcode-fr.png` });
    await player.getByTestId("language").selectOption("en");
    await expect.poll(() => player.getByTestId("join-error").textContent()).toBe("Wrong passcode.");
    await player.getByTestId("language").selectOption("fr");
    await player.getByLabel("Mot de passe (si la session en a un)").fill("seminar42");
    await player.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await expect.poll(() => player.getByTestId("you").textContent()).toContain("sans siège");
    expect(await seriousViolations(player)).toEqual([]);
    expect(await overflowsHorizontally(player)).toBe(false);
    await player.screenshot({ path: `${ARTIFACTS}/phone-lobby-fr.png` });
    expect(pageErrors).toEqual([]);
  });
});
