// A bot's turn: read the view, propose the next moves for this phase. The runner applies them
// one at a time and asks again with a fresh view, so each move is judged on the current state.
import type { IntentAction } from "../protocol/actions.ts";
import type { View } from "../protocol/view.ts";
import { nextFloat, type RngState } from "../rules/rng.ts";
import { attributionMoves } from "./attribution.ts";
import { forumMoves } from "./forum.ts";
import { practiceMove } from "./practice.ts";
import type { BotInput, BotMove, BotOutput } from "./types.ts";

/** A seeded source of choices that threads the generator state through a decision. */
export class Dice {
  #state: RngState;
  constructor(state: RngState) {
    this.#state = state;
  }
  get state(): RngState {
    return this.#state;
  }
  /** A float in [0, 1). */
  next(): number {
    const [v, s] = nextFloat(this.#state);
    this.#state = s;
    return v;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  index(n: number): number {
    return Math.min(n - 1, Math.floor(this.next() * n));
  }
}

export type Turn = BotInput & { readonly dice: Dice; readonly mySeat: string; readonly capacity: number };

export function decide(input: BotInput): BotOutput {
  const view = input.view;
  const dice = new Dice(input.rng);
  const me = view.me;
  if (me.kind !== "player" || me.seat === null) return { moves: [], rng: dice.state };
  const turn: Turn = { ...input, dice, mySeat: me.seat, capacity: capacityOf(view, me.seat) };
  const moves = movesFor(turn).filter((m) => !input.done.has(m.key));
  return { moves, rng: dice.state };
}

function movesFor(turn: Turn): BotMove[] {
  switch (turn.view.session.stage) {
    case "investigation":
      return attributionMoves(turn);
    case "negotiation":
    case "voting":
      return [...attributionMoves(turn, { answersOnly: true }), ...forumMoves(turn)];
    case "state-practice": {
      const m = practiceMove(turn);
      return m ? [m] : [];
    }
    case "lobby":
    case "briefing":
    case "resolution":
    case "ended":
      return [];
  }
}

export function capacityOf(view: View, seat: string): number {
  return view.crisis.standings.find((s) => s.seat === seat)?.capacity ?? 0;
}

export const move = (key: string, action: IntentAction): BotMove => ({ key, action });
