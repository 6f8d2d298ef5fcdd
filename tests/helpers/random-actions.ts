// Candidate actions for random play, one generator per area of the rules. Generators may
// propose illegal actions on purpose: the engine must reject them without changing anything.
import type { GameState } from "../../shared/rules/state.ts";
import type { Candidate, Pick } from "./random-play.ts";
import { crisisCandidates } from "./random-crisis-actions.ts";
import { negotiationCandidates } from "./random-negotiation-actions.ts";

type Generator = (state: GameState, pick: Pick) => Candidate[];

const playersOf = (state: GameState) => Object.values(state.players);

const seatsAndProposals: Generator = (state, pick) => {
  const out: Candidate[] = [];
  const p = pick(playersOf(state));
  if (!p) return out;
  const actor = { kind: "player" as const, playerId: p.id };
  const seat = pick(Object.keys(state.seats));
  if (seat) out.push({ actor, action: { type: "seat.claim", seat } });
  out.push({ actor, action: { type: "proposal.table", title: `Text by ${p.id}`, text: "The forum affirms the norms." } });
  const proposal = pick(state.proposals);
  if (proposal) {
    const choice = pick(["yes", "no", "abstain"] as const) ?? "yes";
    out.push({ actor, action: { type: "vote.cast", proposal: proposal.id, choice } });
  }
  return out;
};

export const GENERATORS: readonly Generator[] = [crisisCandidates, seatsAndProposals, negotiationCandidates];
