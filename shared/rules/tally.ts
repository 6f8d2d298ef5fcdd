// Decision rules: how ballots become a decision. Pure arithmetic, no state.
import type { DecisionRule } from "../scenario/schema.ts";
import type { Ballot, Tally } from "./state.ts";

/**
 * Counts ballots under a decision rule. Abstentions are not votes cast (GA rule 86):
 * majorities are of those present and voting, and a tie rejects.
 * `weights` maps a seat to its diplomatic weight (used only by the weighted rule).
 */
export function tally(ballots: readonly Ballot[], rule: DecisionRule, weights: Readonly<Record<string, number>>): Tally {
  const weightOf = (seat: string) => (rule === "weighted" ? (weights[seat] ?? 1) : 1);
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const b of ballots) {
    if (b.choice === "yes") yes += weightOf(b.seat);
    else if (b.choice === "no") no += weightOf(b.seat);
    else abstain += weightOf(b.seat);
  }
  const presentAndVoting = yes + no;
  const required = requiredYes(presentAndVoting, rule);
  const adopted = rule === "consensus" ? no === 0 && yes > 0 : presentAndVoting > 0 && yes >= required;
  return { yes, no, abstain, presentAndVoting, required, adopted };
}

function requiredYes(presentAndVoting: number, rule: DecisionRule): number {
  switch (rule) {
    case "simple-majority":
    case "weighted":
      // more than half: a tie is a rejection
      return Math.floor(presentAndVoting / 2) + 1;
    case "two-thirds":
      return Math.ceil((presentAndVoting * 2) / 3);
    case "consensus":
      // consensus needs no objection; every vote cast must be a yes
      return presentAndVoting;
  }
}
