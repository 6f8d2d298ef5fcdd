// Voting: one question at a time, in the order proposals were tabled.
import type { Draft } from "immer";
import type { z } from "zod";
import type { VoteCast } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Ctx, Emit, Handler } from "../engine.ts";
import type { GameState } from "../state.ts";
import { tally } from "../tally.ts";

export const voteCast: Handler<z.infer<typeof VoteCast>> = (draft, action, ctx, emit) => {
  if (ctx.actor.kind !== "player") return ruleError("role/not-allowed", "Only heads of delegation vote.");
  const seat = draft.players[ctx.actor.playerId]?.seat;
  if (!seat) return ruleError("role/not-seated", "Claim a delegation seat before voting.");
  const proposal = draft.proposals.find((p) => p.id === action.proposal);
  if (!proposal) return ruleError("proposal/unknown", `There is no proposal ${action.proposal}.`);
  if (draft.question !== proposal.id || proposal.status !== "voting") {
    return ruleError("vote/not-open", `The vote on ${proposal.id} is not open${draft.question ? `; the forum is voting on ${draft.question}` : ""}.`);
  }
  if (proposal.ballots.some((b) => b.seat === seat)) {
    return ruleError("vote/already-cast", `Your delegation has already voted on ${proposal.id}.`);
  }
  proposal.ballots.push({ seat, choice: action.choice, at: ctx.now });
  emit({ type: "vote.cast", proposal: proposal.id, seat });
  if (eligibleVoters(draft).every((s) => proposal.ballots.some((b) => b.seat === s))) {
    closeQuestion(draft, ctx, emit);
    openNextQuestion(draft, ctx, emit);
  }
};

/** Delegations that vote now: those with a head of delegation in the session. */
export function eligibleVoters(state: GameState): string[] {
  return Object.values(state.seats)
    .filter((s) => s.kind === "delegation" && s.head !== null)
    .map((s) => s.id);
}

export function closeQuestion(draft: Draft<GameState>, _ctx: Ctx, emit: Emit): void {
  const proposal = draft.proposals.find((p) => p.id === draft.question);
  draft.question = null;
  if (!proposal) return;
  const weights = Object.fromEntries(draft.scenario.delegations.map((d) => [d.id, d.capabilities.weight]));
  const result = tally(proposal.ballots, draft.scenario.forum.decisionRule, weights);
  proposal.tally = result;
  proposal.status = result.adopted ? "adopted" : "rejected";
  emit({ type: "proposal.decided", proposal: proposal.id, adopted: result.adopted, tally: result });
}

export function openNextQuestion(draft: Draft<GameState>, _ctx: Ctx, _emit: Emit): void {
  const next = draft.proposals.find((p) => p.status === "tabled");
  if (!next) return;
  next.status = "voting";
  draft.question = next.id;
}
