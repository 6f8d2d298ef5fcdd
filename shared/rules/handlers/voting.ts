// Voting: one question at a time. A proposal's contested amendments are questions of their
// own, voted before the proposal (GA rule 90); proposals follow in tabling order.
import type { Draft } from "immer";
import { baseOf } from "../base.ts";
import type { z } from "zod";
import type { VoteCast } from "../../protocol/actions.ts";
import type { SilenceExpire } from "../../protocol/actions-negotiation.ts";
import { ruleError } from "../../protocol/errors.ts";
import { adoptProposal } from "../adoption.ts";
import { RULES } from "../constants.ts";
import type { Ctx, Emit, Handler } from "../engine.ts";
import type { Amendment } from "../negotiation-state.ts";
import type { Ballot, GameState, Proposal } from "../state.ts";
import { tally } from "../tally.ts";
import { clockNow, isError, seatedActor } from "./seated.ts";

/** The open question: a proposal, or one of its amendments. */
type Question = { readonly proposal: Draft<Proposal>; readonly amendment: Draft<Amendment> | null };

export const voteCast: Handler<z.infer<typeof VoteCast>> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "voting");
  if (isError(me)) return me;
  const q = findQuestion(draft, action.proposal);
  if (!q) return ruleError("proposal/unknown", `There is no proposal or amendment ${action.proposal}.`);
  const status = q.amendment?.status ?? q.proposal.status;
  if (draft.question !== action.proposal || status !== "voting") {
    return ruleError("vote/not-open", `The vote on ${action.proposal} is not open${draft.question ? `; the forum is voting on ${draft.question}` : ""}.`);
  }
  const ballots = q.amendment?.ballots ?? q.proposal.ballots;
  if (ballots.some((b) => b.seat === me.seat)) {
    return ruleError("vote/already-cast", `Your delegation has already voted on ${action.proposal}.`);
  }
  if (action.dissociate === true) {
    if (draft.scenario.forum.decisionRule !== "consensus") {
      return ruleError("vote/cannot-dissociate", "Dissociating is joining consensus while distancing oneself; this forum votes, it does not decide by consensus.");
    }
    if (action.choice !== "yes" || q.amendment !== null) {
      return ruleError("vote/cannot-dissociate", "Dissociation goes with joining consensus (choice yes) on a proposal, not an amendment.");
    }
  }
  ballots.push({ seat: me.seat, choice: action.choice, at: ctx.now });
  emit({ type: "vote.cast", proposal: action.proposal, seat: me.seat });
  if (action.dissociate === true) dissociate(draft, q.proposal, me.seat, emit);
  // A ballot changes no seat: reading seats from the state before the action spares draft proxies.
  closeIfAllVoted(draft, ctx, emit, baseOf(draft).seats);
};

export const silenceExpire: Handler<z.infer<typeof SilenceExpire>> = (draft, _action, ctx, emit) => {
  if (draft.silence === null) return ruleError("vote/not-open", "No text is under the silence procedure.");
  if (ctx.now < draft.silence.deadline) return ruleError("phase/not-allowed", "The silence procedure has not reached its deadline.");
  closeQuestion(draft, ctx, emit);
  openNextQuestion(draft, ctx, emit);
};

/** Closes the open question once every present delegation has voted, and opens the next. */
export function closeIfAllVoted(draft: Draft<GameState>, ctx: Ctx, emit: Emit, seats: GameState["seats"] = draft.seats): void {
  if (draft.question === null) return;
  const q = findQuestion(draft, draft.question);
  if (!q) return;
  const voted = new Set((q.amendment?.ballots ?? q.proposal.ballots).map((b) => b.seat));
  if (eligibleVoters({ seats }).every((s) => voted.has(s))) {
    closeQuestion(draft, ctx, emit);
    openNextQuestion(draft, ctx, emit);
  }
}

/** Delegations that vote now: those with a head of delegation in the session. */
export function eligibleVoters(state: Pick<GameState, "seats">): string[] {
  return Object.values(state.seats)
    .filter((s) => s.kind === "delegation" && s.head !== null)
    .map((s) => s.id);
}

export function closeQuestion(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  const id = draft.question;
  const underSilence = draft.silence !== null && draft.silence.question === id;
  draft.question = null;
  draft.silence = null;
  const q = id === null ? undefined : findQuestion(draft, id);
  if (!q) return;
  const target = q.amendment ?? q.proposal;
  // Under the silence procedure, keeping silent until the deadline is joining consensus.
  const silent = underSilence ? eligibleVoters(draft).filter((s) => !target.ballots.some((b) => b.seat === s)) : [];
  const counted: Ballot[] = [...target.ballots, ...silent.map((seat) => ({ seat, choice: "yes" as const, at: ctx.now }))];
  const weights = Object.fromEntries(draft.scenario.delegations.map((d) => [d.id, d.capabilities.weight]));
  const result = tally(counted, draft.scenario.forum.decisionRule, weights);
  target.tally = result;
  target.status = result.adopted ? "adopted" : "rejected";
  if (q.amendment) {
    if (result.adopted) q.proposal.text = q.amendment.text;
    emit({ type: "amendment.decided", amendment: q.amendment.id, adopted: result.adopted, tally: result });
    return;
  }
  q.proposal.silent = silent;
  emit({ type: "proposal.decided", proposal: q.proposal.id, adopted: result.adopted, tally: result });
  if (result.adopted) adoptProposal(draft, q.proposal, emit);
}

/** Opens the next question: the first tabled proposal's contested amendments, then the proposal. */
export function openNextQuestion(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  const next = draft.proposals.find((p) => p.status === "tabled");
  if (!next) return;
  // An amendment the sponsor never answered is contested: it goes to the vote like a rejected one.
  const amendment = next.amendments.find((a) => a.status === "pending" || a.status === "contested");
  const id = amendment?.id ?? next.id;
  if (amendment) amendment.status = "voting";
  else next.status = "voting";
  draft.question = id;
  const silence = draft.procedure.silenceProcedure && draft.scenario.forum.decisionRule === "consensus";
  const deadline = silence ? clockNow(draft, ctx) + RULES.silenceSeconds * 1000 : null;
  if (deadline !== null) draft.silence = { question: id, deadline };
  emit({ type: "question.opened", question: id, silenceDeadline: deadline });
}

/** A proposal by its id, or an amendment by its id (`P3.A1`) with its proposal. */
export function findQuestion(state: Draft<GameState>, id: string): Question | undefined {
  const dot = id.indexOf(".");
  const pid = dot < 0 ? id : id.slice(0, dot);
  // Look the proposal up in the state before the action, then touch only that one through the
  // draft: scanning the draft would wrap every proposal in a proxy.
  const index = baseOf(state).proposals.findIndex((p) => p.id === pid);
  const atIndex = index >= 0 ? state.proposals[index] : undefined;
  const proposal = atIndex?.id === pid ? atIndex : state.proposals.find((p) => p.id === pid);
  if (!proposal) return undefined;
  if (dot < 0) return { proposal, amendment: null };
  const amendment = proposal.amendments.find((a) => a.id === id);
  return amendment ? { proposal, amendment } : undefined;
}

function dissociate(draft: Draft<GameState>, proposal: Draft<Proposal>, seat: string, emit: Emit): void {
  proposal.dissociated.push(seat);
  const cost = RULES.dissociationCredibilityCost;
  const standing = draft.standings[seat];
  if (standing) standing.credibility = Math.max(0, standing.credibility - cost);
  emit({ type: "vote.dissociated", proposal: proposal.id, seat, sponsors: [proposal.sponsor, ...proposal.cosponsors], cost });
}
