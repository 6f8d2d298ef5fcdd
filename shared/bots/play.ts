// A whole game played by bots against the engine alone: no network, no clock, no randomness
// but the seeded kind. The simulator, the bot tests and the model's statistics all use it.
import type { Action, Actor } from "../protocol/actions.ts";
import type { RuleError } from "../protocol/errors.ts";
import { apply, type Ctx } from "../rules/engine.ts";
import type { RngState } from "../rules/rng.ts";
import { createInitialState, type GameState } from "../rules/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import { viewFor, type Presence } from "../view/view-for.ts";
import { decide } from "./decide.ts";
import { botRng, botSelf } from "./self.ts";
import type { BotSelf } from "./types.ts";

export type Rejection = { readonly seat: string; readonly action: Action; readonly error: RuleError };

export type PlayedGame = {
  readonly state: GameState;
  readonly log: readonly { readonly action: Action; readonly ctx: Ctx }[];
  /** Bot moves the engine refused: a correct bot makes none. */
  readonly rejections: readonly Rejection[];
};

/** The simulated session starts at a fixed instant so that runs are byte-identical. */
export const SIMULATION_EPOCH = 1_767_225_600_000;
const MAX_PASSES_PER_PHASE = 40;

type Bot = { self: BotSelf; playerId: string; rng: RngState; done: Set<string> };

export function playGame(scenario: Scenario, seed: number, opts: { rounds?: number } = {}): PlayedGame {
  let state = createInitialState(scenario, seed);
  let now = SIMULATION_EPOCH;
  const log: { action: Action; ctx: Ctx }[] = [];
  const rejections: Rejection[] = [];
  const run = (actor: Actor, action: Action): RuleError | null => {
    const ctx = { actor, now };
    const result = apply(state, action, ctx);
    if (!result.ok) return result.error;
    state = result.state;
    log.push({ action, ctx });
    return null;
  };
  const must = (actor: Actor, action: Action) => {
    const error = run(actor, action);
    if (error) throw new Error(`simulation: ${action.type} refused: ${error.code} ${error.message}`);
  };

  const seats = [...scenario.delegations, ...scenario.observers].map((s) => s.id);
  const bots: Bot[] = seats.map((seat, i) => ({ self: botSelf(scenario, seat), playerId: `bot-${seat}`, rng: botRng(seed, i), done: new Set() }));
  for (const bot of bots) {
    must({ kind: "system" }, { type: "player.join", playerId: bot.playerId, name: `${bot.self.seat} (bot)` });
    must({ kind: "player", playerId: bot.playerId }, { type: "seat.claim", seat: bot.self.seat });
  }
  const presence: Presence = { players: new Set(bots.map((b) => b.playerId)), facilitator: true };
  const lastRound = Math.min(opts.rounds ?? scenario.rounds.length, scenario.rounds.length);
  must({ kind: "facilitator" }, { type: "session.start" });

  while (state.stage !== "ended") {
    if (state.round > lastRound) {
      must({ kind: "facilitator" }, { type: "session.end" });
      break;
    }
    // A bot with nothing to do sleeps until something it might answer changes (a new question,
    // statement, pledge or proposal), or until it is given the floor; that spares most views.
    const idle = new Map<Bot, string>();
    for (let pass = 0; pass < MAX_PASSES_PER_PHASE; pass++) {
      let moved = false;
      for (const bot of bots) {
        if (idle.get(bot) === wakeSignal(state) && state.floor.speaker?.seat !== bot.self.seat) continue;
        const view = viewFor(state, { kind: "player", playerId: bot.playerId }, presence, now, { lazyPermissions: true });
        const out = decide({ view, self: bot.self, rng: bot.rng, done: bot.done });
        bot.rng = out.rng;
        const next = out.moves[0];
        if (!next) {
          idle.set(bot, wakeSignal(state));
          continue;
        }
        idle.delete(bot);
        bot.done.add(next.key);
        moved = true;
        now += 1000;
        const error = run({ kind: "player", playerId: bot.playerId }, next.action);
        if (error) rejections.push({ seat: bot.self.seat, action: next.action, error });
      }
      chairTheFloor(state, (a) => run({ kind: "facilitator" }, a));
      if (!moved && state.floor.speaker === null) break;
    }
    // Time passes to the phase's deadline; the clock, not the chair, moves the game on.
    now = Math.max(now, state.floor.speaker?.deadline ?? 0, state.deadline ?? now);
    if (state.floor.speaker !== null) must({ kind: "system" }, { type: "floor.expire" });
    if (state.silence !== null) {
      now = Math.max(now, state.silence.deadline);
      must({ kind: "system" }, { type: "silence.expire" });
    }
    must({ kind: "system" }, { type: "phase.expire" });
  }
  return { state, log, rejections };
}

/** What a sleeping bot wakes up for. */
function wakeSignal(state: GameState): string {
  const c = state.crisis;
  return `${state.question}|${c.statements.length}|${c.statements.filter((s) => s.status === "pending").length}|${c.pledges.length}|${state.proposals.length}|${c.injects.length}`;
}

/** The chair gives the floor to the first on the list when nobody holds it. */
function chairTheFloor(state: GameState, act: (a: Action) => RuleError | null): void {
  const first = state.floor.queue[0];
  if (state.floor.speaker === null && first && (state.stage === "negotiation" || state.stage === "investigation" || state.stage === "briefing")) {
    act({ type: "floor.give", seat: first.seat });
  }
}
