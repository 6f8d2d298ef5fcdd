// Straw polls: the chair takes the room's temperature. Non-binding; each delegation answers
// once (its head may change the answer while the poll is open); the counts are shown at the close.
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";

import { isError, seatedActor, type On } from "./seated.ts";

export const pollCall: On<"poll.call"> = (draft, action, _ctx, emit) => {
  if (draft.strawPolls.length >= RULES.maxStrawPolls) return ruleError("rule/limit", `This session already held ${RULES.maxStrawPolls} straw polls.`);
  const id = `S${draft.strawPolls.length + 1}`;
  draft.strawPolls.push({ id, question: action.question, round: draft.round, open: true, answers: [] });
  emit({ type: "poll.called", poll: id, question: action.question });
};

export const pollAnswer: On<"poll.answer"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "answering a straw poll");
  if (isError(me)) return me;
  const poll = draft.strawPolls.find((p) => p.id === action.poll);
  if (!poll) return ruleError("poll/unknown", `There is no straw poll ${action.poll}.`);
  if (!poll.open) return ruleError("poll/closed", `Straw poll ${poll.id} is closed.`);
  const mine = poll.answers.find((a) => a.seat === me.seat);
  if (mine) mine.choice = action.choice;
  else poll.answers.push({ seat: me.seat, choice: action.choice });
  emit({ type: "poll.answered", poll: poll.id, seat: me.seat });
};

export const pollClose: On<"poll.close"> = (draft, action, _ctx, emit) => {
  const poll = draft.strawPolls.find((p) => p.id === action.poll);
  if (!poll) return ruleError("poll/unknown", `There is no straw poll ${action.poll}.`);
  if (!poll.open) return ruleError("poll/closed", `Straw poll ${poll.id} is already closed.`);
  poll.open = false;
  const count = (c: string) => poll.answers.filter((a) => a.choice === c).length;
  emit({ type: "poll.closed", poll: poll.id, yes: count("yes"), no: count("no"), abstain: count("abstain") });
};
