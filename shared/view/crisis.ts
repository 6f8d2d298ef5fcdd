// The crisis part of a view. Secrecy rules (D2): private evidence only to its holders; démarches
// only to the two parties; pending joint statements to their initiator and invitees; a seat's
// practice choice only to itself until resolution, and an unexposed covert action never to
// others; ground truth and misleading flags only after the reveal; secret objectives and other
// seats' capacity only to their own seat. The facilitator sees everything; after the end, so
// does everyone (the debrief).
import type { CrisisView } from "../protocol/view-crisis.ts";
import { lessonsOf } from "../rules/crisis/lessons.ts";
import { signersOf } from "../rules/crisis/signers.ts";
import type { EvidenceItem, Statement } from "../rules/crisis/state.ts";
import type { GameState } from "../rules/state.ts";
import type { Viewer } from "./view-for.ts";
import { deferred, permissionSet, prober, type ViewOptions } from "./permissions.ts";

type Permission = CrisisView["can"]["fireInject"];

export function crisisView(state: GameState, viewer: Viewer, now: number, options: ViewOptions = {}): CrisisView {
  const c = state.crisis;
  const full = viewer.kind === "facilitator" || state.stage === "ended";
  const seat = viewer.kind === "player" ? (state.players[viewer.playerId]?.seat ?? null) : null;
  const revealed = new Set(c.injects.filter((x) => x.revealed).map((x) => x.id));
  const mine = (id: string) => seat !== null && id === seat;
  const view: Omit<CrisisView, "reports" | "series" | "practice" | "objectives" | "lessons"> = {
    injects: c.injects.map((x) => ({
      id: x.id,
      title: x.title,
      narrative: x.narrative,
      victims: [...x.victims],
      norms: [...x.norms],
      round: x.round,
      source: x.source,
      truth: x.truth && (x.revealed || full) ? { perpetrator: x.truth.perpetrator, kind: x.truth.kind, summary: x.truth.summary } : null,
      revealed: x.revealed,
    })),
    evidence: Object.values(c.evidence)
      .filter((e) => e.released && (full || e.public || (seat !== null && e.holders.some((h) => h.seat === seat))))
      .map((e) => evidenceView(e, state.round, seat, full || revealed.has(e.inject), viewer.kind === "facilitator")),
    statements: c.statements.filter((s) => full || canSee(s, seat)).map(statementView),
    pledges: c.pledges.map((p) => ({ ...p, commitment: p.commitment, members: [...p.members], outcomes: { ...p.outcomes } })),
    myChoice: seat !== null && c.choices[seat] ? { response: c.choices[seat].response, target: c.choices[seat].target } : null,
    chosen: Object.keys(c.choices),
    norms: state.scenario.norms.map((spec) => {
      const n = state.norms[spec.id];
      return {
        id: spec.id,
        title: spec.title,
        adopted: n?.adopted ?? false,
        strength: n?.strength ?? 0,
        stage: n?.stage ?? "none",
        adherents: [...(n?.adherents ?? [])],
        sponsors: [...(n?.sponsors ?? [])],
      };
    }),
    escalation: state.escalation,
    standings: Object.values(state.standings).map((s) => ({
      seat: s.id,
      capacity: full || mine(s.id) ? s.capacity : null,
      credibility: s.credibility,
    })),
    scores: c.scores
      ? c.scores.map((l) => ({ seat: l.seat, objectivePoints: l.objectivePoints, credibilityPoints: l.credibilityPoints, collectivePoints: l.collectivePoints, total: l.total }))
      : null,
    can: crisisPermissions(state, viewer, seat, now, options),
    schedule: viewer.kind === "facilitator" ? scheduleOf(state) : [],
  };
  const whole = view as CrisisView;
  deferred(whole, "practice", () => practiceView(state, full, mine), options);
  deferred(whole, "objectives", () => objectivesView(state, full, mine), options);
  deferred(whole, "reports", () => reportsView(state, full, revealed, mine), options);
  deferred(whole, "lessons", () => (full ? lessonsOf(state) : []), options);
  return deferred(whole, "series", () => seriesView(state, full, mine), options);
}

/** Every inject of the scenario with its round (null: fired only on demand) and whether it has fired. */
function scheduleOf(state: GameState): CrisisView["schedule"] {
  return state.scenario.injects.map((inject) => {
    const index = state.scenario.rounds.findIndex((r) => r.injects.includes(inject.id));
    return { id: inject.id, title: inject.title, round: index < 0 ? null : index + 1, fired: state.crisis.injects.some((f) => f.id === inject.id) };
  });
}

function practiceView(state: GameState, full: boolean, mine: (id: string) => boolean): CrisisView["practice"] {
  return state.crisis.practice
    .filter((p) => full || !p.covert || p.exposed || mine(p.seat))
    .map((p) => ({ seat: p.seat, response: p.response, target: p.target, round: p.round, covert: p.covert, exposed: p.exposed, defaulted: p.defaulted }));
}

function objectivesView(state: GameState, full: boolean, mine: (id: string) => boolean): CrisisView["objectives"] {
  const progress = state.crisis.progress;
  return [...state.scenario.delegations, ...state.scenario.observers].flatMap((spec) =>
    spec.objectives
      .filter((o) => !o.secret || full || mine(spec.id))
      .map((o) => ({ seat: spec.id, id: o.id, text: o.text, points: o.points, secret: o.secret, met: progress[spec.id]?.[o.id] ?? null })),
  );
}

function reportsView(state: GameState, full: boolean, revealed: ReadonlySet<string>, mine: (id: string) => boolean): CrisisView["reports"] {
  const c = state.crisis;
  return c.reports.map((r) => ({
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

function seriesView(state: GameState, full: boolean, mine: (id: string) => boolean): CrisisView["series"] {
  const c = state.crisis;
  return c.series.map((s) => ({
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

/** Asks the engine whether each crisis action would be accepted now, with the likeliest arguments. */
function crisisPermissions(state: GameState, viewer: Viewer, seat: string | null, now: number, options: ViewOptions): CrisisView["can"] {
  const c = state.crisis;
  const inject = c.injects.filter((x) => x.round === state.round).at(-1)?.id ?? c.injects.at(-1)?.id ?? "none";
  const other = Object.keys(state.seats).find((s) => s !== seat) ?? "none";
  const held = Object.values(c.evidence).find((e) => !e.public && seat !== null && e.holders.some((h) => h.seat === seat))?.key ?? "none";
  const invited = c.statements.find((s) => s.status === "pending" && s.invitations.some((i) => i.seat === seat && i.accepted === null))?.id ?? "none";
  const initiated = c.statements.find((s) => s.status === "pending" && s.initiator === seat)?.id ?? "none";
  const joinable = c.pledges.find((p) => (p.status === "pending" || p.status === "active") && seat !== null && !p.members.includes(seat))?.id ?? "none";
  const unfired = state.scenario.injects.find((x) => !c.injects.some((f) => f.id === x.id))?.id ?? "none";
  return permissionSet(prober(state, viewer, now), {
    fireInject: { type: "inject.fire", inject: unfired },
    writeInject: { type: "inject.write", title: "probe", narrative: "probe", victims: [other], norms: [], evidence: [] },
    investigate: { type: "evidence.investigate", inject },
    shareEvidence: { type: "evidence.share", evidence: held, with: [other] },
    publishEvidence: { type: "evidence.publish", evidence: held },
    publishReport: { type: "report.publish", inject, evidence: [], text: "probe" },
    attribute: { type: "attribution.make", inject, accused: other, confidence: "medium", mode: "public", cosigners: [] },
    answerInvitation: { type: "attribution.answer", statement: invited, accept: false },
    publishStatement: { type: "attribution.publish", statement: initiated },
    pledge: { type: "pledge.make", text: "probe", commitment: { kind: "restraint" } },
    joinPledge: { type: "pledge.join", pledge: joinable },
    choosePractice: { type: "practice.choose", response: "restraint" },
  }, options);
}
