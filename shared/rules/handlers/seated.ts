// Who is acting, as a seat: most negotiation actions belong to a delegation or an observer,
// not to the individual player who clicked.
import type { Draft } from "immer";
import type { RuleError } from "../../protocol/errors.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Action } from "../../protocol/actions.ts";
import type { Ctx, Handler } from "../engine.ts";
import type { GameState, Player } from "../state.ts";

export type Seated = { readonly player: Draft<Player>; readonly seat: string };

/** The acting player and their seat, or the error that says why they cannot act for one. */
export function seatedActor(draft: Draft<GameState>, ctx: Ctx, what: string): Seated | RuleError {
  if (ctx.actor.kind !== "player") return ruleError("role/not-allowed", `Only seated players can do this (${what}).`);
  const player = draft.players[ctx.actor.playerId];
  if (!player) return ruleError("player/unknown", "You are not a participant in this session; join it first.");
  if (player.seat === null) return ruleError("role/not-seated", `Claim a seat before ${what}.`);
  return { player, seat: player.seat };
}

export const isError = (x: Seated | RuleError): x is RuleError => "code" in x;

/** Whether the chair has muted this player or their whole delegation. */
export function isMuted(state: GameState, playerId: string, seat: string): boolean {
  return state.muted.players.includes(playerId) || state.muted.seats.includes(seat);
}

export function seatName(state: GameState, id: string): string {
  const { delegations, observers } = state.scenario;
  return delegations.find((d) => d.id === id)?.name ?? observers.find((o) => o.id === id)?.name ?? id;
}

/** The time on the session's clock: while paused it stands still at the moment of the pause. */
export function clockNow(state: GameState, ctx: Ctx): number {
  return state.paused?.since ?? ctx.now;
}

/** The handler of one action type. */
export type On<T extends Action["type"]> = Handler<Extract<Action, { type: T }>>;
