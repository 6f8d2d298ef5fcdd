// What goes over the wire: each client's raw bytes hold its own secrets and no one else's.
// The recorder must load before the SDK does.
import { wire } from "../helpers/wire-recorder.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bringToVote, startServer, until, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  wire.uninstall();
});

describe("secrecy on the wire", () => {
  it("keys, seat tokens and secret ballots reach only their owners", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "quickstart", options: { votingMode: "secret" } });
    wire.label("chair");
    const chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    wire.label("ana");
    const ana = await server.join(code, { as: "player", name: "Ana" });
    wire.label("bo");
    const bo = await server.join(code, { as: "player", name: "Bo" });
    wire.label("cy");
    const cy = await server.join(code, { as: "player", name: "Cy" });
    wire.label("spectator");
    const spectator = await server.join(code, { as: "spectator" });
    for (const c of [chair, ana, bo, cy, spectator]) await until(c, (x) => x.view && x.welcome);

    await ana.act({ type: "seat.claim", seat: "VAL" });
    await bo.act({ type: "seat.claim", seat: "MER" });
    await cy.act({ type: "seat.claim", seat: "TAM" });
    await bringToVote(chair, ana, "Reporting channel", "An incident-reporting channel between CERTs.");
    await ana.act({ type: "vote.cast", proposal: "P1", choice: "no" });
    await bo.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    await cy.act({ type: "vote.cast", proposal: "P1", choice: "yes" });
    for (const c of [chair, ana, bo, cy, spectator]) await until(c, (x) => x.view?.proposals[0]?.tally);

    const tokens = { ana: ana.welcome?.token ?? "", bo: bo.welcome?.token ?? "", cy: cy.welcome?.token ?? "" };
    expect(Object.values(tokens).every((t) => t.length > 16)).toBe(true);

    // The facilitator key never goes back over the wire, not even to the facilitator.
    for (const label of ["chair", "ana", "bo", "cy", "spectator"]) expect(wire.leaks(label, [facilitatorKey])).toEqual([]);
    // Each seat token reaches its owner and nobody else.
    for (const [owner, token] of Object.entries(tokens)) {
      for (const label of ["chair", "ana", "bo", "cy", "spectator"]) {
        expect(wire.leaks(label, [token]), `${owner}'s token seen by ${label}`).toEqual(label === owner ? [token] : []);
      }
    }
    // Secret ballot: the others see that Valdoria voted, never how; the facilitator sees the choice.
    const anaBallot = (c: typeof chair) => c.view?.proposals[0]?.ballots.find((b) => b.seat === "VAL");
    expect(anaBallot(bo)).toEqual({ seat: "VAL", choice: null });
    expect(anaBallot(spectator)).toEqual({ seat: "VAL", choice: null });
    expect(anaBallot(ana)).toEqual({ seat: "VAL", choice: "no" });
    expect(anaBallot(chair)).toEqual({ seat: "VAL", choice: "no" });
    // Views flow to every role; the recorder saw real traffic.
    for (const size of Object.values(wire.sizes())) expect(size).toBeGreaterThan(1000);
  });
});
