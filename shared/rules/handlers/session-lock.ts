// Who may come in: the facilitator locks the session to newcomers, or closes single seats.
import type { z } from "zod";
import type { SeatClose, SessionLock } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Handler } from "../engine.ts";

export const sessionLock: Handler<z.infer<typeof SessionLock>> = (draft, action, _ctx, emit) => {
  if (draft.locked === action.locked) return ruleError("rule/invalid-target", `The session is already ${action.locked ? "locked" : "open"}.`);
  draft.locked = action.locked;
  emit({ type: "session.locked", locked: action.locked });
};

export const seatClose: Handler<z.infer<typeof SeatClose>> = (draft, action, _ctx, emit) => {
  const seat = draft.seats[action.seat];
  if (!seat) return ruleError("seat/unknown", `There is no seat "${action.seat}" in this scenario.`);
  if (seat.closed === action.closed) return ruleError("rule/invalid-target", `That seat is already ${action.closed ? "closed" : "open"}.`);
  seat.closed = action.closed;
  emit({ type: "seat.closed", seat: seat.id, closed: action.closed });
};
