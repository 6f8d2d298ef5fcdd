// Autopilot: the facilitator hands a seat to a bot (an empty seat, or a delegation whose players
// are away) and gives it back. The bot is an ordinary player of the seat that heads it meanwhile,
// so it acts through exactly the rules people do.
import type { z } from "zod";
import type { SeatAutopilot } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Handler } from "../engine.ts";

export const botIdFor = (seat: string) => `bot-${seat}`;

export const seatAutopilot: Handler<z.infer<typeof SeatAutopilot>> = (draft, action, ctx, emit) => {
  const seat = draft.seats[action.seat];
  if (!seat) return ruleError("seat/unknown", `There is no seat "${action.seat}" in this scenario.`);
  const spec = [...draft.scenario.delegations, ...draft.scenario.observers].find((s) => s.id === seat.id);
  const name = spec?.name ?? seat.id;
  if (action.on) {
    if (seat.autopilot) return ruleError("rule/invalid-target", `A bot already plays ${name}.`);
    const botId = botIdFor(seat.id);
    const bot = draft.players[botId];
    if (bot) bot.seat = seat.id;
    else draft.players[botId] = { id: botId, name: `${name} (bot)`, seat: seat.id, joinedAt: ctx.now, bot: true };
    seat.autopilot = { bot: botId, humanHead: seat.head };
    seat.head = botId;
    emit({ type: "seat.autopilot", seat: seat.id, on: true, head: botId });
    return;
  }
  const autopilot = seat.autopilot;
  if (!autopilot) return ruleError("rule/invalid-target", `No bot plays ${name}; there is nothing to take back.`);
  const bot = draft.players[autopilot.bot];
  if (bot) bot.seat = null;
  // The seat goes back to its former head if still seated here, else to the first person in it.
  const former = autopilot.humanHead !== null && draft.players[autopilot.humanHead]?.seat === seat.id ? autopilot.humanHead : null;
  const first = Object.values(draft.players).find((p) => p.seat === seat.id && !p.bot)?.id ?? null;
  seat.head = former ?? first;
  seat.autopilot = null;
  emit({ type: "seat.autopilot", seat: seat.id, on: false, head: seat.head });
};
