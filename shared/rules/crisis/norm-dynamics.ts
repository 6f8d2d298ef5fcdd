// Norm strength and life-cycle stage at each resolution (R4–R8): violations move strength by
// their outcome; a tested norm gains with its adherents' compliance; an untested one decays;
// the stage follows Finnemore & Sikkink's tipping point.
import { scenarioOf } from "./who.ts";
import type { Draft } from "immer";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState, NormState } from "../state.ts";
import type { NormMove, RevealedPractice, Violation } from "./state.ts";

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The stage a norm holds given its adherents, strength and rounds above the internalization bar (R8). */
export function stageOf(norm: Pick<NormState, "adopted" | "adherents" | "strength" | "roundsAboveInternalization">, delegations: number): NormState["stage"] {
  const n = CRISIS_RULES.norms;
  if (!norm.adopted) return "none";
  const tipped = norm.adherents.length >= delegations * n.tippingShare - 1e-9 && norm.strength >= n.cascadeStrength;
  if (tipped && norm.roundsAboveInternalization >= n.internalizationRounds) return "internalized";
  if (tipped) return "cascade";
  return "emergence";
}

export function updateNorms(
  draft: Draft<GameState>,
  round: number,
  violations: readonly Violation[],
  practice: readonly RevealedPractice[],
  emit: Emit,
): NormMove[] {
  const moves: NormMove[] = [];
  const n = CRISIS_RULES.norms;
  const delegations = scenarioOf(draft).delegations.length;
  for (const spec of scenarioOf(draft).norms) {
    const norm = draft.norms[spec.id];
    if (!norm?.adopted) continue;
    const mine = violations.filter((v) => v.norm === spec.id);
    const known = mine.filter((v) => v.known);
    const implicated = draft.crisis.injects.some((x) => x.round === round && x.norms.includes(spec.id));
    let delta = known.reduce((sum, v) => sum + v.delta, 0);
    if (implicated || known.length > 0) {
      // Only what the forum can see counts: a hidden violator still looks compliant.
      const violators = new Set(known.map((v) => v.violator));
      const compliant = norm.adherents.filter((a) => !violators.has(a) && practice.some((p) => p.seat === a));
      const share = norm.adherents.length === 0 ? 0 : compliant.length / norm.adherents.length;
      delta += n.complianceGain * share;
    } else {
      delta -= n.decay;
    }
    const from = norm.strength;
    norm.strength = round3(Math.min(1, Math.max(0, from + delta)));
    norm.roundsAboveInternalization = norm.strength >= n.internalizationStrength ? norm.roundsAboveInternalization + 1 : 0;
    const before = norm.stage;
    norm.stage = stageOf(norm, delegations);
    if (norm.strength !== from || norm.stage !== before) {
      emit({ type: "norm.moved", norm: spec.id, from, to: norm.strength, stage: norm.stage });
    }
    moves.push({ norm: spec.id, from, to: norm.strength, stage: norm.stage });
  }
  return moves;
}
