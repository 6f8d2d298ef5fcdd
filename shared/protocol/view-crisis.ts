// The crisis part of a viewer's View: what this viewer may see of injects, evidence, statements,
// pledges, state practice, norms, gauges, objectives, round reports and scores, and which crisis
// actions it may take now. Built by shared/view/crisis.ts; view.ts nests it as `crisis`.
import { z } from "zod";
import { EVIDENCE_KINDS, RESPONSE_KINDS } from "../scenario/schema.ts";
import { ATTRIBUTION_MODES, CONFIDENCES, PledgeCommitment } from "./actions-crisis.ts";
import { ERROR_CODES } from "./errors.ts";

const str = z.string();
const Permission = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: str }),
]);
const Stage = z.enum(["none", "emergence", "cascade", "internalized"]);
const TruthView = z.strictObject({ perpetrator: str, kind: str, summary: str });

export const InjectView = z.strictObject({
  id: str,
  title: str,
  narrative: str,
  victims: z.array(str),
  norms: z.array(str),
  round: z.number(),
  source: z.enum(["scheduled", "early", "ad-hoc"]),
  /** null until revealed (the facilitator always sees it). */
  truth: TruthView.nullable(),
  revealed: z.boolean(),
});

export const EvidenceView = z.strictObject({
  key: str,
  inject: str,
  kind: z.enum(EVIDENCE_KINDS),
  title: str,
  text: str,
  /** The grade as now assessed (a later re-grade replaces the first). */
  grade: str,
  regradeNote: str.nullable(),
  pointsTo: str.nullable(),
  /** Shown once the inject's truth is revealed (and to the facilitator). */
  misleading: z.boolean().nullable(),
  public: z.boolean(),
  publishedBy: str.nullable(),
  /** How the viewer's seat came to hold it (empty for public items it never held). */
  via: z.array(z.strictObject({ via: z.enum(["briefing", "investigation", "share"]), from: str.nullable(), round: z.number() })),
  /** The facilitator's view: every seat that holds it. */
  holders: z.array(str).nullable(),
});

export const StatementView = z.strictObject({
  id: str,
  inject: str,
  accused: str,
  confidence: z.enum(CONFIDENCES),
  mode: z.enum(ATTRIBUTION_MODES),
  initiator: str,
  text: str.nullable(),
  signers: z.array(str),
  invitations: z.array(z.strictObject({ seat: str, accepted: z.boolean().nullable() })),
  status: z.enum(["pending", "made", "lapsed"]),
  round: z.number(),
  madeRound: z.number().nullable(),
  correct: z.boolean().nullable(),
});

export const PledgeView = z.strictObject({
  id: str,
  by: str,
  text: str,
  commitment: PledgeCommitment,
  minOthers: z.number(),
  members: z.array(str),
  round: z.number(),
  status: z.enum(["pending", "active", "lapsed", "settled"]),
  outcomes: z.record(str, z.enum(["kept", "broken"])),
});

export const PracticeView = z.strictObject({
  seat: str,
  response: z.enum(RESPONSE_KINDS),
  target: str.nullable(),
  round: z.number(),
  covert: z.boolean(),
  exposed: z.boolean(),
  defaulted: z.boolean(),
});

export const ViolationView = z.strictObject({
  round: z.number(),
  norm: str,
  /** null while the inject's truth is not revealed to this viewer. */
  violator: str.nullable(),
  inject: str.nullable(),
  outcome: z.enum(["enforced", "named", "ignored", "hidden"]),
  sponsor: z.boolean().nullable(),
  delta: z.number(),
});

export const RoundReportView = z.strictObject({
  round: z.number(),
  injects: z.array(str),
  exposed: z.array(str),
  violations: z.array(ViolationView),
  norms: z.array(z.strictObject({ norm: str, from: z.number(), to: z.number(), stage: str })),
  escalation: z.strictObject({ from: z.number(), to: z.number() }),
  credibility: z.array(z.strictObject({ seat: str, delta: z.number(), reason: str })),
  pledges: z.array(z.strictObject({ pledge: str, kept: z.array(str), broken: z.array(str) })),
  truths: z.array(str),
});

export const ObjectiveView = z.strictObject({ seat: str, id: str, text: str, points: z.number(), secret: z.boolean(), met: z.boolean().nullable() });

export const ScoreView = z.strictObject({
  seat: str,
  objectivePoints: z.number(),
  credibilityPoints: z.number(),
  collectivePoints: z.number(),
  total: z.number(),
});

export const SnapshotView = z.strictObject({
  round: z.number(),
  label: z.enum(["start", "round", "end"]),
  escalation: z.number(),
  norms: z.record(str, z.strictObject({ strength: z.number(), stage: str, adherents: z.number() })),
  standings: z.record(str, z.strictObject({ capacity: z.number().nullable(), credibility: z.number() })),
  scores: z.record(str, z.number()),
});

/** A finding of the debrief, drawn from the record (shared/rules/crisis/lessons.ts); the client words it. */
export const LessonView = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("norm-tipped"), norm: str, stage: z.enum(["cascade", "internalized"]), round: z.number(), joint: z.boolean() }),
  z.strictObject({ kind: z.literal("norm-enforced"), norm: str, round: z.number(), violator: str }),
  z.strictObject({ kind: z.literal("norm-eroded"), norm: str, from: z.number(), to: z.number(), unanswered: z.number() }),
  z.strictObject({ kind: z.literal("wrong-attribution"), inject: str, by: z.array(str), accused: str, truth: str }),
  z.strictObject({ kind: z.literal("escalation"), from: z.number(), to: z.number(), unanswered: z.number() }),
  z.strictObject({ kind: z.literal("pledges"), kept: z.number(), broken: z.number() }),
]);

export const CrisisView = z.strictObject({
  injects: z.array(InjectView),
  evidence: z.array(EvidenceView),
  statements: z.array(StatementView),
  pledges: z.array(PledgeView),
  /** The viewer's own choice this round, secret to others until resolution. */
  myChoice: z.strictObject({ response: z.enum(RESPONSE_KINDS), target: str.nullable() }).nullable(),
  /** Seats that have chosen this round (not what). */
  chosen: z.array(str),
  /** Revealed practice of past rounds: overt and exposed choices, one's own, everything after the end. */
  practice: z.array(PracticeView),
  norms: z.array(
    z.strictObject({
      id: str,
      title: str,
      adopted: z.boolean(),
      strength: z.number(),
      stage: Stage,
      adherents: z.array(str),
      sponsors: z.array(str),
    }),
  ),
  escalation: z.number(),
  /** Capacity is the viewer's own (it would betray secret choices); credibility is public. */
  standings: z.array(z.strictObject({ seat: str, capacity: z.number().nullable(), credibility: z.number() })),
  objectives: z.array(ObjectiveView),
  reports: z.array(RoundReportView),
  series: z.array(SnapshotView),
  scores: z.array(ScoreView).nullable(),
  /** The facilitator's list of the scenario's injects: when each is scheduled and whether it has fired (empty for others). */
  schedule: z.array(z.strictObject({ id: str, title: str, round: z.number().nullable(), fired: z.boolean() })),
  /** The debrief's lessons: empty until the game ends (the facilitator sees them as they form). */
  lessons: z.array(LessonView),
});

/** The `can` entries for the crisis actions (spread into View.can). */
export const CrisisCan = z.strictObject({
  fireInject: Permission,
  writeInject: Permission,
  investigate: Permission,
  shareEvidence: Permission,
  publishEvidence: Permission,
  publishReport: Permission,
  attribute: Permission,
  answerInvitation: Permission,
  publishStatement: Permission,
  pledge: Permission,
  joinPledge: Permission,
  choosePractice: Permission,
});

export type CrisisView = z.infer<typeof CrisisView>;
export type CrisisCan = z.infer<typeof CrisisCan>;
export type LessonView = z.infer<typeof LessonView>;
