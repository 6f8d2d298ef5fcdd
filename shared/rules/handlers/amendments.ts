// Amendments — a delegation (or observer) proposes a revised text; the sponsor accepts it as
// friendly (the text changes at once) or contests it, and contested ones are voted first.
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";

import { isError, seatedActor, type On } from "./seated.ts";
import { findQuestion } from "./voting.ts";

export const amendmentPropose: On<"amendment.propose"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "proposing an amendment");
  if (isError(me)) return me;
  const proposal = draft.proposals.find((p) => p.id === action.proposal);
  if (!proposal) return ruleError("proposal/unknown", `There is no proposal ${action.proposal}.`);
  if (proposal.status !== "tabled") return ruleError("proposal/not-open", `${proposal.id} is ${proposal.status}; amendments are proposed before the vote.`);
  if (proposal.sponsor === me.seat) {
    return ruleError("rule/invalid-target", `Your delegation sponsors ${proposal.id}: revise it by accepting amendments, not by amending it.`);
  }
  if (proposal.amendments.length >= RULES.maxAmendmentsPerProposal) {
    return ruleError("rule/limit", `${proposal.id} already carries ${RULES.maxAmendmentsPerProposal} amendments.`);
  }
  if (action.text === proposal.text) return ruleError("rule/invalid-target", "The amended text is the same as the proposal's text.");
  const id = `${proposal.id}.A${proposal.amendments.length + 1}`;
  proposal.amendments.push({ id, proposal: proposal.id, seat: me.seat, by: me.player.id, text: action.text, status: "pending", ballots: [], tally: null });
  emit({ type: "amendment.proposed", amendment: id, proposal: proposal.id, seat: me.seat });
};

export const amendmentAnswer: On<"amendment.answer"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "answering an amendment");
  if (isError(me)) return me;
  const q = findQuestion(draft, action.amendment);
  const amendment = q?.amendment;
  if (!q || !amendment) return ruleError("amendment/unknown", `There is no amendment ${action.amendment}.`);
  if (q.proposal.sponsor !== me.seat) return ruleError("proposal/not-sponsor", `Only the sponsor of ${q.proposal.id} accepts or contests its amendments.`);
  if (amendment.status !== "pending" || q.proposal.status !== "tabled") {
    return ruleError("amendment/not-open", `Amendment ${amendment.id} is ${amendment.status}; only a pending amendment is answered.`);
  }
  amendment.status = action.accept ? "accepted" : "contested";
  if (action.accept) q.proposal.text = amendment.text;
  emit({ type: "amendment.answered", amendment: amendment.id, accepted: action.accept });
};

export const amendmentWithdraw: On<"amendment.withdraw"> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "withdrawing an amendment");
  if (isError(me)) return me;
  const q = findQuestion(draft, action.amendment);
  const amendment = q?.amendment;
  if (!q || !amendment) return ruleError("amendment/unknown", `There is no amendment ${action.amendment}.`);
  if (amendment.seat !== me.seat) return ruleError("rule/invalid-target", `Only the delegation that proposed ${amendment.id} may withdraw it.`);
  if (amendment.status !== "pending" && amendment.status !== "contested") {
    return ruleError("amendment/not-open", `Amendment ${amendment.id} is ${amendment.status} and can no longer be withdrawn.`);
  }
  amendment.status = "withdrawn";
  emit({ type: "amendment.withdrawn", amendment: amendment.id });
};
