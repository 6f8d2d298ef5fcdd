// Sessions over a real server: reconnection, seat tokens, duplicate intents, rate limits,
// isolation between rooms, and recovery after a restart.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../client/src/net/connection.ts";
import { matchMaker } from "@colyseus/core";
import { ensureRoom } from "../../server/sessions/create-session.ts";
import { SqliteStore } from "../../server/store/sqlite-store.ts";
import { startServer, until, votingSession as votingSessionOn, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const votingSession = (s: TestServer = server) => votingSessionOn(s);

const rawIntent = (c: Connection, intentId: string, action: unknown) =>
  c.sdkRoom.request("intent", { intentId, action }).then(
    (v) => ({ ok: true as const, v }),
    (e: { reason?: unknown }) => ({ ok: false as const, reason: e.reason }),
  );

describe("reconnection and seat tokens", () => {
  it("a client whose socket drops mid-vote comes back to the same seat with its vote", async () => {
    const { ana } = await votingSession();
    await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    const before = ana.view?.me;
    ana.sdkRoom.connection.close(4010, "network lost");
    await until(ana, (c) => c.status === "reconnecting" || c.status === "connected");
    await until(ana, (c) => c.status === "connected" && c.view?.proposals[0]?.ballots.length === 1, 8000);
    expect(ana.view?.me).toEqual(before);
    expect(ana.view?.proposals[0]?.ballots).toEqual([{ seat: "VAL", choice: "yes" }]);
    expect(await ana.act({ type: "vote.cast", proposal: "P1", choice: "no" })).toMatchObject({ ok: false, code: "vote/already-cast" });
  });

  it("an action sent while the connection is down waits for it, then goes through once", async () => {
    const { ana } = await votingSession();
    ana.sdkRoom.connection.close(4010, "network lost");
    await until(ana, (c) => c.status === "reconnecting");
    const sent = ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    await until(ana, (c) => c.queued === 1);
    expect(await sent).toEqual({ ok: true });
    expect(ana.queued).toBe(0);
    expect(ana.view?.proposals[0]?.ballots).toEqual([{ seat: "VAL", choice: "yes" }]);
  });

  it("joins again by itself, with its seat token or key, when the session cannot be resumed", async () => {
    const { code, ana, chair } = await votingSession();
    await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    const me = ana.view?.me;
    // The room closes under everyone (as after a crash); the session stays stored and reopens.
    await matchMaker.getLocalRoomById(code).disconnect();
    await until(ana, (c) => c.status === "reconnecting");
    for (const c of [ana, chair]) await until(c, (x) => x.status === "connected" && x.view?.proposals[0]?.ballots.length === 1, 10_000);
    expect(ana.view?.me).toEqual(me);
    expect(chair.view?.me.kind).toBe("facilitator");
    expect(await ana.act({ type: "vote.cast", proposal: "P1", choice: "no" })).toMatchObject({ ok: false, code: "vote/already-cast" });
  });

  it("stops trying, with the reason, when a rejoin is refused for good", async () => {
    const { code, bo, chair } = await votingSession();
    const playerId = bo.welcome?.playerId ?? "";
    expect(await chair.act({ type: "chair.remove", playerId })).toEqual({ ok: true });
    await until(bo, (c) => c.status === "closed", 10_000);
    expect(bo.closedReason?.code).toBe("player/removed");
    expect(await bo.act({ type: "floor.request" })).toMatchObject({ ok: false, code: "network/closed" });
    expect((await server.store.getSession(code))?.code).toBe(code);
  });

  it("reloading with the seat token restores the same player, seat and rights", async () => {
    const { code, ana } = await votingSession();
    const token = ana.welcome?.token ?? "";
    const playerId = ana.welcome?.playerId;
    expect(token.length).toBeGreaterThan(16);
    ana.leave();
    const again = await server.join(code, { as: "returning", token });
    await until(again, (c) => c.view);
    expect(again.welcome?.token).toBeUndefined();
    expect(again.view?.me).toMatchObject({ kind: "player", playerId, seat: "VAL", isHead: true });
    expect(await again.act({ type: "vote.cast", proposal: "P1", choice: "abstain" })).toEqual({ ok: true });
  });

  it("a second tab with the same seat token works alongside the first", async () => {
    const { code, ana, chair } = await votingSession();
    const second = await server.join(code, { as: "returning", token: ana.welcome?.token ?? "" });
    await until(second, (c) => c.view);
    expect(second.view?.me).toEqual(ana.view?.me);
    expect(await second.act({ type: "vote.cast", proposal: "P1", choice: "yes" })).toEqual({ ok: true });
    await until(ana, (c) => c.view?.proposals[0]?.ballots.some((b) => b.seat === "VAL"));
    second.leave();
    // the player is still connected through the first tab
    await until(chair, (c) => c.view?.seats.find((s) => s.id === "VAL")?.players[0]?.connected === true);
  });

  it("refuses an unknown token with a clear reason", async () => {
    const { code } = await server.create();
    await expect(server.join(code, { as: "returning", token: "not-a-real-token-at-all" })).rejects.toThrow(/seat token is not valid/);
  });
});

describe("every intent answered once", () => {
  it("a repeated intent id gets the first answer and is applied once", async () => {
    const { code, ana } = await votingSession();
    const before = (await server.store.entries(code)).length;
    const first = await rawIntent(ana, "same-id-1", { type: "vote.cast", proposal: "P1", choice: "yes" });
    const repeat = await rawIntent(ana, "same-id-1", { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(first).toEqual({ ok: true, v: { ok: true, seq: before + 1 } });
    expect(repeat).toEqual(first);
    expect((await server.store.entries(code)).length).toBe(before + 1);
  });

  it("a flood is answered with rate/limited, not silence", async () => {
    const { ana } = await votingSession();
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) => rawIntent(ana, `flood-${i}`, { type: "seat.claim", seat: "TAM" })),
    );
    const codes = answers.map((a) => (a.ok ? "ok" : (a.reason as { code: string }).code));
    expect(codes).toContain("rate/limited");
    expect(codes).toContain("seat/already-seated");
    expect(codes.every((c) => c === "rate/limited" || c === "seat/already-seated")).toBe(true);
  });

  it("an oversize payload is rejected with intent/too-large", async () => {
    const { ana } = await votingSession();
    const answer = await rawIntent(ana, "big-1", { type: "proposal.table", title: "x", text: "y".repeat(20_000) });
    expect(answer).toMatchObject({ ok: false, reason: { code: "intent/too-large" } });
  });
});

describe("isolation", () => {
  it("two rooms in one process never see each other's traffic", async () => {
    const a = await votingSession();
    const b = await votingSession();
    const seenByB: string[] = [];
    b.ana.sdkRoom.onMessage("*", (type) => seenByB.push(String(type)));
    await a.ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    await until(a.bo, (c) => c.view?.proposals[0]?.ballots.length === 1);
    await new Promise((r) => setTimeout(r, 150));
    expect(seenByB).toEqual([]);
    expect(b.bo.view?.proposals[0]?.ballots).toEqual([]);
  });
});

describe("every role is answered", () => {
  it("bad payloads and illegal actions from each role get typed codes and change nothing", async () => {
    const { code, chair, ana } = await votingSession();
    const watcher = await server.join(code, { as: "spectator" });
    await until(watcher, (c) => c.view);
    const before = (await server.store.entries(code)).length;
    for (const [who, conn] of [["facilitator", chair], ["delegate", ana], ["spectator", watcher]] as const) {
      const malformed = await rawIntent(conn, `bad-${who}`, { type: "vote.cast", proposal: 7 });
      expect(malformed, who).toMatchObject({ ok: false, reason: { code: "intent/invalid", message: expect.stringContaining("action.proposal") } });
      const unknown = await rawIntent(conn, `unknown-${who}`, { type: "launch.missiles" });
      expect(unknown, who).toMatchObject({ ok: false, reason: { code: expect.stringMatching(/^intent\//) } });
      const noId = await conn.sdkRoom.request("intent", { action: { type: "session.start" } }).catch((e: { reason?: unknown }) => e.reason);
      expect(noId, who).toMatchObject({ code: "intent/invalid", message: expect.stringContaining("intentId") });
    }
    expect(await chair.act({ type: "vote.cast", proposal: "P1", choice: "yes" })).toMatchObject({ ok: false, code: expect.stringMatching(/^role\//) });
    expect(await ana.act({ type: "session.end" })).toMatchObject({ ok: false, code: "role/not-allowed" });
    expect(await ana.act({ type: "practice.choose", response: "restraint" })).toMatchObject({ ok: false, code: "phase/not-allowed" });
    expect(await watcher.act({ type: "floor.request" })).toMatchObject({ ok: false, code: "role/not-allowed" });
    expect((await server.store.entries(code)).length).toBe(before);
    for (const conn of [chair, ana, watcher]) expect(conn.status).toBe("connected");
  });
});

// Runs last: a second server in this process re-registers the room type with its own store.
describe("recovery", () => {
  it("a server restart reopens unfinished sessions and players return to their seats", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "normcraft-restart-")), "db.sqlite");
    const first = await startServer({ store: new SqliteStore(file) });
    const { code, ana } = await votingSession(first);
    await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    const token = ana.welcome?.token ?? "";
    await first.close();

    const second = await startServer({ store: new SqliteStore(file) });
    try {
      expect(await second.store.unfinished()).toContain(code);
      expect(await ensureRoom(code, second.store)).toBe(true);
      const back = await second.join(code, { as: "returning", token });
      const view = await until(back, (c) => c.view);
      expect(view.me).toMatchObject({ kind: "player", seat: "VAL", isHead: true });
      expect(view.session.stage).toBe("voting");
      expect(view.proposals[0]?.ballots).toEqual([{ seat: "VAL", choice: "yes" }]);
    } finally {
      await second.close();
    }
  });
});
