// Who violated which adopted norm this round, and whether the forum answered (R2, R3).
//
// A violation is answered ("enforced") when it was correctly named — an overt or exposed act
// names itself; an inject's perpetrator must be accused in a public or joint statement made by
// resolution — AND at least `answeredMinResponders` other delegations aimed a proportionate
// response (ladder 1 … proportionateMaxLevel) at the violator in the same round's practice.
// Named but not answered is "named"; neither is "ignored"; an unexposed covert act is "hidden".
import type { Draft } from "immer";
import type { ResponseKind } from "../../scenario/schema.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { GameState } from "../state.ts";
import type { RevealedPractice, Statement, Violation } from "./state.ts";
import { signersOf } from "./signers.ts";
import { isDelegation, scenarioOf } from "./who.ts";

type S = GameState | Draft<GameState>;

export const isProportionate = (response: ResponseKind) => {
  const level = CRISIS_RULES.ladder[response];
  return level >= 1 && level <= CRISIS_RULES.proportionateMaxLevel;
};

/** Public or joint statements, made by now, accusing `accused` of `inject`. */
export function namingStatements(state: S, inject: string, accused: string): Statement[] {
  return state.crisis.statements.filter((s) => s.status === "made" && s.mode !== "private" && s.inject === inject && s.accused === accused);
}

/** Delegations other than the violator whose proportionate response this round targets it. */
export function respondersAgainst(practice: readonly RevealedPractice[], violator: string): string[] {
  return practice.filter((p) => p.seat !== violator && p.target === violator && isProportionate(p.response)).map((p) => p.seat);
}

/** Every violation of an adopted norm in this round, with its outcome and strength delta. */
export function findViolations(state: S, round: number, practice: readonly RevealedPractice[]): Violation[] {
  const out: Violation[] = [];
  const n = CRISIS_RULES.norms;
  for (const spec of scenarioOf(state).norms) {
    const norm = state.norms[spec.id];
    if (!norm?.adopted) continue;
    const judge = (violator: string, inject: string | null, response: ResponseKind | null, known: boolean): Violation => {
      const sponsor = norm.sponsors.includes(violator);
      if (!known) return { round, norm: spec.id, violator, inject, response, known, outcome: "hidden", sponsor, delta: 0, caught: false };
      const statements = inject === null ? [] : namingStatements(state, inject, violator);
      const named = inject === null || statements.length > 0;
      const answered = named && respondersAgainst(practice, violator).length >= CRISIS_RULES.answeredMinResponders;
      const joint = statements.some((s) => s.mode === "joint" && signersOf(s).length >= 2);
      const base = answered ? n.enforcedGain * (joint ? n.jointMultiplier : 1) : named ? -n.namedOnlyLoss : -n.ignoredLoss;
      const delta = base - (sponsor ? n.hypocrisyLoss : 0);
      return { round, norm: spec.id, violator, inject, response, known, outcome: answered ? "enforced" : named ? "named" : "ignored", sponsor, delta, caught: inject === null };
    };
    for (const p of practice) {
      if (isDelegation(state, p.seat) && spec.violatedBy.includes(p.response)) out.push(judge(p.seat, null, p.response, !p.covert || p.exposed));
    }
    for (const inj of state.crisis.injects) {
      const perpetrator = inj.truth?.perpetrator;
      if (inj.round !== round || !inj.norms.includes(spec.id) || perpetrator === undefined || !isDelegation(state, perpetrator)) continue;
      out.push(judge(perpetrator, inj.id, null, true));
    }
  }
  return out;
}
