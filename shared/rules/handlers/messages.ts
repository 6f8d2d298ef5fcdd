// Messages on three channels: public statements (by the seat holding the floor, or anyone in
// open debate), back-channel messages between two seats, and a seat's team chat. The journal
// entry's audience keeps private channels private; the chair reads everything.
import type { Draft } from "immer";
import { ruleError } from "../../protocol/errors.ts";
import type { Emit } from "../engine.ts";
import type { MessageChannel } from "../negotiation-state.ts";
import type { GameState } from "../state.ts";
import { isError, isMuted, seatedActor, type On } from "./seated.ts";

export const messagePublic: On<"message.public"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "making a public statement");
  if (isError(me)) return me;
  if (isMuted(draft, me.player.id, me.seat)) return ruleError("role/muted", "The chair has muted you; you cannot speak in public.");
  if (!draft.floor.openDebate && draft.floor.speaker?.seat !== me.seat) {
    return ruleError("floor/closed", "Public statements are for the delegation holding the floor: request the floor, or wait for the chair to open the debate.");
  }
  const names = [...new Set(action.names ?? [])];
  const unknown = names.find((s) => !draft.seats[s]);
  if (unknown !== undefined) return ruleError("seat/unknown", `The statement names "${unknown}", which is not a seat in this scenario.`);
  post(draft, emit, { channel: "public", from: me.seat, by: me.player.id, to: null, text: action.text, names }, { kind: "public" });
};

export const messageTeam: On<"message.team"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "writing to your team");
  if (isError(me)) return me;
  post(draft, emit, { channel: "team", from: me.seat, by: me.player.id, to: null, text: action.text, names: [] }, { kind: "seats", seats: [me.seat] });
};

export const messageBackChannel: On<"message.back-channel"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "sending a back-channel message");
  if (isError(me)) return me;
  if (!draft.seats[action.to]) return ruleError("seat/unknown", `There is no seat "${action.to}" to write to.`);
  if (action.to === me.seat) return ruleError("rule/invalid-target", "A back-channel message goes to another delegation; use team chat for your own.");
  post(
    draft,
    emit,
    { channel: "back-channel", from: me.seat, by: me.player.id, to: action.to, text: action.text, names: [] },
    { kind: "seats", seats: [me.seat, action.to] },
  );
};

type Outgoing = { channel: MessageChannel; from: string; by: string; to: string | null; text: string; names: string[] };

/** Records a message in the journal, to one audience; views and the debrief read it there. Its id is its journal seq. */
export function post(draft: Draft<GameState>, emit: Emit, m: Outgoing, audience: Parameters<Emit>[1] & object): void {
  const id = `M${draft.journal.length + 1}`;
  emit({ type: "message.posted", message: id, channel: m.channel, from: m.from, by: m.by, to: m.to, text: m.text, names: m.names }, audience);
}
