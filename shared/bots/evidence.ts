// How a bot weighs what it knows about a crisis: each evidence item it can see adds weight to
// the actor it points to, by its Admiralty grade. Misleading items fool bots as they fool people.
import type { View } from "../protocol/view.ts";

const RELIABILITY: Readonly<Record<string, number>> = { A: 1, B: 0.8, C: 0.6, D: 0.35, E: 0.15, F: 0.3 };
const CREDIBILITY: Readonly<Record<string, number>> = { "1": 1, "2": 0.8, "3": 0.6, "4": 0.35, "5": 0.15, "6": 0.3 };

export function gradeWeight(grade: string): number {
  return (RELIABILITY[grade.charAt(0)] ?? 0.3) * (CREDIBILITY[grade.charAt(1)] ?? 0.3);
}

export type Suspicion = { readonly accused: string; readonly weight: number; readonly margin: number };

/** Weight of evidence against each actor for one inject, strongest first. */
export function suspicions(view: View, inject: string): Suspicion[] {
  const weights = new Map<string, number>();
  for (const e of view.crisis.evidence) {
    if (e.inject !== inject || e.pointsTo === null) continue;
    weights.set(e.pointsTo, (weights.get(e.pointsTo) ?? 0) + gradeWeight(e.grade));
  }
  // Public statements by others count as soft evidence: coalitions persuade.
  for (const s of view.crisis.statements) {
    if (s.inject !== inject || s.status !== "made" || s.mode === "private") continue;
    weights.set(s.accused, (weights.get(s.accused) ?? 0) + 0.25 * s.signers.length);
  }
  const sorted = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.map(([accused, weight], i) => ({ accused, weight, margin: weight - (sorted[i + 1]?.[1] ?? 0) }));
}
