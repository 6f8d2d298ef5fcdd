// Objectives as machine-checkable goals, and the score they add up to (SC1–SC3).
import { scenarioOf } from "./who.ts";
import type { Draft } from "immer";
import type { DelegationSpec, ObserverSpec } from "../../scenario/schema.ts";
import type { GameState } from "../state.ts";
import { isEstablished } from "./cbms.ts";
import { signersOf } from "./signers.ts";
import type { ScoreLine } from "./state.ts";

type S = GameState | Draft<GameState>;
type Goal = DelegationSpec["objectives"][number]["goal"];
const STAGE_ORDER = ["none", "emergence", "cascade", "internalized"] as const;

export function goalMet(state: S, seat: string, goal: Goal): boolean {
  switch (goal.kind) {
    case "norm-adopted":
      return state.norms[goal.norm]?.adopted === true;
    case "norm-not-adopted":
      return state.norms[goal.norm]?.adopted !== true;
    case "norm-stage": {
      const stage = state.norms[goal.norm]?.stage ?? "none";
      return STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(goal.stage);
    }
    case "cbm-established":
      return isEstablished(state, goal.cbm);
    case "escalation-at-most":
      return state.escalation <= goal.value;
    case "credibility-at-least":
      return (state.standings[seat]?.credibility ?? 0) >= goal.value;
    case "joint-attribution":
      return state.crisis.statements.some(
        (s) => s.status === "made" && s.mode === "joint" && s.accused === goal.accused && signersOf(s).length >= goal.minSigners,
      );
    case "not-attributed": {
      const inject = state.crisis.injects.find((x) => x.id === goal.inject);
      const culprit = inject?.truth?.perpetrator;
      if (culprit === undefined) return true;
      return !state.crisis.statements.some((s) => s.status === "made" && s.mode !== "private" && s.inject === goal.inject && s.accused === culprit);
    }
    case "pledges-kept":
      return !state.crisis.pledges.some((p) => p.outcomes[seat] === "broken");
  }
}

const seatSpecs = (state: S): (DelegationSpec | ObserverSpec)[] => [...scenarioOf(state).delegations, ...scenarioOf(state).observers];

export function progressOf(state: S): Record<string, Record<string, boolean>> {
  const out: Record<string, Record<string, boolean>> = {};
  for (const spec of seatSpecs(state)) {
    out[spec.id] = Object.fromEntries(spec.objectives.map((o) => [o.id, goalMet(state, spec.id, o.goal)]));
  }
  return out;
}

/**
 * Objectives' points + credibility × weight + the collective bonuses every seat shares (SC1, SC2).
 * `progress`, when the caller has just computed it for this same state, spares judging every goal again.
 */
export function scoreLines(state: S, progress?: Readonly<Record<string, Readonly<Record<string, boolean>>>>): ScoreLine[] {
  const scoring = scenarioOf(state).scoring;
  const internalized = Object.values(state.norms).filter((n) => n.stage === "internalized").length;
  const lowEscalation = state.escalation <= scoring.lowEscalationThreshold;
  const collectivePoints = internalized * scoring.internalizedNormBonus + (lowEscalation ? scoring.lowEscalationBonus : 0);
  return seatSpecs(state).map((spec) => {
    const objectives = spec.objectives.map((o) => ({ id: o.id, points: o.points, met: progress?.[spec.id]?.[o.id] ?? goalMet(state, spec.id, o.goal), secret: o.secret }));
    const objectivePoints = objectives.reduce((sum, o) => sum + (o.met ? o.points : 0), 0);
    const credibilityPoints = Math.round((state.standings[spec.id]?.credibility ?? 0) * scoring.credibilityWeight);
    return { seat: spec.id, objectives, objectivePoints, credibilityPoints, collectivePoints, total: objectivePoints + credibilityPoints + collectivePoints };
  });
}

