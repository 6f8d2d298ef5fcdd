// The walking skeleton through a real server and real SDK clients.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../client/src/net/connection.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

async function seatedSession() {
  const { code, facilitatorKey } = await server.create();
  const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
  const ana = await server.join(code, { as: "player", name: "Ana" });
  const bo = await server.join(code, { as: "player", name: "Bo" });
  for (const c of [chair, ana, bo]) await until(c, (x) => x.view);
  expect(await ana.act({ type: "seat.claim", seat: "VAL" })).toEqual({ ok: true });
  expect(await bo.act({ type: "seat.claim", seat: "MER" })).toEqual({ ok: true });
  return { code, chair, ana, bo };
}

const stageOf = (c: Connection) => c.view?.session.stage;

describe("the slice, end to end", () => {
  it("creates, seats, starts, tables, votes and shows the tally to everyone", async () => {
    const { chair, ana, bo } = await seatedSession();
    await until(chair, (c) => c.view?.seats.find((s) => s.id === "MER")?.players.length === 1);
    expect(chair.view?.seats.find((s) => s.id === "VAL")?.players).toEqual([{ id: expect.any(String), name: "Ana", connected: true, bot: false }]);

    expect(await chair.act({ type: "session.start" })).toEqual({ ok: true });
    await chair.act({ type: "phase.advance" });
    await chair.act({ type: "phase.advance" });
    await until(ana, (c) => stageOf(c) === "negotiation");
    expect(ana.view?.can.table).toEqual({ ok: true });

    expect(await ana.act({ type: "proposal.table", title: "Protect hospitals", text: "States refrain from attacks on health care." })).toEqual({ ok: true });
    await chair.act({ type: "phase.advance" });
    await until(bo, (c) => c.view?.question === "P1");
    expect(await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" })).toEqual({ ok: true });
    expect(await bo.act({ type: "vote.cast", proposal: "P1", choice: "abstain" })).toEqual({ ok: true });

    for (const c of [chair, ana, bo]) {
      const p = await until(c, (x) => x.view?.proposals.find((q) => q.id === "P1" && q.tally));
      expect(p.status).toBe("adopted");
      expect(p.tally).toMatchObject({ yes: 1, no: 0, abstain: 1, presentAndVoting: 1 });
    }
  });

  it("answers a malformed intent with a clear error and changes nothing", async () => {
    const { code, ana } = await seatedSession();
    const before = await server.store.entries(code);
    const raw = (ana as unknown as { act: (a: unknown) => Promise<unknown> }).act;
    const result = await raw.call(ana, { type: "proposal.table", title: "", text: 42 });
    expect(result).toMatchObject({ ok: false, code: "intent/invalid", message: expect.stringMatching(/action\.(title|text)/) });
    const unknown = await raw.call(ana, { type: "nuke.everything" });
    expect(unknown).toMatchObject({ ok: false, code: expect.stringMatching(/^intent\//) });
    expect(await server.store.entries(code)).toEqual(before);
    expect(ana.status).toBe("connected");
  });

  it("answers a well-formed but illegal intent with its typed code", async () => {
    const { ana } = await seatedSession();
    expect(await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" })).toMatchObject({ ok: false, code: "session/not-started" });
    expect(await ana.act({ type: "session.start" })).toMatchObject({ ok: false, code: "role/not-allowed" });
    expect(await ana.act({ type: "seat.claim", seat: "MER" })).toMatchObject({ ok: false, code: "seat/already-seated" });
  });

  it("keeps in the store exactly the accepted actions, in order", async () => {
    const { code, chair, ana } = await seatedSession();
    await chair.act({ type: "session.start" });
    await ana.act({ type: "proposal.table", title: "Too early", text: "Rejected: not negotiation yet." });
    await chair.act({ type: "phase.advance" });
    const log = await server.store.entries(code);
    expect(log.map((e) => [e.seq, e.action.type, e.actor.kind])).toEqual([
      [1, "player.join", "system"],
      [2, "player.join", "system"],
      [3, "seat.claim", "player"],
      [4, "seat.claim", "player"],
      [5, "session.start", "facilitator"],
      [6, "phase.advance", "facilitator"],
    ]);
  });

  it("refuses a wrong facilitator key, an unknown code and a spectator's action", async () => {
    const { code } = await server.create();
    await expect(server.join(code, { as: "facilitator", key: "x".repeat(32) })).rejects.toThrow(/facilitator key/);
    await expect(server.join("ZZZZZZ", { as: "spectator" })).rejects.toThrow();
    const watcher = await server.join(code, { as: "spectator" });
    await until(watcher, (c) => c.view);
    expect(await watcher.act({ type: "session.start" })).toMatchObject({ ok: false, code: "role/not-allowed" });
  });
});
