// The speakers list: requesting, withdrawing and yielding the floor, the chair's moderation
// (give the floor, next speaker), automatic moderation at the end of a turn, and rights of reply.
import type { Draft } from "immer";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";
import type { Ctx, Emit } from "../engine.ts";
import { STAGE_TABLE } from "../phases.ts";
import type { GameState, JournalEntry } from "../state.ts";
import { clockNow, isError, isMuted, seatName, seatedActor, type On } from "./seated.ts";

export const floorRequest: On<"floor.request"> = (draft, _action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "requesting the floor");
  if (isError(me)) return me;
  if (isMuted(draft, me.player.id, me.seat)) return ruleError("role/muted", "The chair has muted you; you cannot take the floor.");
  if (draft.floor.speaker?.seat === me.seat) return ruleError("floor/already-requested", "Your delegation holds the floor now.");
  if (draft.floor.queue.some((r) => r.seat === me.seat)) {
    return ruleError("floor/already-requested", "Your delegation is already on the speakers list.");
  }
  draft.floor.queue.push({ seat: me.seat, at: ctx.now, reply: null });
  emit({ type: "floor.requested", seat: me.seat, reply: null });
  if (draft.floor.automatic && draft.floor.speaker === null) callNextSpeaker(draft, ctx, emit);
};

export const floorWithdraw: On<"floor.withdraw"> = (draft, _action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "withdrawing from the speakers list");
  if (isError(me)) return me;
  if (!draft.floor.queue.some((r) => r.seat === me.seat)) return ruleError("floor/not-requested", "Your delegation is not on the speakers list.");
  draft.floor.queue = draft.floor.queue.filter((r) => r.seat !== me.seat);
  emit({ type: "floor.withdrawn", seat: me.seat });
};

export const floorYield: On<"floor.yield"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "yielding the floor");
  if (isError(me)) return me;
  const turn = draft.floor.speaker;
  if (turn?.seat !== me.seat) return ruleError("floor/not-speaker", "Only the delegation holding the floor can yield it.");
  if (action.to === null) {
    endTurn(draft, ctx, emit);
    if (draft.floor.automatic) callNextSpeaker(draft, ctx, emit);
    return;
  }
  const to = action.to;
  if (!draft.seats[to]) return ruleError("seat/unknown", `There is no seat "${to}" to yield to.`);
  if (to === me.seat) return ruleError("rule/invalid-target", "Yield to another delegation, or to the chair (to: null).");
  if (draft.muted.seats.includes(to)) return ruleError("role/muted", `The chair has muted ${seatName(draft, to)}; yield to someone else.`);
  // The other seat speaks for the rest of this turn, not a fresh one.
  const deadline = turn.deadline;
  endTurn(draft, ctx, emit);
  draft.floor.queue = draft.floor.queue.filter((r) => r.seat !== to);
  giveFloor(draft, to, deadline, me.seat, ctx, emit);
};

export const floorGive: On<"floor.give"> = (draft, action, ctx, emit) => {
  if (!draft.seats[action.seat]) return ruleError("seat/unknown", `There is no seat "${action.seat}" in this scenario.`);
  if (draft.muted.seats.includes(action.seat)) {
    return ruleError("role/muted", `${seatName(draft, action.seat)} is muted; unmute it before giving it the floor.`);
  }
  endTurn(draft, ctx, emit);
  draft.floor.queue = draft.floor.queue.filter((r) => r.seat !== action.seat);
  giveFloor(draft, action.seat, clockNow(draft, ctx) + draft.floor.speakingSeconds * 1000, null, ctx, emit);
};

export const floorNext: On<"floor.next"> = (draft, _action, ctx, emit) => {
  if (draft.floor.speaker === null && draft.floor.queue.length === 0) {
    return ruleError("floor/empty", "Nobody holds the floor and the speakers list is empty.");
  }
  endTurn(draft, ctx, emit);
  callNextSpeaker(draft, ctx, emit);
};

export const floorExpire: On<"floor.expire"> = (draft, _action, ctx, emit) => {
  const turn = draft.floor.speaker;
  if (turn === null) return ruleError("floor/empty", "Nobody holds the floor.");
  if (ctx.now < turn.deadline) return ruleError("phase/not-allowed", "The speaker's time is not up yet.");
  endTurn(draft, ctx, emit);
  if (draft.floor.automatic) callNextSpeaker(draft, ctx, emit);
};

export const floorConfigure: On<"floor.configure"> = (draft, action, ctx, emit) => {
  if (action.speakingSeconds !== undefined) {
    if (action.speakingSeconds > RULES.maxSpeakingSeconds) {
      return ruleError("rule/limit", `Speaking time is at most ${RULES.maxSpeakingSeconds} seconds.`);
    }
    draft.floor.speakingSeconds = action.speakingSeconds;
  }
  if (action.automatic !== undefined) draft.floor.automatic = action.automatic;
  if (action.openDebate !== undefined) draft.floor.openDebate = action.openDebate;
  const f = draft.floor;
  emit({ type: "floor.configured", automatic: f.automatic, speakingSeconds: f.speakingSeconds, openDebate: f.openDebate });
  if (f.automatic && f.speaker === null && f.queue.length > 0 && floorOpen(draft)) callNextSpeaker(draft, ctx, emit);
};

export const replyRequest: On<"reply.request"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "asking for a right of reply");
  if (isError(me)) return me;
  if (isMuted(draft, me.player.id, me.seat)) return ruleError("role/muted", "The chair has muted you; you cannot take the floor.");
  if (!namesSeat(draft, action.cause, me.seat)) {
    return ruleError("reply/not-named", `Entry ${action.cause} is not a public statement or attribution naming your delegation.`);
  }
  const key = `${action.cause}:${me.seat}`;
  if (draft.floor.replies.includes(key)) return ruleError("reply/already-requested", `Your delegation already asked to reply to entry ${action.cause}.`);
  draft.floor.replies.push(key);
  // A reply takes priority over the ordinary list; an ordinary place is not kept twice.
  draft.floor.queue = draft.floor.queue.filter((r) => r.seat !== me.seat);
  draft.floor.queue.push({ seat: me.seat, at: ctx.now, reply: action.cause });
  emit({ type: "floor.requested", seat: me.seat, reply: action.cause });
  if (draft.floor.automatic && draft.floor.speaker === null) callNextSpeaker(draft, ctx, emit);
};

/** Whether the journal entry `seq` names `seat` in a way that opens a right of reply. */
export function namesSeat(state: GameState, seq: number, seat: string): boolean {
  // Journal seqs are positions: entry n sits at index n - 1, so this is a lookup, not a scan.
  const entry = state.journal[seq - 1];
  return entry !== undefined && namesEntry(entry, seat);
}

/** Whether a journal entry names the seat in a way it may answer by a right of reply. */
export function namesEntry(entry: JournalEntry, seat: string): boolean {
  if (entry.audience.kind !== "public") return false;
  const e = entry.event;
  if (e.type === "attribution.made") return e.accused === seat && e.mode !== "private";
  if (e.type === "message.posted") return e.channel === "public" && e.from !== seat && e.names.includes(seat);
  return false;
}

/** Gives the floor to the first right of reply, or else the first on the list. */
export function callNextSpeaker(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  const queue = draft.floor.queue;
  const i = Math.max(0, queue.findIndex((r) => r.reply !== null));
  const next = queue[i];
  if (!next) return;
  queue.splice(i, 1);
  giveFloor(draft, next.seat, clockNow(draft, ctx) + draft.floor.speakingSeconds * 1000, null, ctx, emit);
}

function giveFloor(draft: Draft<GameState>, seat: string, deadline: number, yieldedBy: string | null, ctx: Ctx, emit: Emit): void {
  draft.floor.speaker = { seat, since: clockNow(draft, ctx), deadline };
  emit({ type: "floor.given", seat, deadline, yieldedBy });
}

/** Ends the current turn and books its speaking time to the seat. */
export function endTurn(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  const turn = draft.floor.speaker;
  if (turn === null) return;
  const usedMs = Math.max(0, clockNow(draft, ctx) - turn.since);
  draft.floor.used[turn.seat] = (draft.floor.used[turn.seat] ?? 0) + usedMs;
  draft.floor.speaker = null;
  emit({ type: "floor.ended", seat: turn.seat, usedMs });
}

/** The floor is open in the stages whose table allows requesting it. */
function floorOpen(state: GameState): boolean {
  return (STAGE_TABLE[state.stage].allows["floor.request"]?.length ?? 0) > 0;
}

/**
 * On every change of stage the turn ends. Outside floor stages the list is cleared; in them,
 * automatic moderation hands the floor to the next on the list straight away.
 */
export function onStageChangeFloor(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  endTurn(draft, ctx, emit);
  if (!floorOpen(draft)) draft.floor.queue = [];
  else if (draft.floor.automatic) callNextSpeaker(draft, ctx, emit);
}
