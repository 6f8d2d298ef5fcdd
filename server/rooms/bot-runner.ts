// Runs the bots of a live session: every seat on autopilot gets a bot that looks at its own view
// after each change and makes its next move after a human-like pause. Bots submit through the
// same path as people, so their moves are logged, replayed and judged by the same rules.
import { decide } from "../../shared/bots/decide.ts";
import { botRng, botSelf } from "../../shared/bots/self.ts";
import type { BotSelf } from "../../shared/bots/types.ts";
import type { IntentAction } from "../../shared/protocol/actions.ts";
import type { View } from "../../shared/protocol/view.ts";
import { nextFloat, type RngState } from "../../shared/rules/rng.ts";
import type { GameState } from "../../shared/rules/state.ts";

type Timer = { clear(): void };

export type BotRunnerDeps = {
  /** Submits a bot's action as its player; resolves once the engine has answered. */
  readonly act: (playerId: string, action: IntentAction) => Promise<unknown>;
  /** The bot's own view (the same a person in the seat would get). */
  readonly viewOf: (playerId: string) => View;
  readonly schedule: (run: () => void, ms: number) => Timer;
  /** Mean pause before a bot's move, in ms; each pause varies between half and one and a half times it. */
  readonly delayMs: number;
  readonly seed: number;
};

type Bot = { self: BotSelf; rng: RngState; done: Set<string>; timer: Timer | null; busy: boolean };

export class BotRunner {
  readonly #bots = new Map<string, Bot>();
  readonly #deps: BotRunnerDeps;

  constructor(deps: BotRunnerDeps) {
    this.#deps = deps;
  }

  /** After any change: wake the bot of every seat on autopilot. */
  poke(state: GameState): void {
    const active = new Set<string>();
    for (const seat of Object.values(state.seats)) {
      if (!seat.autopilot || state.stage === "ended") continue;
      const playerId = seat.autopilot.bot;
      active.add(playerId);
      let bot = this.#bots.get(playerId);
      if (!bot) {
        const index = Object.keys(state.seats).indexOf(seat.id);
        bot = { self: botSelf(state.scenario, seat.id), rng: botRng(this.#deps.seed, index), done: new Set(), timer: null, busy: false };
        this.#bots.set(playerId, bot);
      }
      if (!bot.timer && !bot.busy) this.#arm(playerId, bot);
    }
    // A seat given back to its people: its bot stops.
    for (const [playerId, bot] of this.#bots) {
      if (active.has(playerId)) continue;
      bot.timer?.clear();
      bot.timer = null;
    }
  }

  stop(): void {
    for (const bot of this.#bots.values()) bot.timer?.clear();
    this.#bots.clear();
  }

  #arm(playerId: string, bot: Bot): void {
    const [r, next] = nextFloat(bot.rng);
    bot.rng = next;
    const wait = Math.round(this.#deps.delayMs * (0.5 + r));
    bot.timer = this.#deps.schedule(() => void this.#move(playerId, bot), wait);
  }

  async #move(playerId: string, bot: Bot): Promise<void> {
    bot.timer = null;
    const out = decide({ view: this.#deps.viewOf(playerId), self: bot.self, rng: bot.rng, done: bot.done });
    bot.rng = out.rng;
    const move = out.moves[0];
    if (!move) return; // idle until the next change pokes it
    bot.done.add(move.key);
    bot.busy = true;
    try {
      await this.#deps.act(playerId, move.action);
    } finally {
      bot.busy = false;
    }
    // The accepted move changed the state, which pokes every bot, this one included.
  }
}
