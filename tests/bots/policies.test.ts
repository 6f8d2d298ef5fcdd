// Bot policies on their own: archetypes, evidence weighing, and what a bot will and will not do.
import { describe, expect, it } from "vitest";
import { ARCHETYPES, policyFor } from "../../shared/bots/archetypes.ts";
import { decide } from "../../shared/bots/decide.ts";
import { gradeWeight } from "../../shared/bots/evidence.ts";
import { playGame } from "../../shared/bots/play.ts";
import { botSelf } from "../../shared/bots/self.ts";
import { replay } from "../../shared/rules/engine.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import { viewFor } from "../../shared/view/view-for.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const standard = loadBuiltin("standard");

describe("archetype policies", () => {
  it("every archetype of the built-in scenarios gets a named policy, not the fallback", () => {
    for (const id of ["seminar", "standard", "full-forum"]) {
      const s = loadBuiltin(id);
      for (const seat of [...s.delegations, ...s.observers]) expect(policyFor(seat.archetype).name, `${id}: ${seat.archetype}`).not.toBe("delegation");
    }
  });

  it("cautious archetypes need more evidence than coalition leaders and frontline states", () => {
    const threshold = (name: string) => ARCHETYPES.find((a) => a.policy.name === name)?.policy.attributionThreshold ?? 0;
    expect(threshold("regional-bloc member")).toBeLessThan(threshold("non-aligned developing state"));
    expect(threshold("major cyber power")).toBeLessThan(threshold("state accused of harbouring criminals"));
  });

  it("better-graded evidence weighs more: A1 > B2 > E5, and F is 'cannot be judged', not worthless", () => {
    expect(gradeWeight("A1")).toBeGreaterThan(gradeWeight("B2"));
    expect(gradeWeight("B2")).toBeGreaterThan(gradeWeight("E5"));
    expect(gradeWeight("F6")).toBeGreaterThan(gradeWeight("E5"));
  });
});

describe("what bots do in a game", () => {
  const game = playGame(standard, 11);

  it("bots never accuse themselves or their own allies", () => {
    for (const s of game.state.crisis.statements) {
      const self = botSelf(standard, s.initiator);
      expect(s.accused).not.toBe(s.initiator);
      expect(self.allies).not.toContain(s.accused);
    }
  });

  it("a bot's seat votes at most once per question and only heads vote", () => {
    for (const p of game.state.proposals) {
      const seats = p.ballots.map((b) => b.seat);
      expect(new Set(seats).size).toBe(seats.length);
    }
  });

  it("the same seed gives the same game, move for move", () => {
    const again = playGame(standard, 11);
    expect(again.log).toEqual(game.log);
  });

  it("decide proposes nothing for a seat that is not its own, and nothing in the lobby", () => {
    const lobby = createInitialState(standard, 1);
    const view = viewFor(lobby, { kind: "spectator" }, { players: new Set(), facilitator: false }, 0);
    expect(decide({ view, self: botSelf(standard, "VAL"), rng: 1, done: new Set() }).moves).toEqual([]);
  });

  it("a lazy view reads exactly like the eager view the network gets", () => {
    const mid = replay(createInitialState(standard, 11), game.log.slice(0, Math.floor(game.log.length / 2)));
    const presence = { players: new Set(Object.keys(mid.players)), facilitator: true };
    for (const viewer of [{ kind: "player" as const, playerId: "bot-VAL" }, { kind: "facilitator" as const }, { kind: "spectator" as const }]) {
      const eager = viewFor(mid, viewer, presence, 5);
      const lazy = viewFor(mid, viewer, presence, 5, { lazyPermissions: true });
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(eager)));
    }
  });
});
