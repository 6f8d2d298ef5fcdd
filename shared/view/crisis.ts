// The crisis part of a view. Secrecy rules (D2): private evidence only to its holders; démarches
// only to the two parties; pending joint statements to their initiator and invitees; a seat's
// practice choice only to itself until resolution, and an unexposed covert action never to
// others; ground truth and misleading flags only after the reveal; secret objectives and other
// seats' capacity only to their own seat. The facilitator sees everything; after the end, so
// does everyone (the debrief).
import type { CrisisView } from "../protocol/view-crisis.ts";
import { lessonsOf } from "../rules/crisis/lessons.ts";
import { signersOf } from "../rules/crisis/signers.ts";
import type { CrisisState, EvidenceItem, Statement } from "../rules/crisis/state.ts";
import type { GameState } from "../rules/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { Audience } from "./audience.ts";
import type { Memo } from "./memo.ts";
import { deferred, type ViewOptions } from "./permissions.ts";

export function crisisView(state: GameState, audience: Audience, memo: Memo, options: ViewOptions = {}): CrisisView {
  const c = state.crisis;
  const chair = audience.kind === "facilitator";
  const full = chair || state.stage === "ended";
  const seat = audience.kind === "seat" ? audience.seat : null;
  const view: Omit<CrisisView, "reports" | "series" | "practice" | "objectives" | "lessons"> = {
    injects: memo.each("injects", c.injects, injectView, full),
    evidence: memo.section("evidence", evidenceSection, c.evidence, c.injects, state.round, seat, full, chair),
    statements: memo.section("statements", statementsSection, c.statements, seat, full),
    pledges: memo.section("pledges", pledgesSection, c.pledges),
    myChoice: memo.section("myChoice", myChoiceOf, c.choices, seat),
    chosen: memo.section("chosen", (choices: CrisisState["choices"]) => Object.keys(choices), c.choices),
    norms: memo.section("norms", normsSection, state.scenario, state.norms),
    escalation: state.escalation,
    standings: memo.section("standings", standingsSection, state.standings, seat, full),
    scores: memo.section("scores", scoresSection, c.scores),
    schedule: chair ? memo.section("schedule", scheduleOf, state.scenario, c.injects) : [],
  };
  const whole = view as CrisisView;
  deferred(whole, "practice", () => memo.section("practice", practiceView, c.practice, seat, full), options);
  deferred(whole, "objectives", () => memo.section("objectives", objectivesView, state.scenario, c.progress, seat, full), options);
  deferred(whole, "reports", () => memo.section("reports", reportsView, c.reports, c.injects, seat, full), options);
  deferred(whole, "lessons", () => (full ? memo.section("lessons", lessonsFrom, state.scenario, c, state.norms, state.escalation) : []), options);
  return deferred(whole, "series", () => memo.section("series", seriesView, c.series, seat, full), options);
}

const mineFor = (seat: string | null) => (id: string) => seat !== null && id === seat;
const revealedOf = (injects: CrisisState["injects"]) => new Set(injects.filter((x) => x.revealed).map((x) => x.id));

function injectView(x: CrisisState["injects"][number], full: boolean): CrisisView["injects"][number] {
  return {
    id: x.id,
    title: x.title,
    narrative: x.narrative,
    victims: [...x.victims],
    norms: [...x.norms],
    round: x.round,
    source: x.source,
    truth: x.truth && (x.revealed || full) ? { perpetrator: x.truth.perpetrator, kind: x.truth.kind, summary: x.truth.summary } : null,
    revealed: x.revealed,
  };
}

function evidenceSection(
  evidence: CrisisState["evidence"],
  injects: CrisisState["injects"],
  round: number,
  seat: string | null,
  full: boolean,
  chair: boolean,
): CrisisView["evidence"] {
  const revealed = revealedOf(injects);
  return Object.values(evidence)
    .filter((e) => e.released && (full || e.public || (seat !== null && e.holders.some((h) => h.seat === seat))))
    .map((e) => evidenceView(e, round, seat, full || revealed.has(e.inject), chair));
}

function statementsSection(statements: readonly Statement[], seat: string | null, full: boolean): CrisisView["statements"] {
  return statements.filter((s) => full || canSee(s, seat)).map(statementView);
}

function pledgesSection(pledges: CrisisState["pledges"]): CrisisView["pledges"] {
  return pledges.map((p) => ({ ...p, commitment: p.commitment, members: [...p.members], outcomes: { ...p.outcomes } }));
}

function myChoiceOf(choices: CrisisState["choices"], seat: string | null): CrisisView["myChoice"] {
  const mine = seat !== null ? choices[seat] : undefined;
  return mine ? { response: mine.response, target: mine.target } : null;
}

function normsSection(scenario: Scenario, norms: GameState["norms"]): CrisisView["norms"] {
  return scenario.norms.map((spec) => {
    const n = norms[spec.id];
    return {
      id: spec.id,
      title: spec.title,
      adopted: n?.adopted ?? false,
      strength: n?.strength ?? 0,
      stage: n?.stage ?? "none",
      adherents: [...(n?.adherents ?? [])],
      sponsors: [...(n?.sponsors ?? [])],
    };
  });
}

function standingsSection(standings: GameState["standings"], seat: string | null, full: boolean): CrisisView["standings"] {
  const mine = mineFor(seat);
  return Object.values(standings).map((s) => ({ seat: s.id, capacity: full || mine(s.id) ? s.capacity : null, credibility: s.credibility }));
}

function scoresSection(scores: CrisisState["scores"]): CrisisView["scores"] {
  return scores
    ? scores.map((l) => ({ seat: l.seat, objectivePoints: l.objectivePoints, credibilityPoints: l.credibilityPoints, collectivePoints: l.collectivePoints, total: l.total }))
    : null;
}

function lessonsFrom(scenario: Scenario, crisis: CrisisState, norms: GameState["norms"], escalation: number): CrisisView["lessons"] {
  return lessonsOf({ scenario, crisis, norms, escalation });
}

/** Every inject of the scenario with its round (null: fired only on demand) and whether it has fired. */
function scheduleOf(scenario: Scenario, fired: CrisisState["injects"]): CrisisView["schedule"] {
  return scenario.injects.map((inject) => {
    const index = scenario.rounds.findIndex((r) => r.injects.includes(inject.id));
    return { id: inject.id, title: inject.title, round: index < 0 ? null : index + 1, fired: fired.some((f) => f.id === inject.id) };
  });
}

function practiceView(practice: CrisisState["practice"], seat: string | null, full: boolean): CrisisView["practice"] {
  const mine = mineFor(seat);
  return practice
    .filter((p) => full || !p.covert || p.exposed || mine(p.seat))
    .map((p) => ({ seat: p.seat, response: p.response, target: p.target, round: p.round, covert: p.covert, exposed: p.exposed, defaulted: p.defaulted }));
}

function objectivesView(scenario: Scenario, progress: CrisisState["progress"], seat: string | null, full: boolean): CrisisView["objectives"] {
  const mine = mineFor(seat);
  return [...scenario.delegations, ...scenario.observers].flatMap((spec) =>
    spec.objectives
      .filter((o) => !o.secret || full || mine(spec.id))
      .map((o) => ({ seat: spec.id, id: o.id, text: o.text, points: o.points, secret: o.secret, met: progress[spec.id]?.[o.id] ?? null })),
  );
}

function reportsView(reports: CrisisState["reports"], injects: CrisisState["injects"], seat: string | null, full: boolean): CrisisView["reports"] {
  const mine = mineFor(seat);
  const revealed = revealedOf(injects);
  return reports.map((r) => ({
    round: r.round,
    injects: [...r.injects],
    exposed: [...r.exposed],
    violations: r.violations
      .filter((v) => full || v.outcome !== "hidden" || mine(v.violator))
      .map((v) => {
        const open = full || v.inject === null || revealed.has(v.inject);
        return { round: v.round, norm: v.norm, violator: open ? v.violator : null, inject: v.inject, outcome: v.outcome, sponsor: open ? v.sponsor : null, delta: v.delta };
      }),
    norms: r.norms.map((m) => ({ ...m })),
    escalation: { ...r.escalation },
    credibility: r.credibility.map((m) => ({ ...m })),
    pledges: r.pledges.map((p) => ({ pledge: p.pledge, kept: [...p.kept], broken: [...p.broken] })),
    truths: [...r.truths],
  }));
}

function seriesView(series: CrisisState["series"], seat: string | null, full: boolean): CrisisView["series"] {
  const mine = mineFor(seat);
  return series.map((s) => ({
    round: s.round,
    label: s.label,
    escalation: s.escalation,
    norms: { ...s.norms },
    standings: Object.fromEntries(
      Object.entries(s.standings).map(([id, v]) => [id, { capacity: full || mine(id) ? v.capacity : null, credibility: v.credibility }]),
    ),
    scores: { ...s.scores },
  }));
}

function canSee(s: Statement, seat: string | null): boolean {
  if (seat === null) return s.status === "made" && s.mode !== "private";
  if (s.initiator === seat || s.invitations.some((i) => i.seat === seat)) return true;
  if (s.status !== "made") return false;
  return s.mode !== "private" || s.accused === seat;
}

function statementView(s: Statement): CrisisView["statements"][number] {
  return {
    id: s.id,
    inject: s.inject,
    accused: s.accused,
    confidence: s.confidence,
    mode: s.mode,
    initiator: s.initiator,
    text: s.text,
    signers: s.status === "made" ? signersOf(s) : [s.initiator],
    invitations: s.invitations.map((i) => ({ ...i })),
    status: s.status,
    round: s.round,
    madeRound: s.madeRound,
    correct: s.correct,
  };
}

function evidenceView(e: EvidenceItem, round: number, seat: string | null, truthOut: boolean, facilitator: boolean): CrisisView["evidence"][number] {
  const regraded = e.spec.regrade !== undefined && round >= e.spec.regrade.round;
  return {
    key: e.key,
    inject: e.inject,
    kind: e.spec.kind,
    title: e.spec.title,
    text: e.spec.text,
    grade: regraded && e.spec.regrade ? e.spec.regrade.grade : e.spec.grade,
    regradeNote: regraded ? (e.spec.regrade?.note ?? null) : null,
    pointsTo: e.spec.pointsTo ?? null,
    misleading: truthOut ? e.spec.misleading : null,
    public: e.public,
    publishedBy: e.publishedBy,
    via: e.holders.filter((h) => h.seat === seat).map((h) => ({ via: h.via, from: h.from, round: h.round })),
    holders: facilitator ? e.holders.map((h) => h.seat) : null,
  };
}

