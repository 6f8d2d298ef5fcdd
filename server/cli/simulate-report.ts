// Turning simulated games into text: one game's story, or statistics over many seeds.
import type { GameSummary } from "../../shared/bots/summary.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] ?? 0;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Mean strength of the norms a game adopted (0 when it adopted none). */
const adoptedStrength = (g: GameSummary) => mean(g.norms.filter((n) => n.adopted).map((n) => n.strength));
const finalEscalation = (g: GameSummary) => g.escalation.at(-1) ?? 0;

export type Aggregate = ReturnType<typeof aggregate>;

export function aggregate(games: readonly GameSummary[]) {
  const answered = games.filter((g) => g.violations.enforced > 0);
  const unanswered = games.filter((g) => g.violations.total > 0 && g.violations.enforced === 0);
  const byImpunity = (lo: number, hi: number) => games.filter((g) => g.violations.unanswered >= lo && g.violations.unanswered <= hi);
  const attributions = games.flatMap((g) => g.attributions.filter((a) => a.correct !== null));
  const bucket = (lo: number, hi: number) => {
    const gs = byImpunity(lo, hi);
    return { games: gs.length, meanFinalEscalation: r3(mean(gs.map(finalEscalation))) };
  };
  return {
    scenario: games[0]?.scenario ?? "",
    games: games.length,
    seeds: { from: games[0]?.seed ?? 0, to: games.at(-1)?.seed ?? 0 },
    meanFinalEscalation: r3(mean(games.map(finalEscalation))),
    meanAdoptedNorms: r3(mean(games.map((g) => g.norms.filter((n) => n.adopted).length))),
    meanAdoptedNormStrength: r3(mean(games.map(adoptedStrength))),
    stages: {
      cascade: r3(mean(games.map((g) => g.norms.filter((n) => n.stage === "cascade").length))),
      internalized: r3(mean(games.map((g) => g.norms.filter((n) => n.stage === "internalized").length))),
    },
    attributions: { perGame: r3(mean(games.map((g) => g.attributions.length))), accuracy: r3(mean(attributions.map((a) => (a.correct ? 1 : 0)))) },
    /** The essay's first dynamic: enforcement strengthens norms. */
    enforcement: {
      gamesWithAnsweredViolations: answered.length,
      gamesWithOnlyUnansweredViolations: unanswered.length,
      meanNormStrengthWhenAnswered: r3(mean(answered.map(adoptedStrength))),
      meanNormStrengthWhenUnanswered: r3(mean(unanswered.map(adoptedStrength))),
    },
    /** The essay's second dynamic: impunity escalates. */
    impunity: {
      correlationUnansweredVsFinalEscalation: r3(pearson(games.map((g) => g.violations.unanswered), games.map(finalEscalation))),
      fewUnanswered: bucket(0, 2),
      someUnanswered: bucket(3, 5),
      manyUnanswered: bucket(6, Number.MAX_SAFE_INTEGER),
    },
  };
}

export function formatGame(g: GameSummary, scenario: Scenario): string {
  const name = (id: string) =>
    [...scenario.delegations, ...scenario.observers, ...scenario.actors].find((s) => s.id === id)?.name ?? id;
  const lines = [`${scenario.title} — seed ${g.seed}, ${g.rounds} round(s), ${g.actions} actions`, ""];
  lines.push(`Escalation by round: ${g.escalation.join(" → ")}`);
  lines.push(`Violations: ${g.violations.total} (${g.violations.enforced} enforced, ${g.violations.unanswered} unanswered)`, "");
  lines.push("Norms adopted:");
  const adopted = g.norms.filter((n) => n.adopted);
  if (adopted.length === 0) lines.push("  none");
  for (const n of adopted) lines.push(`  ${n.id.padEnd(16)} strength ${n.strength.toFixed(2)}  ${n.stage}  (${n.adherents} adherents)`);
  lines.push("", "Delegations (score, credibility):");
  for (const d of [...g.delegations].sort((a, b) => b.score - a.score)) lines.push(`  ${name(d.id).padEnd(22)} ${String(d.score).padStart(7)}  ${d.credibility}`);
  lines.push("", "Attributions:");
  if (g.attributions.length === 0) lines.push("  none");
  for (const a of g.attributions) {
    const verdict = a.correct === null ? "truth not revealed" : a.correct ? "right" : "WRONG";
    lines.push(`  ${a.inject}: ${a.by.map(name).join(", ")} → ${name(a.accused)} (${a.mode}, ${verdict})`);
  }
  return lines.join("\n");
}

export function formatAggregate(a: Aggregate, scenario: Scenario): string {
  return [
    `${scenario.title} — ${a.games} games, seeds ${a.seeds.from}..${a.seeds.to}`,
    "",
    `Final escalation (mean): ${a.meanFinalEscalation}`,
    `Norms adopted per game: ${a.meanAdoptedNorms} (mean strength ${a.meanAdoptedNormStrength}); in cascade ${a.stages.cascade}, internalized ${a.stages.internalized}`,
    `Attributions per game: ${a.attributions.perGame}, right ${Math.round(a.attributions.accuracy * 100)}% of those judged`,
    "",
    "Enforcement strengthens norms:",
    `  games with an answered violation:     ${a.enforcement.gamesWithAnsweredViolations}, mean adopted-norm strength ${a.enforcement.meanNormStrengthWhenAnswered}`,
    `  games where no violation was answered: ${a.enforcement.gamesWithOnlyUnansweredViolations}, mean adopted-norm strength ${a.enforcement.meanNormStrengthWhenUnanswered}`,
    "",
    "Impunity escalates:",
    `  correlation of unanswered violations with final escalation: ${a.impunity.correlationUnansweredVsFinalEscalation}`,
    `  0–2 unanswered: ${a.impunity.fewUnanswered.games} games, final escalation ${a.impunity.fewUnanswered.meanFinalEscalation}`,
    `  3–5 unanswered: ${a.impunity.someUnanswered.games} games, final escalation ${a.impunity.someUnanswered.meanFinalEscalation}`,
    `  6+ unanswered:  ${a.impunity.manyUnanswered.games} games, final escalation ${a.impunity.manyUnanswered.meanFinalEscalation}`,
  ].join("\n");
}
