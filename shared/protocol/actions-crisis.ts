// Actions of the crisis loop: injects, investigation and evidence, attribution statements,
// coalition pledges and state practice. actions.ts joins them into the unions the engine and
// the room accept.
import { z } from "zod";
import { Evidence, RESPONSE_KINDS, TRUTH_KINDS } from "../scenario/schema.ts";
import { LIMITS } from "./limits.ts";

const ref = z.string().min(1).max(40);
const itemId = z.string().min(1).max(40);
const words = (max: number, what: string) =>
  z.string().trim().min(1, `write the ${what}`).max(max, `the ${what} is limited to ${max} characters`);

export const CONFIDENCES = ["low", "medium", "high"] as const;
/** private = a démarche to the accused only; public = a national statement; joint = co-signed. */
export const ATTRIBUTION_MODES = ["private", "public", "joint"] as const;

// The facilitator.
/** Fire a scheduled inject now, before its round (or again in a round that skipped it). */
export const InjectFire = z.strictObject({ type: z.literal("inject.fire"), inject: ref });
/** An ad-hoc inject written during play. */
export const InjectWrite = z.strictObject({
  type: z.literal("inject.write"),
  title: words(LIMITS.injectTitle, "title"),
  narrative: words(LIMITS.injectNarrative, "narrative"),
  victims: z.array(ref).min(1, "name at least one victim").max(16),
  norms: z.array(ref).max(11).default([]),
  evidence: z.array(Evidence).max(12).default([]),
  truth: z
    .strictObject({
      perpetrator: ref,
      kind: z.enum(TRUTH_KINDS),
      summary: words(2000, "summary"),
      revealRound: z.number().int().min(1).max(12).optional(),
    })
    .optional(),
});

// Delegations and observers.
export const EvidenceInvestigate = z.strictObject({ type: z.literal("evidence.investigate"), inject: ref });
export const EvidenceShare = z.strictObject({
  type: z.literal("evidence.share"),
  evidence: itemId,
  with: z.array(ref).min(1, "choose at least one delegation to share with").max(16),
});
export const EvidencePublish = z.strictObject({ type: z.literal("evidence.publish"), evidence: itemId });
/** An observer's technical report: publishes the items it names with a text. */
export const ReportPublish = z.strictObject({
  type: z.literal("report.publish"),
  inject: ref,
  evidence: z.array(itemId).max(12).default([]),
  text: words(LIMITS.messageText, "report"),
});
export const AttributionMake = z.strictObject({
  type: z.literal("attribution.make"),
  inject: ref,
  /** A delegation, an observer or a scenario actor. */
  accused: ref,
  confidence: z.enum(CONFIDENCES),
  mode: z.enum(ATTRIBUTION_MODES),
  /** Joint statements only: the delegations invited to co-sign. */
  cosigners: z.array(ref).max(16).default([]),
  text: z.string().trim().max(LIMITS.messageText).optional(),
});
export const AttributionAnswer = z.strictObject({ type: z.literal("attribution.answer"), statement: itemId, accept: z.boolean() });
/** The initiator makes a joint statement public with the co-signers who accepted so far. */
export const AttributionPublish = z.strictObject({ type: z.literal("attribution.publish"), statement: itemId });

/** What a pledge commits its members to, checked against their state practice at resolution. */
export const PledgeCommitment = z.discriminatedUnion("kind", [
  /** Respond with this kind (against this target, when given). */
  z.strictObject({ kind: z.literal("respond"), response: z.enum(RESPONSE_KINDS), target: ref.optional() }),
  /** Choose assistance (to this victim, when given). */
  z.strictObject({ kind: z.literal("assist"), victim: ref.optional() }),
  /** Put capacity into a confidence-building measure. */
  z.strictObject({ kind: z.literal("fund-cbm"), cbm: ref }),
  /** Refrain from retaliation and covert action: restraint, assistance, démarche or public attribution. */
  z.strictObject({ kind: z.literal("restraint") }),
]);
export const PledgeMake = z.strictObject({
  type: z.literal("pledge.make"),
  text: words(LIMITS.messageText, "pledge"),
  commitment: PledgeCommitment,
  /** Conditional pledge: active only once this many others have joined. */
  minOthers: z.number().int().min(1).max(15).optional(),
});
export const PledgeJoin = z.strictObject({ type: z.literal("pledge.join"), pledge: itemId });
export const PracticeChoose = z.strictObject({
  type: z.literal("practice.choose"),
  response: z.enum(RESPONSE_KINDS),
  /** The delegation or actor the response is aimed at (the victim, for assistance). */
  target: ref.optional(),
});

export const CRISIS_PLAYER_ACTIONS = [
  EvidenceInvestigate,
  EvidenceShare,
  EvidencePublish,
  ReportPublish,
  AttributionMake,
  AttributionAnswer,
  AttributionPublish,
  PledgeMake,
  PledgeJoin,
  PracticeChoose,
] as const;
export const CRISIS_FACILITATOR_ACTIONS = [InjectFire, InjectWrite] as const;

export type Confidence = (typeof CONFIDENCES)[number];
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];
export type PledgeCommitment = z.infer<typeof PledgeCommitment>;
