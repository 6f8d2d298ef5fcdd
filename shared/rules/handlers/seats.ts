// Joining the session and claiming seats.
import type { z } from "zod";
import type { PlayerJoin, SeatClaim } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";

export const playerJoin: Handler<z.infer<typeof PlayerJoin>> = (draft, action, ctx, emit) => {
  if (draft.removed.includes(action.playerId)) return ruleError("player/removed", "The chair removed this player from the session.");
  if (draft.locked) return ruleError("join/locked", "The facilitator has closed this session to newcomers.");
  if (draft.players[action.playerId]) return ruleError("player/unknown", `Player ${action.playerId} has already joined.`);
  draft.players[action.playerId] = { id: action.playerId, name: action.name, seat: null, joinedAt: ctx.now, bot: false };
  emit({ type: "player.joined", playerId: action.playerId, name: action.name });
};

export const seatClaim: Handler<z.infer<typeof SeatClaim>> = (draft, action, ctx, emit) => {
  if (ctx.actor.kind !== "player") return ruleError("role/not-allowed", "Only players claim seats.");
  const player = draft.players[ctx.actor.playerId];
  if (!player) return ruleError("player/unknown", "Join the session before claiming a seat.");
  const seat = draft.seats[action.seat];
  if (!seat) return ruleError("seat/unknown", `There is no seat "${action.seat}" in this scenario.`);
  if (seat.closed) return ruleError("seat/closed", `The facilitator has closed the seat of ${seatName(draft.scenario, seat.id)}; choose another.`);
  if (player.seat !== null) {
    return ruleError("seat/already-seated", `You already hold the seat of ${seatName(draft.scenario, player.seat)}.`);
  }
  const occupants = Object.values(draft.players).filter((p) => p.seat === seat.id).length;
  const capacity = seat.kind === "delegation" ? RULES.maxPlayersPerDelegation : 1;
  if (occupants >= capacity) {
    return ruleError(
      seat.kind === "delegation" ? "seat/full" : "seat/taken",
      seat.kind === "delegation"
        ? `The delegation of ${seatName(draft.scenario, seat.id)} already has ${capacity} players.`
        : `The observer seat ${seatName(draft.scenario, seat.id)} is already taken.`,
    );
  }
  player.seat = seat.id;
  const head = seat.head === null;
  if (head) seat.head = player.id;
  emit({ type: "seat.claimed", playerId: player.id, seat: seat.id, head });
};

function seatName(scenario: { delegations: readonly { id: string; name: string }[]; observers: readonly { id: string; name: string }[] }, id: string): string {
  return [...scenario.delegations, ...scenario.observers].find((s) => s.id === id)?.name ?? id;
}
