// The chair's powers over people: mute and unmute, move a player to another seat, make a
// player head of delegation, remove a player, and speak to the whole room.
import type { Draft } from "immer";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import { callNextSpeaker, endTurn } from "./floor.ts";
import { seatName, type On } from "./seated.ts";
import { closeIfAllVoted } from "./voting.ts";

export const chairMute: On<"chair.mute"> = (draft, action, ctx, emit) => {
  const t = action.target;
  const id = t.kind === "seat" ? t.seat : t.playerId;
  if (t.kind === "seat" && !draft.seats[id]) return ruleError("seat/unknown", `There is no seat "${id}" in this scenario.`);
  if (t.kind === "player" && !draft.players[id]) return ruleError("player/unknown", `There is no player "${id}" in this session.`);
  const list = t.kind === "seat" ? draft.muted.seats : draft.muted.players;
  const i = list.indexOf(id);
  if (action.muted === i >= 0) return ruleError("rule/invalid-target", `${id} is ${action.muted ? "already" : "not"} muted.`);
  if (action.muted) list.push(id);
  else list.splice(i, 1);
  emit({ type: "chair.muted", kind: t.kind, id, muted: action.muted });
  if (action.muted && t.kind === "seat") {
    // A muted delegation loses its place on the list and, if it is speaking, the floor.
    draft.floor.queue = draft.floor.queue.filter((r) => r.seat !== id);
    if (draft.floor.speaker?.seat === id) {
      endTurn(draft, ctx, emit);
      if (draft.floor.automatic) callNextSpeaker(draft, ctx, emit);
    }
  }
};

export const chairReassign: On<"chair.reassign"> = (draft, action, ctx, emit) => {
  const player = draft.players[action.playerId];
  if (!player) return ruleError("player/unknown", `There is no player "${action.playerId}" in this session.`);
  const seat = draft.seats[action.seat];
  if (!seat) return ruleError("seat/unknown", `There is no seat "${action.seat}" in this scenario.`);
  if (player.seat === seat.id) return ruleError("seat/already-seated", `${player.name} already sits with ${seatName(draft, seat.id)}.`);
  const occupants = Object.values(draft.players).filter((p) => p.seat === seat.id).length;
  const capacity = seat.kind === "delegation" ? RULES.maxPlayersPerDelegation : 1;
  if (occupants >= capacity) {
    return ruleError(seat.kind === "delegation" ? "seat/full" : "seat/taken", `${seatName(draft, seat.id)} has no free place (${capacity} at most).`);
  }
  const from = player.seat;
  player.seat = seat.id;
  emit({ type: "player.reassigned", playerId: player.id, from, to: seat.id });
  if (from !== null) handOverHead(draft, from, player.id, emit);
  if (seat.head === null) {
    seat.head = player.id;
    emit({ type: "head.changed", seat: seat.id, playerId: player.id });
  }
  closeIfAllVoted(draft, ctx, emit);
};

export const chairPromote: On<"chair.promote"> = (draft, action, _ctx, emit) => {
  const player = draft.players[action.playerId];
  if (!player) return ruleError("player/unknown", `There is no player "${action.playerId}" in this session.`);
  const seat = player.seat === null ? undefined : draft.seats[player.seat];
  if (!seat) return ruleError("role/not-seated", `${player.name} holds no seat; seat them before making them head of delegation.`);
  if (seat.head === player.id) return ruleError("rule/invalid-target", `${player.name} already heads ${seatName(draft, seat.id)}.`);
  seat.head = player.id;
  emit({ type: "head.changed", seat: seat.id, playerId: player.id });
};

export const chairRemove: On<"chair.remove"> = (draft, action, ctx, emit) => {
  const player = draft.players[action.playerId];
  if (!player) return ruleError("player/unknown", `There is no player "${action.playerId}" in this session.`);
  const seat = player.seat;
  delete draft.players[player.id];
  draft.removed.push(player.id);
  draft.muted.players = draft.muted.players.filter((p) => p !== player.id);
  emit({ type: "player.removed", playerId: player.id, seat });
  if (seat !== null) handOverHead(draft, seat, player.id, emit);
  closeIfAllVoted(draft, ctx, emit);
};

export const chairBroadcast: On<"chair.broadcast"> = (_draft, action, _ctx, emit) => {
  emit({ type: "chair.broadcast", text: action.text });
};

/** When the head leaves a seat, the longest-seated remaining player heads it (or nobody). */
function handOverHead(draft: Draft<GameState>, seatId: string, leaving: string, emit: Emit): void {
  const seat = draft.seats[seatId];
  if (!seat || seat.head !== leaving) return;
  const next = Object.values(draft.players)
    .filter((p) => p.seat === seatId && p.id !== leaving)
    .sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1))[0];
  seat.head = next?.id ?? null;
  emit({ type: "head.changed", seat: seatId, playerId: seat.head });
}
