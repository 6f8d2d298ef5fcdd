// Explanations of vote, before or after the vote on a proposal (GA rule 88).
import type { z } from "zod";
import type { VoteExplain } from "../../protocol/actions-negotiation.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Handler } from "../engine.ts";
import { isError, seatedActor } from "./seated.ts";

export const voteExplain: Handler<z.infer<typeof VoteExplain>> = (draft, action, ctx, emit) => {
  const me = seatedActor(draft, ctx, "explaining a vote");
  if (isError(me)) return me;
  const proposal = draft.proposals.find((p) => p.id === action.proposal);
  if (!proposal) return ruleError("proposal/unknown", `There is no proposal ${action.proposal}.`);
  if (proposal.status === "tabled") return ruleError("vote/not-open", `${proposal.id} has not come to the vote yet; explain your vote when it does.`);
  if (proposal.sponsor === me.seat || proposal.cosponsors.includes(me.seat)) {
    return ruleError("vote/sponsor-explanation", `Sponsors may not explain their vote on their own proposal (GA rule 88): your delegation sponsors ${proposal.id}.`);
  }
  if (proposal.explanations.some((e) => e.seat === me.seat)) {
    return ruleError("rule/limit", `Your delegation has already explained its vote on ${proposal.id}.`);
  }
  proposal.explanations.push({ seat: me.seat, text: action.text, at: ctx.now });
  emit({ type: "vote.explained", proposal: proposal.id, seat: me.seat, text: action.text });
};
