// Tabling proposals of each kind, and co-sponsoring them before the vote.
import type { z } from "zod";
import type { ProposalTable } from "../../protocol/actions.ts";
import type { ProposalCosponsor } from "../../protocol/actions-negotiation.ts";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";
import { isError, seatName, seatedActor } from "./seated.ts";

export const proposalTable: Handler<z.infer<typeof ProposalTable>> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "tabling a proposal");
  if (isError(me)) return me;
  const sponsor = me.seat;
  if (draft.proposals.length >= RULES.maxProposals) {
    return ruleError("proposal/limit", `This session already holds ${RULES.maxProposals} proposals.`);
  }
  const subject = action.subject ?? { kind: "statement" as const };
  const binding = draft.seats[sponsor]?.kind === "delegation";
  if (!binding && subject.kind !== "statement") {
    return ruleError("rule/invalid-target", "Observers may table only non-binding text (a statement); adopting a norm or establishing a CBM needs a delegation.");
  }
  if (subject.kind === "norm-adoption") {
    const norm = draft.norms[subject.norm];
    if (!norm) return ruleError("rule/invalid-target", `The norm catalogue has no norm "${subject.norm}".`);
    if (norm.adopted) return ruleError("rule/invalid-target", `Norm ${subject.norm} is already adopted; delegations adhere to it, not adopt it again.`);
  }
  if (subject.kind === "cbm") {
    const cbm = draft.cbms[subject.cbm];
    if (!cbm) return ruleError("rule/invalid-target", `The scenario has no confidence-building measure "${subject.cbm}".`);
    if (cbm.established) return ruleError("rule/invalid-target", `The measure ${subject.cbm} is already established.`);
  }
  const id = `P${draft.nextProposal}`;
  draft.nextProposal += 1;
  draft.proposals.push({
    id,
    title: action.title,
    text: action.text,
    sponsor,
    tabledBy: me.player.id,
    round: draft.round,
    status: "tabled",
    ballots: [],
    tally: null,
    subject,
    binding,
    originalText: action.text,
    cosponsors: [],
    amendments: [],
    explanations: [],
    dissociated: [],
    silent: [],
  });
  emit({ type: "proposal.tabled", proposal: id, sponsor, title: action.title, kind: subject.kind });
};

export const proposalCosponsor: Handler<z.infer<typeof ProposalCosponsor>> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "co-sponsoring a proposal");
  if (isError(me)) return me;
  const proposal = draft.proposals.find((p) => p.id === action.proposal);
  if (!proposal) return ruleError("proposal/unknown", `There is no proposal ${action.proposal}.`);
  if (proposal.status !== "tabled") return ruleError("proposal/not-open", `${proposal.id} is ${proposal.status}; co-sponsors join or leave before the vote.`);
  if (proposal.sponsor === me.seat) return ruleError("rule/invalid-target", `Your delegation is the sponsor of ${proposal.id}.`);
  if (proposal.binding && draft.seats[me.seat]?.kind !== "delegation") {
    return ruleError("rule/invalid-target", "Observers may co-sponsor only non-binding text.");
  }
  const i = proposal.cosponsors.indexOf(me.seat);
  if (action.join === (i >= 0)) {
    return ruleError("rule/invalid-target", `${seatName(draft, me.seat)} is ${action.join ? "already" : "not"} a co-sponsor of ${proposal.id}.`);
  }
  if (action.join) proposal.cosponsors.push(me.seat);
  else proposal.cosponsors.splice(i, 1);
  emit({ type: "proposal.cosponsored", proposal: proposal.id, seat: me.seat, joined: action.join });
};
