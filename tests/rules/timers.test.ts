import { describe, expect, it } from "vitest";
import { pendingTimers } from "../../shared/rules/timers.ts";
import { FACILITATOR, Game, player } from "../helpers/game.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const scenario = loadBuiltin("quickstart");

describe("pending timers", () => {
  it("T1: nothing is due in the lobby; a started phase owes its phase.expire at the deadline", () => {
    const g = new Game(scenario).seat("ana", "VAL");
    expect(pendingTimers(g.state)).toEqual([]);
    g.do(FACILITATOR, { type: "session.start" });
    expect(pendingTimers(g.state)).toEqual([{ at: g.state.deadline, action: { type: "phase.expire" } }]);
  });

  it("T2: a speaker's deadline comes before the phase's, and a pause owes nothing", () => {
    const g = new Game(scenario).seat("ana", "VAL").do(FACILITATOR, { type: "session.start" }).advanceTo("negotiation");
    g.do(player("ana"), { type: "floor.request" });
    g.do(FACILITATOR, { type: "floor.give", seat: "VAL" });
    const timers = pendingTimers(g.state);
    expect(timers.map((t) => t.action.type)).toEqual(["floor.expire", "phase.expire"]);
    expect(timers[0]?.at).toBe(g.state.floor.speaker?.deadline);
    g.do(FACILITATOR, { type: "session.pause" });
    expect(pendingTimers(g.state)).toEqual([]);
  });
});
