// Plays a session with seeded random actions, legal or not, through the real engine.
// Each generator in random-actions.ts proposes candidate actions for the current state.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { apply, type Ctx } from "../../shared/rules/engine.ts";
import { nextFloat, type RngState } from "../../shared/rules/rng.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { GENERATORS } from "./random-actions.ts";

export type Candidate = { actor: Actor; action: Action };
export type Pick = <T>(items: readonly T[]) => T | undefined;

export type PlayResult = {
  state: GameState;
  log: { action: Action; ctx: Ctx }[];
  accepted: number;
  rejected: number;
  /** Every rejection's code, to check that random play exercises the rules. */
  rejections: Map<string, number>;
};

/** Plays until the game ends or maxSteps; the facilitator advances the phase now and then. */
export function randomPlay(scenario: Scenario, seed: number, maxSteps = 2000, players = 2): PlayResult {
  let state = createInitialState(scenario, seed);
  let rng: RngState = seed ^ 0x5bd1e995;
  const draw = () => {
    const [v, next] = nextFloat(rng);
    rng = next;
    return v;
  };
  const pick: Pick = (items) => (items.length === 0 ? undefined : items[Math.floor(draw() * items.length)]);
  const log: PlayResult["log"] = [];
  const rejections = new Map<string, number>();
  let now = 1_000_000;
  let accepted = 0;
  let rejected = 0;
  const run = (actor: Actor, action: Action) => {
    const ctx = { actor, now };
    const result = apply(state, action, ctx);
    if (result.ok) {
      state = result.state;
      log.push({ action, ctx });
      accepted++;
    } else {
      rejected++;
      rejections.set(result.error.code, (rejections.get(result.error.code) ?? 0) + 1);
    }
  };
  // seat a few players per delegation so votes and team actions happen
  const seats = scenario.delegations.map((d) => d.id).concat(scenario.observers.map((o) => o.id));
  let n = 0;
  for (const seat of seats) {
    for (let k = 0; k < players; k++) {
      const playerId = `p${++n}`;
      run({ kind: "system" }, { type: "player.join", playerId, name: `Player ${n}` });
      run({ kind: "player", playerId }, { type: "seat.claim", seat });
    }
  }
  run({ kind: "facilitator" }, { type: "session.start" });
  for (let step = 0; step < maxSteps && state.stage !== "ended"; step++) {
    now += Math.floor(draw() * 20_000);
    if (draw() < 0.08) {
      run({ kind: "facilitator" }, { type: "phase.advance" });
      continue;
    }
    const candidates = GENERATORS.flatMap((g) => g(state, pick));
    const c = pick(candidates);
    if (c) run(c.actor, c.action);
  }
  return { state, log, accepted, rejected, rejections };
}
