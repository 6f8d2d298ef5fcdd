// Points of order go to the chair at once, even during a vote (GA rules 71 and 88); the chair
// rules on each, and the ruling is announced to the room.
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";

import { isError, seatedActor, type On } from "./seated.ts";

export const orderRaise: On<"order.raise"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "raising a point of order");
  if (isError(me)) return me;
  const open = draft.pointsOfOrder.filter((p) => p.seat === me.seat && p.ruling === null).length;
  if (open >= RULES.maxOpenPointsOfOrder) {
    return ruleError("rule/limit", `Your delegation already has ${open} points of order awaiting the chair's ruling.`);
  }
  const id = `O${draft.pointsOfOrder.length + 1}`;
  draft.pointsOfOrder.push({ id, seat: me.seat, by: me.player.id, text: action.text, at: ctx.now, ruling: null });
  emit({ type: "order.raised", point: id, seat: me.seat, text: action.text }, { kind: "seats", seats: [me.seat] });
};

export const orderRule: On<"order.rule"> = (draft, action, _ctx, emit) => {
  const point = draft.pointsOfOrder.find((p) => p.id === action.point);
  if (!point) return ruleError("order/unknown", `There is no point of order ${action.point}.`);
  if (point.ruling !== null) return ruleError("order/already-ruled", `The chair has already ruled on ${point.id}.`);
  const text = action.text ?? "";
  point.ruling = { upheld: action.upheld, text };
  emit({ type: "order.ruled", point: point.id, seat: point.seat, upheld: action.upheld, text });
};
