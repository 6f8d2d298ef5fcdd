// What a simulated game comes to, in the shape `npm run simulate -- --json` prints. Built from the
// facilitator's view of the final state, so it reports exactly what a debrief would show.
import { signersOf } from "../rules/crisis/signers.ts";
import type { GameState } from "../rules/state.ts";

export type GameSummary = {
  readonly scenario: string;
  readonly seed: number;
  readonly rounds: number;
  readonly norms: readonly { id: string; adopted: boolean; strength: number; stage: string; adherents: number }[];
  /** The index after each round's resolution (index 0 = round 1). */
  readonly escalation: readonly number[];
  readonly delegations: readonly { id: string; credibility: number; score: number }[];
  readonly attributions: readonly { inject: string; by: readonly string[]; accused: string; mode: string; correct: boolean | null }[];
  readonly violations: { readonly total: number; readonly enforced: number; readonly unanswered: number };
  readonly jointAttributions: number;
  readonly actions: number;
};

const round2 = (x: number) => Math.round(x * 1000) / 1000;

export function summarise(state: GameState, seed: number, actions: number): GameSummary {
  const c = state.crisis;
  const scores = new Map((c.scores ?? []).map((s) => [s.seat, s.total] as const));
  const violations = c.reports.flatMap((r) => r.violations);
  return {
    scenario: state.scenario.id,
    seed,
    rounds: state.round,
    norms: Object.values(state.norms).map((n) => ({ id: n.id, adopted: n.adopted, strength: round2(n.strength), stage: n.stage, adherents: n.adherents.length })),
    escalation: c.reports.map((r) => round2(r.escalation.to)),
    delegations: state.scenario.delegations.map((d) => ({ id: d.id, credibility: round2(state.standings[d.id]?.credibility ?? 0), score: round2(scores.get(d.id) ?? 0) })),
    attributions: c.statements
      .filter((s) => s.status === "made")
      .map((s) => ({ inject: s.inject, by: signersOf(s), accused: s.accused, mode: s.mode, correct: s.correct })),
    violations: {
      total: violations.length,
      enforced: violations.filter((v) => v.outcome === "enforced").length,
      unanswered: violations.filter((v) => v.outcome === "ignored" || v.outcome === "hidden").length,
    },
    jointAttributions: c.statements.filter((s) => s.status === "made" && s.mode === "joint").length,
    actions,
  };
}
