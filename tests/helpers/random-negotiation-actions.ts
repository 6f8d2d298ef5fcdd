// Random candidates for the negotiation rules: the floor, messages, co-sponsors, amendments,
// explanations, straw polls, points of order, and the chair's moderation. Some are illegal on
// purpose. Ending the game and removing players are left out so random games run their course.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import type { GameState } from "../../shared/rules/state.ts";
import type { Candidate, Pick } from "./random-play.ts";

const CHAIR: Actor = { kind: "facilitator" };
const SYSTEM: Actor = { kind: "system" };

export function negotiationCandidates(state: GameState, pick: Pick): Candidate[] {
  const out: Candidate[] = [];
  const seats = Object.keys(state.seats);
  const p = pick(Object.values(state.players));
  const seat = pick(seats) ?? "";
  const proposal = pick(state.proposals);
  const amendment = proposal ? pick(proposal.amendments) : undefined;
  const poll = pick(state.strawPolls);
  const point = pick(state.pointsOfOrder);
  const yesNo = pick([true, false] as const) ?? true;
  if (p) {
    const actor: Actor = { kind: "player", playerId: p.id };
    const mine: Action[] = [
      { type: "floor.request" },
      { type: "floor.withdraw" },
      { type: "floor.yield", to: pick([null, seat]) ?? null },
      { type: "reply.request", cause: Math.max(1, state.journal.length - (pick([0, 1, 2, 3]) ?? 0)) },
      { type: "message.public", text: `Statement by ${p.id}`, names: [seat] },
      { type: "message.team", text: "Our line holds." },
      { type: "message.back-channel", to: seat, text: "Can we talk?" },
      { type: "order.raise", text: "Point of order on the conduct of the debate." },
      {
        type: "proposal.table",
        title: `Norm text by ${p.id}`,
        text: "A State should not damage critical infrastructure.",
        subject: pick([{ kind: "norm-adoption" as const, norm: pick(Object.keys(state.norms)) ?? "" }, { kind: "cbm" as const, cbm: pick(Object.keys(state.cbms)) ?? "x" }, { kind: "statement" as const }]) ?? { kind: "statement" },
      },
    ];
    if (proposal) {
      mine.push(
        { type: "proposal.cosponsor", proposal: proposal.id, join: yesNo },
        { type: "amendment.propose", proposal: proposal.id, text: `Revised by ${p.id}` },
        { type: "vote.explain", proposal: proposal.id, text: "Our vote reflects our capitals' position." },
        { type: "vote.cast", proposal: state.question ?? proposal.id, choice: pick(["yes", "no", "abstain"] as const) ?? "yes", dissociate: yesNo },
      );
    }
    if (amendment) mine.push({ type: "amendment.answer", amendment: amendment.id, accept: yesNo }, { type: "amendment.withdraw", amendment: amendment.id });
    if (poll) mine.push({ type: "poll.answer", poll: poll.id, choice: pick(["yes", "no", "abstain"] as const) ?? "no" });
    // a few per step, so the other areas' candidates are not crowded out
    for (const action of [pick(mine), pick(mine)]) if (action) out.push({ actor, action });
  }
  const chair: Action[] = [
    { type: "floor.give", seat },
    { type: "floor.next" },
    { type: "floor.configure", automatic: yesNo, openDebate: !yesNo },
    { type: "phase.extend", seconds: 30 },
    { type: "session.pause" },
    { type: "poll.call", question: "Can everyone live with the text?" },
    { type: "chair.mute", target: { kind: "seat", seat }, muted: yesNo },
    { type: "chair.broadcast", text: "Please keep to time." },
  ];
  if (p) chair.push({ type: "chair.promote", playerId: p.id }, { type: "chair.reassign", playerId: p.id, seat });
  if (poll) chair.push({ type: "poll.close", poll: poll.id });
  if (point) chair.push({ type: "order.rule", point: point.id, upheld: yesNo });
  const c = pick(chair);
  if (c) out.push({ actor: CHAIR, action: c });
  // a paused session is resumed soon, or random play would mostly collect session/paused
  if (state.paused !== null) out.push({ actor: CHAIR, action: { type: "session.resume" } });
  const tick = pick([{ type: "floor.expire" }, { type: "silence.expire" }] as const);
  if (tick) out.push({ actor: SYSTEM, action: tick });
  return out;
}
