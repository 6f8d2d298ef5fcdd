// Judging pledges at resolution (PL3, PL4): an active pledge is kept or broken by each member
// according to its state practice; a conditional pledge whose condition never held lapses.
import type { Draft } from "immer";
import type { ResponseKind } from "../../scenario/schema.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import { moveCredibility } from "./credibility.ts";
import type { CredibilityMove, Pledge, PracticeChoice } from "./state.ts";

/** Practice compatible with a restraint pledge: nothing retaliatory, nothing covert. */
const RESTRAINED: ReadonlySet<ResponseKind> = new Set(["restraint", "assistance", "demarche", "public-attribution"]);

export function keepsPledge(pledge: Pick<Pledge, "commitment">, choice: Pick<PracticeChoice, "response" | "target"> | undefined, canFund: boolean): boolean {
  const c = pledge.commitment;
  switch (c.kind) {
    case "respond":
      return choice !== undefined && choice.response === c.response && (c.target === undefined || choice.target === c.target);
    case "assist":
      return choice !== undefined && choice.response === "assistance" && (c.victim === undefined || choice.target === c.victim);
    case "restraint":
      return choice === undefined || RESTRAINED.has(choice.response);
    case "fund-cbm":
      return canFund;
  }
}

export function settlePledges(
  draft: Draft<GameState>,
  choices: Readonly<Record<string, PracticeChoice>>,
  emit: Emit,
  moves: CredibilityMove[],
): { pledge: string; kept: string[]; broken: string[] }[] {
  const out: { pledge: string; kept: string[]; broken: string[] }[] = [];
  for (const pledge of draft.crisis.pledges) {
    if (pledge.status === "pending") {
      pledge.status = "lapsed";
      continue;
    }
    if (pledge.status !== "active") continue;
    const kept: string[] = [];
    const broken: string[] = [];
    for (const seat of pledge.members) {
      const funding = pledge.commitment.kind === "fund-cbm";
      const canFund = funding && (draft.standings[seat]?.capacity ?? 0) >= CRISIS_RULES.pledgeFundCost;
      const ok = keepsPledge(pledge, choices[seat], canFund);
      if (ok && funding) {
        const standing = draft.standings[seat];
        if (standing) standing.capacity -= CRISIS_RULES.pledgeFundCost;
      }
      pledge.outcomes[seat] = ok ? "kept" : "broken";
      (ok ? kept : broken).push(seat);
      moveCredibility(
        draft,
        seat,
        ok ? CRISIS_RULES.credibility.pledgeKept : -CRISIS_RULES.credibility.pledgeBroken,
        `pledge ${pledge.id} ${ok ? "kept" : "broken"}`,
        emit,
        moves,
      );
    }
    pledge.status = "settled";
    emit({ type: "pledge.settled", pledge: pledge.id, kept, broken });
    out.push({ pledge: pledge.id, kept, broken });
  }
  return out;
}
