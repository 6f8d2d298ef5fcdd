// Tabling proposals.
import type { z } from "zod";
import type { ProposalTable } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";

export const proposalTable: Handler<z.infer<typeof ProposalTable>> = (draft, action, ctx, emit) => {
  if (ctx.actor.kind !== "player") return ruleError("role/not-allowed", "Only seated players table proposals.");
  const player = draft.players[ctx.actor.playerId];
  const sponsor = player?.seat;
  if (!player || !sponsor) return ruleError("role/not-seated", "Claim a seat before tabling a proposal.");
  if (draft.proposals.length >= RULES.maxProposals) {
    return ruleError("proposal/limit", `This session already holds ${RULES.maxProposals} proposals.`);
  }
  const id = `P${draft.nextProposal}`;
  draft.nextProposal += 1;
  draft.proposals.push({
    id,
    title: action.title,
    text: action.text,
    sponsor,
    tabledBy: player.id,
    round: draft.round,
    status: "tabled",
    ballots: [],
    tally: null,
  });
  emit({ type: "proposal.tabled", proposal: id, sponsor, title: action.title });
};
