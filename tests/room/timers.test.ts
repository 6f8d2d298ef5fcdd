// The room's one timer: deadlines from the engine fire as system actions without anyone acting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, until, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe("deadlines", () => {
  it("a phase ends by itself at its deadline, and the client sees the next one", async () => {
    const { code, facilitatorKey } = await server.create();
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    await until(chair, (c) => c.view);
    await chair.act({ type: "session.start" });
    const briefing = await until(chair, (c) => c.view?.session.stage === "briefing" && c.view.session.deadline);
    server.advanceClock(briefing - Date.now() + 1);
    // any accepted action re-arms the timer against the moved clock
    expect(await chair.act({ type: "chair.broadcast", text: "Time is nearly up." })).toEqual({ ok: true });
    await until(chair, (c) => c.view?.session.stage === "investigation", 3000);
    const log = await server.store.entries(code);
    expect(log.at(-1)).toMatchObject({ action: { type: "phase.expire" }, actor: { kind: "system" } });
  });

  it("a paused session does not expire; resuming moves the deadline by the pause", async () => {
    const { code, facilitatorKey } = await server.create();
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    await until(chair, (c) => c.view);
    await chair.act({ type: "session.start" });
    const before = await until(chair, (c) => c.view?.session.deadline);
    expect(await chair.act({ type: "session.pause" })).toEqual({ ok: true });
    server.advanceClock(10 * 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(chair.view?.session.stage).toBe("briefing");
    expect(await chair.act({ type: "session.resume" })).toEqual({ ok: true });
    const after = await until(chair, (c) => c.view?.session.deadline !== before && c.view?.session.deadline);
    expect(after - before).toBeGreaterThanOrEqual(10 * 60_000);
    expect(chair.view?.session.stage).toBe("briefing");
  });
});
