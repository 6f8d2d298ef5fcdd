// Creating and finding sessions over HTTP, with options, uploads and passcodes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { replay } from "../../shared/rules/engine.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startServer();
  base = `http://localhost:${server.port}/api`;
});
afterAll(async () => {
  await server?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("creating a session over HTTP", () => {
  it("returns a six-character code from the unambiguous alphabet and a facilitator key", async () => {
    const res = await post("/sessions", { scenarioId: "quickstart" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { code: string; facilitatorKey: string };
    expect(body.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(body.facilitatorKey.length).toBeGreaterThanOrEqual(32);
    const stored = await server.store.getSession(body.code);
    expect(stored?.facilitatorKeyHash).not.toContain(body.facilitatorKey);
  });

  it("applies the creator's seat plan: closed seats refuse players, bot seats are played", async () => {
    const res = await post("/sessions", { scenarioId: "quickstart", options: { closedSeats: ["TAM"], bots: ["MER"] } });
    const { code } = (await res.json()) as { code: string };
    const zoe = await server.join(code, { as: "player", name: "Zoe" });
    const view = await until(zoe, (c) => c.view);
    expect(view.seats.map((s) => [s.id, s.closed, s.autopilot])).toEqual([["VAL", false, false], ["MER", false, true], ["TAM", true, false]]);
    expect(await zoe.act({ type: "seat.claim", seat: "TAM" })).toMatchObject({ ok: false, code: "seat/closed" });
    const bad = await post("/sessions", { scenarioId: "quickstart", options: { closedSeats: ["ZZZ"] } });
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/options\.closedSeats: "ZZZ"/);
  });

  it("applies the facilitator's options over the scenario's forum settings", async () => {
    const res = await post("/sessions", { scenarioId: "quickstart", options: { decisionRule: "two-thirds", votingMode: "secret", timers: { negotiation: 900 } } });
    const { code, facilitatorKey } = (await res.json()) as { code: string; facilitatorKey: string };
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    const view = await until(chair, (c) => c.view);
    expect(view.session).toMatchObject({ decisionRule: "two-thirds", votingMode: "secret" });
    expect((await server.store.getSession(code))?.scenario.forum.timers.negotiation).toBe(900);
  });

  it("rejects an invalid upload with every problem and creates nothing", async () => {
    const before = (await server.store.unfinished()).length;
    const res = await post("/sessions", { scenarioSource: "schemaVersion: 1\nid: broken\ntitle: Broken\n" });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe("scenario/invalid");
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["summary", "forum", "delegations"]));
    expect((await server.store.unfinished()).length).toBe(before);
  });

  it("names the problem with a request: unknown scenario, missing scenario, bad options", async () => {
    expect((await post("/sessions", { scenarioId: "nope" })).status).toBe(404);
    const missing = await post("/sessions", {});
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/scenario/);
    const bad = await post("/sessions", { scenarioId: "quickstart", options: { decisionRule: "unanimity" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/options\.decisionRule/);
  });
});

describe("finding and joining a session", () => {
  it("an unknown code is a 404 with a readable message", async () => {
    const res = await fetch(`${base}/sessions/ZZZZZZ`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "join/unknown-code", message: expect.stringContaining("ZZZZZZ") } });
  });

  it("a look-up accepts lower case and spaces in the code", async () => {
    const { code } = await server.create();
    const res = await fetch(`${base}/sessions/${code.toLowerCase().slice(0, 3)}%20${code.toLowerCase().slice(3)}`);
    expect(((await res.json()) as { code: string }).code).toBe(code);
  });

  it("a passcode is required, checked, and then lets players in", async () => {
    const { code } = await server.create({ scenarioId: "quickstart", passcode: "owl-7731" });
    expect(((await (await fetch(`${base}/sessions/${code}`)).json()) as { needsPasscode: boolean }).needsPasscode).toBe(true);
    await expect(server.join(code, { as: "player", name: "Eve" })).rejects.toThrow(/needs a passcode/);
    await expect(server.join(code, { as: "player", name: "Eve", passcode: "owl-0000" })).rejects.toThrow(/Wrong passcode/);
    const ok = await server.join(code, { as: "player", name: "Eve", passcode: "owl-7731" });
    expect((await until(ok, (c) => c.view)).me).toMatchObject({ kind: "player", name: "Eve" });
  });

  it("serves health and the scenario list", async () => {
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ ok: true, protocol: PROTOCOL_VERSION });
    const list = (await (await fetch(`${base}/scenarios`)).json()) as { scenarios: { id: string; delegations: number }[] };
    expect(list.scenarios).toEqual([expect.objectContaining({ id: "quickstart", delegations: 3 })]);
  });
});

describe("the facilitator's control of who is in", () => {
  it("a locked session refuses newcomers but lets its players back in; a removed player's token stops working", async () => {
    const { code, facilitatorKey } = await server.create();
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    const eve = await server.join(code, { as: "player", name: "Eve" });
    await until(eve, (c) => c.view && c.welcome);
    const token = eve.welcome?.token ?? "";
    expect(await chair.act({ type: "session.lock", locked: true })).toEqual({ ok: true });
    await until(chair, (c) => c.view?.session.locked);
    await expect(server.join(code, { as: "player", name: "Late" })).rejects.toThrow(/closed this session to newcomers/);
    eve.leave();
    const back = await server.join(code, { as: "returning", token });
    await until(back, (c) => c.view);
    const playerId = back.welcome?.playerId ?? "";
    expect(await chair.act({ type: "chair.remove", playerId })).toEqual({ ok: true });
    await until(back, (c) => c.status === "closed");
    await expect(server.join(code, { as: "returning", token })).rejects.toThrow(/removed you/);
    expect(await chair.act({ type: "session.lock", locked: false })).toEqual({ ok: true });
    const late = await server.join(code, { as: "player", name: "Late" });
    expect((await until(late, (c) => c.view)).me).toMatchObject({ name: "Late" });
  });
});

describe("a session's record", () => {
  it("the facilitator downloads the whole record, and folding its log reproduces the session", async () => {
    const { code, facilitatorKey } = await server.create();
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    const ana = await server.join(code, { as: "player", name: "Ana" });
    await until(ana, (c) => c.view);
    await ana.act({ type: "seat.claim", seat: "VAL" });
    await chair.act({ type: "session.start" });
    const view = await until(chair, (c) => c.view?.session.stage === "briefing" && c.view);

    const refused = await fetch(`${base}/sessions/${code}/record`, { headers: { "x-facilitator-key": "wrong-key-wrong-key" } });
    expect(refused.status).toBe(403);
    const res = await fetch(`${base}/sessions/${code}/record`, { headers: { "x-facilitator-key": facilitatorKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`normcraft-${code}.json`);
    const record = (await res.json()) as { seed: number; scenario: Scenario; log: { action: Action; actor: Actor; at: number }[] };
    expect(record.log.map((e) => e.action.type)).toEqual(["player.join", "seat.claim", "session.start"]);
    const state = replay(createInitialState(record.scenario, record.seed), record.log.map((e) => ({ action: e.action, ctx: { actor: e.actor, now: e.at } })));
    expect(state.stage).toBe("briefing");
    expect(state.deadline).toBe(view.session.deadline);
  });
});

describe("what the lobby and the console are told", () => {
  it("join refusals carry their code; the scenario list carries seats; views carry actors, the schedule and seat controls", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "quickstart", passcode: "heron-55" });
    const refused = await server.join(code, { as: "player", name: "Eve", passcode: "nope-nope" }).catch((e: Error) => e.message);
    expect(refused).toMatch(/^join\/wrong-passcode: Wrong passcode/);
    const list = (await (await fetch(`${base}/scenarios`)).json()) as { scenarios: { id: string; seats: { id: string; kind: string }[] }[] };
    expect(list.scenarios[0]?.seats.map((s) => s.id)).toEqual(["VAL", "MER", "TAM"]);
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    const view = await until(chair, (c) => c.view);
    expect(view.can).toMatchObject({ autopilot: { ok: true }, closeSeat: { ok: true }, lock: { ok: true } });
    expect(view.actors).toEqual([]);
    expect(view.crisis.schedule).toEqual([]);
  });
});
