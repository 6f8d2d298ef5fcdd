// Credibility, the currency of attribution politics (CR1–CR5): statements pay off or cost when
// the truth comes out; caught violators and exposed covert actors lose; every move is journalled.
import type { Draft } from "immer";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import { signersOf } from "./signers.ts";
import type { CredibilityMove, FiredInject, Statement, Violation } from "./state.ts";

const C = CRISIS_RULES.credibility;

export function moveCredibility(draft: Draft<GameState>, seat: string, delta: number, reason: string, emit: Emit, moves: CredibilityMove[]): void {
  const standing = draft.standings[seat];
  if (!standing || delta === 0) return;
  const to = Math.min(C.max, Math.max(C.min, standing.credibility + delta));
  const applied = to - standing.credibility;
  standing.credibility = to;
  moves.push({ seat, delta: applied, reason });
  emit({ type: "credibility.moved", seat, delta: applied, reason });
}

/** What each signer of a public or joint statement gains (right) or loses (wrong) — CR1, CR2. */
export function statementCredibility(s: Pick<Statement, "mode" | "confidence" | "initiator" | "invitations" | "madeRound">, injectRound: number, correct: boolean): number {
  if (s.mode === "private") return correct ? C.privateRight : -C.privateWrong;
  const confidence = C.confidence[s.confidence];
  if (!correct) return -Math.round(C.wrongLoss * confidence);
  const joint = signersOf(s).length >= 2 ? C.jointMultiplier : 1;
  const early = s.madeRound === injectRound ? C.earlyMultiplier : 1;
  return Math.round(C.rightGain * confidence * joint * early);
}

/** A caught violation's cost to the violator (CR4). */
export function caughtCost(v: Violation): number {
  return v.sponsor ? C.sponsorCaughtLoss : C.caughtLoss;
}

/** Reveals an inject's ground truth: statements are judged and deferred violations settled. */
export function revealTruth(draft: Draft<GameState>, inject: Draft<FiredInject>, emit: Emit, moves: CredibilityMove[]): void {
  const truth = inject.truth;
  if (!truth || inject.revealed) return;
  inject.revealed = true;
  emit({ type: "truth.revealed", inject: inject.id, perpetrator: truth.perpetrator, kind: truth.kind, summary: truth.summary });
  for (const s of draft.crisis.statements) {
    if (s.inject !== inject.id || s.status !== "made") continue;
    s.correct = s.accused === truth.perpetrator;
    const delta = statementCredibility(s, inject.round, s.correct);
    const who = s.mode === "private" ? [s.initiator] : signersOf(s);
    for (const seat of who) moveCredibility(draft, seat, delta, `${s.correct ? "right" : "wrong"} attribution ${s.id}`, emit, moves);
  }
  for (const v of draft.crisis.violations) {
    if (v.inject !== inject.id || v.caught) continue;
    v.caught = true;
    moveCredibility(draft, v.violator, -caughtCost(v), `caught violating ${v.norm}${v.sponsor ? " (a sponsor)" : ""}`, emit, moves);
  }
}
