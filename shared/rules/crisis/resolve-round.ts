// A round's resolution (R1): reveal the practice and the exposures, judge violations, move the
// norms, the escalation index and credibility, settle pledges, reveal scheduled truths, record
// objective progress, the round report and a snapshot of every gauge.
import { scenarioOf } from "./who.ts";
import type { Draft } from "immer";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import { lapsePending } from "../handlers/attribution.ts";
import { COVERT } from "../handlers/practice.ts";
import { cbmsInForce } from "./cbms.ts";
import { caughtCost, moveCredibility, revealTruth } from "./credibility.ts";
import { moveEscalation } from "./escalation.ts";
import { draw, exposureChance } from "./exposure.ts";
import { updateNorms } from "./norm-dynamics.ts";
import { progressOf, scoreLines } from "./objectives.ts";
import { settlePledges } from "./pledge-settlement.ts";
import { snapshot } from "./series.ts";
import type { CredibilityMove, PracticeChoice, RevealedPractice, Violation } from "./state.ts";
import { findViolations } from "./violations.ts";

export function resolveRound(draft: Draft<GameState>, emit: Emit): void {
  const round = draft.round;
  lapsePending(draft, emit);

  // Every delegation with a head has a practice; one that chose nothing is recorded as restraint.
  const choices: Record<string, PracticeChoice> = { ...draft.crisis.choices };
  for (const d of scenarioOf(draft).delegations) {
    if (!choices[d.id] && draft.seats[d.id]?.head != null) choices[d.id] = { seat: d.id, response: "restraint", target: null, cost: 0, defaulted: true };
  }
  const order = Object.keys(draft.seats).filter((s) => choices[s] !== undefined);
  const practice: RevealedPractice[] = order.flatMap((seat) => {
    const c = choices[seat];
    if (!c) return [];
    const covert = COVERT.has(c.response);
    const exposed = covert && draw(draft) < exposureChance(draft, seat);
    return [{ ...c, round, covert, exposed }];
  });
  draft.crisis.practice.push(...practice);
  draft.crisis.choices = {};
  emit({
    type: "practice.revealed",
    choices: practice.filter((p) => !p.covert || p.exposed).map((p) => ({ seat: p.seat, response: p.response, target: p.target, exposed: p.exposed })),
  });

  const violations = findViolations(draft, round, practice);
  draft.crisis.violations.push(...violations);
  const norms = updateNorms(draft, round, violations, practice, emit);

  const from = draft.escalation;
  moveEscalation(draft, escalationDelta(draft, practice, violations), emit);

  const credibility: CredibilityMove[] = [];
  for (const p of practice) {
    if (p.exposed) moveCredibility(draft, p.seat, -CRISIS_RULES.credibility.exposedLoss, `covert ${p.response} exposed`, emit, credibility);
  }
  for (const v of violations) {
    if (v.caught && v.known) moveCredibility(draft, v.violator, -caughtCost(v), `caught violating ${v.norm}${v.sponsor ? " (a sponsor)" : ""}`, emit, credibility);
  }
  const pledges = settlePledges(draft, choices, emit, credibility);

  const truths: string[] = [];
  for (const inject of draft.crisis.injects) {
    const at = inject.truth?.revealRound;
    if (at != null && at <= round && !inject.revealed) {
      revealTruth(draft, inject, emit, credibility);
      truths.push(inject.id);
    }
  }

  const progress = progressOf(draft);
  draft.crisis.progress = progress;
  draft.crisis.reports.push({
    round,
    injects: draft.crisis.injects.filter((x) => x.round === round).map((x) => x.id),
    exposed: practice.filter((p) => p.exposed).map((p) => p.seat),
    violations,
    norms,
    escalation: { from, to: draft.escalation },
    credibility,
    pledges,
    truths,
  });
  draft.crisis.series.push(snapshot(draft, round, "round", scoreLines(draft, progress)));
  emit({ type: "round.reported", round });
}

/** ES1–ES5, ES7: restraint, assistance and CBMs lower the index; retaliation, exposed covert action and impunity raise it. */
export function escalationDelta(state: GameState | Draft<GameState>, practice: readonly RevealedPractice[], violations: readonly Violation[]): number {
  const E = CRISIS_RULES.escalation;
  const violators = new Set(violations.map((v) => v.violator));
  let delta = 0;
  for (const _ of cbmsInForce(state)) delta += E.perCbm;
  for (const v of violations) {
    if (v.outcome === "ignored" || v.outcome === "hidden") delta += E.unansweredViolation;
    else if (v.outcome === "named") delta += E.namedViolation;
  }
  for (const p of practice) {
    switch (p.response) {
      case "restraint":
        delta += E.restraint;
        break;
      case "assistance":
        delta += E.assistance;
        break;
      case "demarche":
      case "public-attribution":
        break;
      case "sanctions":
      case "indictments":
      case "countermeasure":
        delta += p.target !== null && violators.has(p.target) ? E.proportionate : E.disproportionate;
        break;
      case "covert-operation":
      case "pre-positioning":
        delta += p.exposed ? E.exposedCovert : E.unexposedCovert;
        break;
    }
  }
  return delta;
}
