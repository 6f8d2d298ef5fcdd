import { describe, expect, it } from "vitest";
import { createInitialState } from "../../shared/rules/state.ts";
import { viewFor } from "../../shared/view/view-for.ts";
import { FACILITATOR, Game } from "../helpers/game.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const seminar = loadBuiltin("seminar");
const presence = { players: new Set<string>(), facilitator: true };

describe("what views carry besides the game", () => {
  it("D4: everyone sees the actors that hold no seat, by name", () => {
    const v = viewFor(createInitialState(seminar), { kind: "spectator" }, presence, 0);
    expect(v.actors.map((a) => a.id)).toEqual(seminar.actors.map((a) => a.id));
    expect(v.actors.every((a) => a.name.length > 0)).toBe(true);
  });

  it("D4: only the facilitator sees the inject schedule, which marks what has fired", () => {
    const g = new Game(seminar).seat("ana", "VAL").do(FACILITATOR, { type: "session.start" });
    const chair = viewFor(g.state, { kind: "facilitator" }, presence, 0).crisis.schedule;
    expect(chair.map((x) => [x.id, x.round, x.fired])).toEqual([
      ["code-grey", 1, true],
      ["borrowed-colours", 2, false],
    ]);
    expect(viewFor(g.state, { kind: "player", playerId: "ana" }, presence, 0).crisis.schedule).toEqual([]);
    expect(viewFor(g.state, { kind: "spectator" }, presence, 0).crisis.schedule).toEqual([]);
  });
});
