// E8 Handlers check before they change anything: running an action's handler on the state itself
// (frozen all through, so its first change stops it) gives the same verdict as the engine's full
// judgement, for every action tried in seeded random play of every built-in scenario. Views rely
// on it to judge permissions cheaply (shared/view/rights.ts).
import { describe, expect, it } from "vitest";
import { apply, check, refusalBeforeChange } from "../../shared/rules/engine.ts";
import { nextFloat, type RngState } from "../../shared/rules/rng.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import { GENERATORS } from "../helpers/random-actions.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => deeplyFrozen(v, seen));
}

describe("handlers check before they change", () => {
  for (const id of ["quickstart", "seminar", "standard", "full-forum"]) {
    it(`E8/E7: the verdict before any change equals the engine's for every action tried, on states frozen all through (${id})`, () => {
      const scenario = loadBuiltin(id);
      let tried = 0;
      let refused = 0;
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        let state: GameState = createInitialState(scenario, seed);
        let rng: RngState = seed * 7919;
        const pick = <T,>(items: readonly T[]): T | undefined => {
          const [v, next] = nextFloat(rng);
          rng = next;
          return items.length === 0 ? undefined : items[Math.floor(v * items.length)];
        };
        let n = 0;
        for (const seat of [...scenario.delegations, ...scenario.observers].map((s) => s.id)) {
          const playerId = `p${++n}`;
          for (const [actor, action] of [
            [{ kind: "system" }, { type: "player.join", playerId, name: playerId }],
            [{ kind: "player", playerId }, { type: "seat.claim", seat }],
          ] as const) {
            const r = apply(state, action, { actor, now: 1 });
            if (r.ok) state = r.state;
          }
        }
        const started = apply(state, { type: "session.start" }, { actor: { kind: "facilitator" }, now: 1 });
        if (started.ok) state = started.state;
        let now = 1_000_000;
        for (let step = 0; step < 600 && state.stage !== "ended"; step++) {
          now += 3000;
          const c = pick(step % 25 === 0 ? [{ actor: { kind: "facilitator" as const }, action: { type: "phase.advance" as const } }] : GENERATORS.flatMap((g) => g(state, pick)));
          if (!c) continue;
          const ctx = { actor: c.actor, now };
          const early = refusalBeforeChange(state, c.action, ctx);
          const full = check(state, c.action, ctx);
          expect(early?.code ?? "accepted", `${c.action.type} by ${JSON.stringify(c.actor)}`).toBe(full?.code ?? "accepted");
          expect(early?.message).toBe(full?.message);
          tried++;
          if (full) refused++;
          const r = apply(state, c.action, ctx);
          if (r.ok) state = r.state;
        }
        // E7 The engine's states are frozen all through: a handler run on one can change nothing.
        expect(deeplyFrozen(state)).toBe(true);
      }
      expect(tried).toBeGreaterThan(700);
      expect(refused).toBeGreaterThan(100);
      expect(tried - refused).toBeGreaterThan(100);
    }, 60_000);
  }
});
