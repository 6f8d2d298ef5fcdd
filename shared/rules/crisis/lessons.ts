// The debrief's lessons: a few findings drawn from the record of the game, as data the client
// puts into words (GAME.md, "Ending and debrief"). The most telling come first: norms that
// tipped, enforcement, wrong attributions, erosion under impunity, escalation, pledges.
import type { LessonView } from "../../protocol/view-crisis.ts";
import type { GameState } from "../state.ts";
import { signersOf } from "./signers.ts";

export type Lesson = LessonView;

const MAX_LESSONS = 6;

/** What the lessons read: the record of the crisis, the norms and the escalation gauge. */
export type LessonInputs = Pick<GameState, "scenario" | "crisis" | "norms" | "escalation">;

export function lessonsOf(state: LessonInputs): Lesson[] {
  const c = state.crisis;
  const lessons: Lesson[] = [];
  const rightJointRounds = c.statements.filter((s) => s.mode === "joint" && s.status === "made" && s.correct === true).map((s) => s.madeRound ?? s.round);

  const tipped = new Set<string>();
  for (const report of c.reports) {
    for (const move of report.norms) {
      if ((move.stage === "cascade" || move.stage === "internalized") && !tipped.has(`${move.norm}:${move.stage}`)) {
        tipped.add(`${move.norm}:${move.stage}`);
        lessons.push({ kind: "norm-tipped", norm: move.norm, stage: move.stage, round: report.round, joint: rightJointRounds.some((r) => r <= report.round) });
      }
    }
  }
  const enforced = c.reports.flatMap((r) => r.violations.filter((v) => v.outcome === "enforced").map((v) => ({ r, v })));
  for (const { r, v } of enforced.slice(0, 2)) lessons.push({ kind: "norm-enforced", norm: v.norm, round: r.round, violator: v.violator });

  const violations = c.reports.flatMap((r) => r.violations);
  const unanswered = violations.filter((v) => v.outcome === "ignored" || v.outcome === "hidden");
  for (const norm of Object.values(state.norms)) {
    if (!norm.adopted) continue;
    const moves = c.reports.flatMap((r) => r.norms.filter((m) => m.norm === norm.id));
    const from = moves[0]?.from ?? norm.strength;
    const misses = unanswered.filter((v) => v.norm === norm.id).length;
    if (misses > 0 && norm.strength < from) lessons.push({ kind: "norm-eroded", norm: norm.id, from, to: norm.strength, unanswered: misses });
  }

  for (const s of c.statements) {
    if (s.status !== "made" || s.mode === "private" || s.correct !== false) continue;
    const truth = c.injects.find((i) => i.id === s.inject)?.truth?.perpetrator ?? "";
    lessons.push({ kind: "wrong-attribution", inject: s.inject, by: signersOf(s), accused: s.accused, truth });
  }

  const weight: Record<Lesson["kind"], number> = { "norm-tipped": 0, "norm-enforced": 1, "wrong-attribution": 2, "norm-eroded": 3, escalation: 4, pledges: 5 };
  // Of the eroded norms, the two that fell furthest.
  const eroded = lessons.filter((l) => l.kind === "norm-eroded").sort((a, b) => (a.kind === "norm-eroded" && b.kind === "norm-eroded" ? b.from - b.to - (a.from - a.to) : 0));
  const kept = [...lessons.filter((l) => l.kind !== "norm-eroded"), ...eroded.slice(0, 2)];
  const chosen = kept.sort((a, b) => weight[a.kind] - weight[b.kind]).slice(0, MAX_LESSONS - 2);
  // The escalation is always told; pledges when any were settled.
  const start = c.series[0]?.escalation ?? state.scenario.initialEscalation;
  chosen.push({ kind: "escalation", from: start, to: state.escalation, unanswered: unanswered.length });
  const outcomes = c.pledges.flatMap((p) => Object.values(p.outcomes));
  if (outcomes.length > 0) chosen.push({ kind: "pledges", kept: outcomes.filter((o) => o === "kept").length, broken: outcomes.filter((o) => o === "broken").length });
  return chosen;
}
