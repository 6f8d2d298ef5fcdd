// Bots in live rooms: one person plays with bots in every other seat to the end, and the
// facilitator hands a seat to a bot and takes it back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../client/src/net/connection.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, until, votingSession, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ scenarios: [loadBuiltin("seminar"), loadBuiltin("quickstart")], botDelayMs: 2 });
});
afterAll(async () => {
  await server?.close();
});

/** Resolves once the session's journal has not grown for `quietMs`. */
async function settle(c: Connection, quietMs = 250): Promise<void> {
  let last = -1;
  for (let i = 0; i < 200; i++) {
    const seq = c.view?.journal.at(-1)?.seq ?? 0;
    if (seq === last) return;
    last = seq;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

describe("bots in a live room", () => {
  it("one person and bots in every other seat play the seminar scenario to the end", async () => {
    const scenario = loadBuiltin("seminar");
    const others = [...scenario.delegations.slice(1), ...scenario.observers].map((s) => s.id);
    const mine = scenario.delegations[0]?.id ?? "";
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar", options: { bots: others } });
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    const me = await server.join(code, { as: "player", name: "Ana" });
    await until(me, (c) => c.view);
    expect(await me.act({ type: "seat.claim", seat: mine })).toEqual({ ok: true });
    // everyone sees which seats bots play
    const seats = (await until(me, (c) => c.view)).seats;
    expect(seats.filter((s) => s.autopilot).map((s) => s.id).sort()).toEqual([...others].sort());
    expect(seats.find((s) => s.id === others[0])?.players).toEqual([expect.objectContaining({ bot: true, connected: true })]);

    await chair.act({ type: "session.start" });
    for (let step = 0; step < 40 && me.view?.session.stage !== "ended"; step++) {
      await settle(me);
      const v = me.view;
      if (v?.session.stage === "voting" && v.can.vote.ok && v.question) await me.act({ type: "vote.cast", proposal: v.question, choice: "yes" });
      if (v?.session.stage === "state-practice" && v.can.choosePractice.ok) await me.act({ type: "practice.choose", response: "restraint" });
      await settle(me, 100);
      await chair.act({ type: "phase.advance" });
    }
    const end = await until(me, (c) => c.view?.session.stage === "ended" && c.view);
    const log = await server.store.entries(code);
    const botMoves = log.filter((e) => e.actor.kind === "player" && e.actor.playerId.startsWith("bot-"));
    // the bots really played: they voted, chose their practice and more
    const kinds = new Set(botMoves.map((e) => e.action.type));
    expect([...kinds]).toEqual(expect.arrayContaining(["vote.cast", "practice.choose", "floor.request"]));
    expect(botMoves.length).toBeGreaterThan(30);
    expect(end.crisis.scores?.length).toBeGreaterThan(0);
  }, 120_000);

  it("the facilitator hands a seat to a bot mid-game and takes it back", async () => {
    const { chair, ana, bo } = await votingSession(server, "Hotline", "A crisis hotline between capitals.");
    await until(bo, (c) => c.view?.question === "P1");
    // Bo's laptop dies: the bot takes over Meridia and votes for it.
    bo.leave();
    expect(await chair.act({ type: "seat.autopilot", seat: "MER", on: true })).toEqual({ ok: true });
    await ana.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    const decided = await until(ana, (c) => c.view?.proposals[0]?.tally && c.view.proposals[0]);
    expect(decided.ballots.map((b) => b.seat).sort()).toEqual(["MER", "VAL"]);
    // Bo is back: the seat returns to its head.
    expect(await chair.act({ type: "seat.autopilot", seat: "MER", on: false })).toEqual({ ok: true });
    const back = await until(ana, (c) => c.view?.seats.find((s) => s.id === "MER" && !s.autopilot));
    expect(back.head).toBe("Bo");
  }, 30_000);
});
