// The chamber in real Chromium, through a scripted round of the seminar: at each step, what the
// canvas recorded drawing (its items' keys) is exactly what the DOM description lists, and the
// items expected at that step are there — the speaker's ring, a joint and a private attribution
// graded by confidence, a coalition link counting two pledges, a proposal card with its sponsors,
// ballots revealed seat by seat, the norm board and the escalation. The description is axe-clean,
// reduced motion is honoured, and the loop sleeps when nothing moves. Screenshots to artifacts/e2e/.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../client/src/net/connection.ts";
import { seriousViolations } from "../helpers/axe.ts";
import { launchChromium } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { canvasPage } from "../helpers/e2e-pages.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

const ARTIFACTS = resolve(import.meta.dirname, "../../artifacts/e2e");
let server: TestServer;
let browser: Browser;
let base = "";
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ clientDist: await buildClient(), scenarios: [loadBuiltin("seminar")] });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The keys the canvas recorded drawing, and the keys of the DOM description. */
function keys(page: Page): Promise<{ drawn: string[]; dom: string[] }> {
  return page.evaluate(() => ({
    drawn: (document.querySelector<HTMLCanvasElement>("#chamber canvas")?.dataset.drawn ?? "").split(" ").filter(Boolean).sort(),
    dom: [...document.querySelectorAll<HTMLElement>("#chamber-words li")].map((li) => li.dataset.key ?? "").sort(),
  }));
}

/** Waits until the canvas and the words agree, then checks the items expected now are among them. */
async function agree(page: Page, step: string, expected: (string | RegExp)[]) {
  await expect.poll(async () => {
    const k = await keys(page);
    return k.drawn.length > 0 && k.drawn.join(" ") === k.dom.join(" ") ? "same" : `drawn: ${k.drawn.join(" ")}\nwords: ${k.dom.join(" ")}`;
  }, { message: step }).toBe("same");
  const { dom } = await keys(page);
  for (const e of expected) expect(dom.some((k) => (typeof e === "string" ? k === e : e.test(k))), `${step}: ${String(e)} in ${dom.join(" ")}`).toBe(true);
  await page.locator("#chamber").screenshot({ path: `${ARTIFACTS}/chamber-${step}.png` });
}

async function player(code: string, name: string, seat: string): Promise<Connection> {
  const c = await server.join(code, { as: "player", name });
  await until(c, (x) => x.view);
  expect(await c.act({ type: "seat.claim", seat })).toEqual({ ok: true });
  return c;
}

describe("the chamber", () => {
  it("draws exactly what its description says, step by step through a round", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    await until(chair, (c) => c.view);
    const val = await player(code, "Ana", "VAL");
    const kar = await player(code, "Kiril", "KAR");
    const mer = await player(code, "Mei", "MER");
    // The facilitator's console sees everything, the private démarche included.
    const page = await canvasPage(browser, pageErrors, { viewport: { width: 1280, height: 800 } });
    await page.context().addInitScript(([c, k]) => localStorage.setItem(`normcraft:${c}:key`, k ?? ""), [code, facilitatorKey]);
    await page.goto(`${base}/s/${code}`);
    await page.locator("#chamber[data-ready=true]").waitFor();
    await agree(page, "lobby", ["seat:VAL:on", "seat:KAR:on", "seat:MER:on", /^seat:ALP:empty/]);

    // Briefing: Valdoria takes the floor; its speaking time is a ring.
    await chair.act({ type: "session.start" });
    await val.act({ type: "floor.request" });
    await mer.act({ type: "floor.request" });
    await chair.act({ type: "floor.next" });
    await agree(page, "speaker", ["speaker:VAL", "seat:MER:on:q1", /^escalation:\d+$/]);
    expect(await page.getByTestId("chamber-words").textContent()).toMatch(/Valdoria has the floor: \d+:\d\d left/);

    // Investigation: a joint attribution with high confidence, a private démarche with low.
    await chair.act({ type: "phase.advance" });
    const inject = val.view?.crisis.injects[0]?.id ?? "";
    expect(await val.act({ type: "attribution.make", inject, accused: "KAR", confidence: "high", mode: "joint", cosigners: ["MER"] })).toEqual({ ok: true });
    await until(mer, (c) => c.view?.crisis.statements.find((s) => s.status === "pending"));
    const pending = mer.view?.crisis.statements.find((s) => s.status === "pending")?.id ?? "";
    expect(await mer.act({ type: "attribution.answer", statement: pending, accept: true })).toEqual({ ok: true });
    expect(await kar.act({ type: "attribution.make", inject, accused: "VAL", confidence: "low", mode: "private", cosigners: [] })).toEqual({ ok: true });
    await agree(page, "attributions", [/^attribution:.*:VAL,MER>KAR:joint:high$/, /^attribution:.*:KAR>VAL:private:low$/]);

    // Negotiation: two pledges shared by Valdoria and Meridia; a proposal sponsored by both.
    await chair.act({ type: "phase.advance" });
    for (const text of ["Restraint this round.", "Help for the victim."]) {
      expect(await val.act({ type: "pledge.make", text, commitment: { kind: "restraint" } })).toEqual({ ok: true });
      const id = val.view?.crisis.pledges.at(-1)?.id ?? "";
      expect(await mer.act({ type: "pledge.join", pledge: id })).toEqual({ ok: true });
    }
    expect(await val.act({ type: "proposal.table", title: "No safe haven for ransomware", text: "States should not let ransomware groups operate from their territory.", subject: { kind: "norm-adoption", norm: "N-ransomware" } })).toEqual({ ok: true });
    expect(await mer.act({ type: "proposal.cosponsor", proposal: "P1", join: true })).toEqual({ ok: true });
    await agree(page, "negotiation", ["coalition:MER+VAL:2", "proposal:P1:tabled:VAL,MER"]);

    // Voting: ballots appear seat by seat.
    await chair.act({ type: "phase.advance" });
    await val.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    await kar.act({ type: "vote.cast", proposal: "P1", choice: "no" });
    await agree(page, "ballots", ["ballot:VAL:yes", "ballot:KAR:no", "proposal:P1:voting:VAL,MER"]);
    expect(await page.getByTestId("chamber-words").textContent()).toContain("Karsk Federation voted No");
    await mer.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    await agree(page, "decided", ["proposal:P1:adopted:VAL,MER", /^norm:N-ransomware:\d+:emergence$/]);

    // Resolution: the norm board and the room's light follow the engine.
    await chair.act({ type: "phase.advance" });
    await chair.act({ type: "phase.advance" });
    await until(val, (c) => c.view?.session.stage === "resolution");
    await agree(page, "resolution", [/^norm:N-ransomware:\d+:(emergence|cascade|internalized)$/, /^escalation:\d+$/]);
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing moves now: the loop sleeps.
    await expect.poll(() => page.locator("#chamber canvas").getAttribute("data-loop")).toBe("asleep");
    expect(pageErrors).toEqual([]);
  });

  it("honours reduced motion: ballots appear at once and the loop sleeps at once", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    await until(chair, (c) => c.view);
    const val = await player(code, "Ana", "VAL");
    await player(code, "Kiril", "KAR");
    const page = await canvasPage(browser, pageErrors, { viewport: { width: 1024, height: 768 }, reducedMotion: "reduce" });
    await page.goto(`${base}/s/${code}?watch`);
    await page.locator("#chamber[data-ready=true]").waitFor();
    await chair.act({ type: "session.start" });
    for (let i = 0; i < 2; i++) await chair.act({ type: "phase.advance" });
    await val.act({ type: "proposal.table", title: "Points of contact", text: "A directory." });
    await chair.act({ type: "phase.advance" });
    await val.act({ type: "vote.cast", proposal: "P1", choice: "abstain" });
    await agree(page, "reduced-motion", ["ballot:VAL:abstain"]);
    await expect.poll(() => page.locator("#chamber canvas").getAttribute("data-loop")).toBe("asleep");
    expect(pageErrors).toEqual([]);
  });
});
