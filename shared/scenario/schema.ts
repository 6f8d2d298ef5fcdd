// The scenario format: one zod schema, the single definition of what a scenario file may hold.
// Cross-reference checks (ids that must exist, a consistent round plan) live in validate.ts,
// so this file stays a plain description of shapes and ranges.
import { z } from "zod";

export const SCENARIO_SCHEMA_VERSION = 1;

const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "use letters, digits, '-', '_' or '.', starting with a letter or digit");
const shortText = z.string().trim().min(1).max(120);
const text = z.string().trim().min(1).max(2000);
const score = z.number().int().min(0).max(5);
const roundNumber = z.number().int().min(1).max(12);
const admiraltyGrade = z.string().regex(/^[A-F][1-6]$/, "an Admiralty grade such as B2 (letter A–F, digit 1–6)");

export const DECISION_RULES = ["consensus", "simple-majority", "two-thirds", "weighted"] as const;
export const VOTING_MODES = ["roll-call", "secret"] as const;
export const PHASES = ["briefing", "investigation", "negotiation", "voting", "state-practice", "resolution"] as const;
export const EVIDENCE_KINDS = [
  "code-reuse",
  "infrastructure",
  "ttp",
  "sigint",
  "humint",
  "victim-forensics",
  "private-sector-report",
  "claim",
  "context",
  "osint",
] as const;
export const RESPONSE_KINDS = [
  "restraint",
  "demarche",
  "public-attribution",
  "sanctions",
  "indictments",
  "countermeasure",
  "covert-operation",
  "assistance",
  "pre-positioning",
] as const;
export const ACTOR_KINDS = ["non-state-group", "absent-state", "unknown"] as const;
export const TRUTH_KINDS = ["state", "state-proxy", "criminal", "false-flag", "accident", "mixed"] as const;

export const Capabilities = z.strictObject({
  offense: score,
  defense: score,
  intelligence: score,
  dependency: score,
  weight: score,
});

/** What an objective asks for, in terms the engine can check at the end of the game. */
export const ObjectiveGoal = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("norm-adopted"), norm: id }),
  z.strictObject({ kind: z.literal("norm-not-adopted"), norm: id }),
  z.strictObject({ kind: z.literal("norm-stage"), norm: id, stage: z.enum(["cascade", "internalized"]) }),
  z.strictObject({ kind: z.literal("cbm-established"), cbm: id }),
  z.strictObject({ kind: z.literal("escalation-at-most"), value: z.number().int().min(0).max(100) }),
  z.strictObject({ kind: z.literal("credibility-at-least"), value: z.number().int().min(0).max(100) }),
  z.strictObject({
    kind: z.literal("joint-attribution"),
    accused: id,
    minSigners: z.number().int().min(2).max(16),
  }),
  z.strictObject({ kind: z.literal("not-attributed"), inject: id }),
  z.strictObject({ kind: z.literal("pledges-kept") }),
]);

export const Objective = z.strictObject({
  id,
  text,
  secret: z.boolean().default(false),
  points: z.number().int().min(1).max(50),
  goal: ObjectiveGoal,
});

const seatFields = {
  id,
  name: shortText,
  archetype: shortText,
  blocs: z.array(id).max(8).default([]),
  capabilities: Capabilities,
  /** Action points received each round. */
  capacity: z.number().int().min(1).max(20),
  credibility: z.number().int().min(0).max(100),
  /** 0 = cautious, 1 = bold: used by bots when deciding to attribute and respond. */
  riskAppetite: z.number().min(0).max(1).default(0.5),
  emblem: z.strictObject({
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour like #1f77b4"),
    shape: z.enum(["circle", "square", "triangle", "diamond", "hexagon", "star"]),
  }),
  brief: text,
  objectives: z.array(Objective).max(10).default([]),
  redLines: z.array(shortText).max(6).default([]),
};

export const Delegation = z.strictObject(seatFields);
export const Observer = z.strictObject(seatFields);

/** A bloc or alliance that seats can belong to; when a scenario lists blocs, seats may only name these. */
export const Bloc = z.strictObject({ id, name: shortText, text: text.optional() });

/** Actors who can be accused or be the truth but hold no seat (a criminal group, an absent state). */
export const Actor = z.strictObject({ id, name: shortText, kind: z.enum(ACTOR_KINDS), description: text.optional() });

export const Norm = z.strictObject({
  id,
  title: shortText,
  text,
  source: z.enum(["gge-2015", "candidate"]),
  /** Response kinds that breach this norm when a delegation chooses them. */
  violatedBy: z.array(z.enum(RESPONSE_KINDS)).default([]),
});

export const ConfidenceBuildingMeasure = z.strictObject({ id, title: shortText, text });

export const EvidenceVisibility = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("public") }),
  z.strictObject({ kind: z.literal("private"), to: z.array(id).min(1).max(16) }),
  z.strictObject({
    kind: z.literal("discoverable"),
    cost: z.number().int().min(1).max(10),
    minIntelligence: score,
  }),
]);

export const Evidence = z.strictObject({
  id,
  kind: z.enum(EVIDENCE_KINDS),
  title: shortText,
  text,
  /** Admiralty grade: source reliability A–F and information credibility 1–6. */
  grade: admiraltyGrade,
  /** The delegation or actor this item points to; omitted when it points to no one. */
  pointsTo: id.optional(),
  /** Authoring aid: true when the item is designed to mislead. Never shown to players before the reveal. */
  misleading: z.boolean().default(false),
  visibility: EvidenceVisibility,
  /** The round from which the item exists (a report published later); omitted = when the inject fires. */
  releaseRound: roundNumber.optional(),
  /** A later re-assessment: from `round` on, the item carries `grade` (e.g. a forged header exposed). */
  regrade: z.strictObject({ round: roundNumber, grade: admiraltyGrade, note: text.optional() }).optional(),
});

export const Truth = z.strictObject({
  perpetrator: id,
  kind: z.enum(TRUTH_KINDS),
  summary: text,
  /** The round whose resolution reveals the truth; omitted = revealed at the end of the game. */
  revealRound: z.number().int().min(1).max(12).optional(),
});

export const Inject = z.strictObject({
  id,
  title: shortText,
  narrative: text,
  victims: z.array(id).min(1).max(16),
  norms: z.array(id).max(11).default([]),
  truth: Truth,
  evidence: z.array(Evidence).max(12).default([]),
  /** Real cases this inject echoes, for the debrief. */
  echoes: z.array(shortText).max(6).default([]),
});

export const PhaseTimers = z.strictObject(
  Object.fromEntries(PHASES.map((p) => [p, z.number().int().min(10).max(3600)])) as Record<
    (typeof PHASES)[number],
    z.ZodNumber
  >,
);

export const Round = z.strictObject({
  /** A heading for the round plan, e.g. "The grid goes dark". */
  title: shortText.optional(),
  /** Guidance for the facilitator only: what to watch for, questions for the hot wash. */
  notes: text.optional(),
  /** Injects revealed in this round's briefing; empty = a round without a new crisis. */
  injects: z.array(id).max(3).default([]),
  timers: PhaseTimers.partial().optional(),
});

export const Scoring = z.strictObject({
  credibilityWeight: z.number().min(0).max(2).default(0.2),
  /** Points for every delegation per norm internalized at the end. */
  internalizedNormBonus: z.number().int().min(0).max(20).default(5),
  /** Points for every delegation when the final escalation is at or below the threshold. */
  lowEscalationBonus: z.number().int().min(0).max(20).default(5),
  lowEscalationThreshold: z.number().int().min(0).max(100).default(40),
});

export const Forum = z.strictObject({
  name: shortText,
  decisionRule: z.enum(DECISION_RULES),
  votingMode: z.enum(VOTING_MODES).default("roll-call"),
  silenceProcedure: z.boolean().default(false),
  timers: PhaseTimers,
});

export const Scenario = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id,
  title: shortText,
  summary: text,
  language: z.enum(["en", "fr"]).default("en"),
  durationMinutes: z.number().int().min(15).max(480),
  players: z.strictObject({ min: z.number().int().min(1).max(96), max: z.number().int().min(1).max(96) }),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  forum: Forum,
  blocs: z.array(Bloc).max(12).default([]),
  delegations: z.array(Delegation).min(2).max(16),
  observers: z.array(Observer).max(6).default([]),
  actors: z.array(Actor).max(16).default([]),
  norms: z.array(Norm).min(1).max(24),
  cbms: z.array(ConfidenceBuildingMeasure).max(12).default([]),
  injects: z.array(Inject).max(16).default([]),
  rounds: z.array(Round).min(1).max(12),
  scoring: Scoring.prefault({}),
  /** The escalation index (0–100) when the session starts. */
  initialEscalation: z.number().int().min(0).max(100).default(20),
  /** Probability that a bot keeps a pledge it made. */
  botPledgeKeeping: z.number().min(0).max(1).default(0.8),
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type DelegationSpec = z.infer<typeof Delegation>;
export type ObserverSpec = z.infer<typeof Observer>;
export type NormSpec = z.infer<typeof Norm>;
export type InjectSpec = z.infer<typeof Inject>;
export type EvidenceSpec = z.infer<typeof Evidence>;
export type DecisionRule = (typeof DECISION_RULES)[number];
export type VotingMode = (typeof VOTING_MODES)[number];
export type Phase = (typeof PHASES)[number];
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export type ObjectiveGoal = z.infer<typeof ObjectiveGoal>;
