// The projector in real Chromium: the lobby's QR code decodes (jsQR) to the configured join
// address; the seats fill as people join; the screen fits without scrolling at 1024×768,
// 1280×800, 1920×1080 and 3840×2160 in the lobby, in play and on the round summary; it has no
// controls and follows the console's language; the optional sound cue, chosen in the console,
// plays at the end of a phase. Screenshots of every size go to artifacts/e2e/.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import "../helpers/e2e-pages.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
const JSQR = readFileSync(createRequire(import.meta.url).resolve("jsqr/dist/jsQR.js"), "utf8");
const PUBLIC_URL = "http://192.168.50.7:2567";
const SIZES = [
  [1024, 768],
  [1280, 800],
  [1920, 1080],
  [3840, 2160],
] as const;
let server: TestServer;
let browser: Browser;
let base = "";
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ clientDist: await buildClient(), scenarios: [loadBuiltin("full-forum")], publicUrl: PUBLIC_URL });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function context(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(() => {
    localStorage.setItem("normcraft:renderer", "canvas");
    if (!localStorage.getItem("normcraft:locale")) localStorage.setItem("normcraft:locale", "en");
  });
  return ctx;
}

/** What does not fit: the page scrolling, or a panel whose content is taller or wider than itself or leaves the screen. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollHeight > innerHeight + 1 || doc.scrollWidth > innerWidth + 1) bad.push(`page ${doc.scrollWidth}×${doc.scrollHeight} in ${innerWidth}×${innerHeight}`);
    for (const el of document.querySelectorAll<HTMLElement>(".proj-head, .proj-body, .proj-side, .proj-card, .proj-slide, .proj-slide-grid, .proj-seats, .proj-qr, .proj-how, .ticker")) {
      const r = el.getBoundingClientRect();
      const name = `${el.className} ${el.querySelector("h2, h3")?.textContent?.slice(0, 30) ?? ""}`;
      if (el.scrollHeight > el.clientHeight + 1) bad.push(`${name}: content ${el.scrollHeight}px in ${el.clientHeight}px`);
      // The ticker runs off to the right by design (newest first); nothing else may.
      if (!el.matches(".ticker") && el.scrollWidth > el.clientWidth + 1) bad.push(`${name}: content ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      if (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) bad.push(`${name}: ends at ${Math.round(r.right)}×${Math.round(r.bottom)}`);
    }
    return bad;
  });
}

async function atEverySize(page: Page, name: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(250);
    expect(await overflow(page), `${name} at ${width}×${height}`).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/projector-${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Decodes the QR code as the screen shows it (a screenshot), with jsQR inside the page. */
async function decodeQr(page: Page): Promise<string | null> {
  const png = (await page.getByTestId("join-qr").screenshot()).toString("base64");
  await page.addScriptTag({ content: JSQR });
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext("2d");
    if (!g) return null;
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, img.width, img.height);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
  }, png);
}

describe("the projector runs the room", () => {
  it("shows a QR code of the join address, fills the seats, fits every screen, and summarises the round", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "full-forum" });
    const ctx = await context();
    await ctx.addInitScript(([c, k]) => localStorage.setItem(`normcraft:${c}:key`, k ?? ""), [code, facilitatorKey]);
    const chair = await ctx.newPage();
    const projector = await ctx.newPage();
    for (const p of [chair, projector]) p.on("pageerror", (e) => pageErrors.push(`${p.url()}: ${e.message}`));
    await chair.goto(`${base}/s/${code}`);
    await expect.poll(() => chair.getByTestId("you").textContent()).toContain("facilitator");
    // The console names the configured address and does not warn about localhost.
    expect(await chair.getByTestId("join-url").textContent()).toBe(`${PUBLIC_URL}/?code=${code}`);
    expect(await chair.getByTestId("join-local").count()).toBe(0);
    await projector.goto(`${base}/s/${code}/projector`);
    await expect.poll(() => projector.getByTestId("projector-code").textContent()).toBe(code);

    // The QR code, rendered on the page, decodes to the join address; the address is also written out.
    expect(await decodeQr(projector)).toBe(`${PUBLIC_URL}/?code=${code}`);
    expect(await projector.getByTestId("join-address").textContent()).toBe("192.168.50.7:2567");
    // No controls: no language menu, no button, no form field.
    expect(await projector.locator("select, button, input, textarea").count()).toBe(0);

    // Seats fill as people join.
    const ana = await server.join(code, { as: "player", name: "Ana" });
    const kiril = await server.join(code, { as: "player", name: "Kiril" });
    await until(ana, (c) => c.view);
    await until(kiril, (c) => c.view);
    await ana.act({ type: "seat.claim", seat: "VAL" });
    await kiril.act({ type: "seat.claim", seat: "KAR" });
    await expect.poll(() => projector.getByTestId("seats-filled").textContent()).toContain("2 of 19 seats taken");
    expect(await projector.locator('.proj-seats [data-seat="VAL"]').textContent()).toContain("Ana");
    expect(await seriousViolations(projector)).toEqual([]);
    await atEverySize(projector, "lobby");

    // The console's language reaches the projector, which has no menu of its own.
    await chair.getByTestId("language").selectOption("fr");
    await expect.poll(() => projector.getByTestId("stage").textContent()).toBe("Accueil");
    await chair.getByTestId("language").selectOption("en");
    await expect.poll(() => projector.getByTestId("stage").textContent()).toBe("Lobby");

    // The sound cue: off by default, turned on from the console; the projector plays it when a phase ends.
    expect(await chair.getByTestId("projector-sound").isChecked()).toBe(false);
    await chair.getByTestId("projector-sound").check();
    await projector.mouse.click(5, 5);
    await chair.getByTestId("start").click();
    await expect.poll(() => projector.getByTestId("stage").textContent()).toBe("Briefing");
    await expect.poll(() => projector.evaluate(() => document.body.dataset.cues ?? "0")).toBe("1");

    // In play: an accusation, a speaker, a proposal on the table.
    await chair.getByTestId("advance").click();
    await expect.poll(() => projector.getByTestId("stage").textContent()).toBe("Investigation & attribution");
    const inject = ana.view?.crisis.injects[0]?.id ?? "";
    expect(await ana.act({ type: "attribution.make", inject, accused: "KAR", confidence: "high", mode: "public", cosigners: [] })).toEqual({ ok: true });
    await chair.getByTestId("advance").click();
    await expect.poll(() => projector.getByTestId("stage").textContent()).toBe("Negotiation");
    expect(await ana.act({ type: "proposal.table", title: "No attacks on hospitals during a pandemic or any other time of crisis", text: "States should not attack hospitals." })).toEqual({ ok: true });
    await ana.act({ type: "floor.request" });
    await chair.getByTestId("floor-next").click();
    await expect.poll(() => projector.getByTestId("speaker").textContent()).toContain("Valdoria");
    await expect.poll(() => projector.locator("#chamber[data-ready=true]").count()).toBe(1);
    expect(await seriousViolations(projector)).toEqual([]);
    await atEverySize(projector, "negotiation");
    expect(Number(await projector.evaluate(() => document.body.dataset.cues ?? "0"))).toBeGreaterThanOrEqual(3);

    // Between rounds: the summary slide.
    for (const stage of ["Voting", "State practice", "Resolution"]) {
      await chair.getByTestId("advance").click();
      await expect.poll(() => projector.getByTestId("stage").textContent()).toBe(stage);
    }
    await expect.poll(() => projector.getByTestId("round-summary").count()).toBe(1);
    expect(await projector.getByTestId("round-summary").textContent()).toContain("Round 1 in review");
    expect(await projector.getByTestId("summary-attributions").textContent()).toContain("Valdoria accuses Karsk Federation");
    expect(await projector.getByTestId("escalation").textContent()).toMatch(/\d+ \/ 100/);
    expect(await seriousViolations(projector)).toEqual([]);
    await atEverySize(projector, "summary");
    expect(pageErrors).toEqual([]);
  });
});
