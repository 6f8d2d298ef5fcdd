// A small driver for engine tests: applies actions with a manual clock and keeps the log.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import type { ApplyResult, Ctx } from "../../shared/rules/engine.ts";
import { apply } from "../../shared/rules/engine.ts";
import type { GameState } from "../../shared/rules/state.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";

export const FACILITATOR: Actor = { kind: "facilitator" };
export const SYSTEM: Actor = { kind: "system" };
export const player = (playerId: string): Actor => ({ kind: "player", playerId });

export class Game {
  state: GameState;
  now = 1_000_000;
  readonly log: { action: Action; ctx: Ctx }[] = [];

  constructor(scenario: Scenario, seed?: number) {
    this.state = createInitialState(scenario, seed);
  }

  /** Applies an action; returns the result and keeps the state only when accepted. */
  try(actor: Actor, action: Action): ApplyResult {
    const ctx = { actor, now: this.now };
    const result = apply(this.state, action, ctx);
    if (result.ok) {
      this.state = result.state;
      this.log.push({ action, ctx });
    }
    return result;
  }

  /** Applies an action that must be accepted. */
  do(actor: Actor, action: Action): this {
    const result = this.try(actor, action);
    if (!result.ok) throw new Error(`${action.type} rejected: ${result.error.code} — ${result.error.message}`);
    return this;
  }

  /** Adds a player and seats them. */
  seat(playerId: string, seat: string): this {
    this.do(SYSTEM, { type: "player.join", playerId, name: playerId });
    return this.do(player(playerId), { type: "seat.claim", seat });
  }

  advanceTo(stage: GameState["stage"]): this {
    for (let i = 0; i < 20 && this.state.stage !== stage; i++) this.do(FACILITATOR, { type: "phase.advance" });
    if (this.state.stage !== stage) throw new Error(`never reached ${stage}`);
    return this;
  }

  tick(ms: number): this {
    this.now += ms;
    return this;
  }
}
