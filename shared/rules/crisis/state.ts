// The crisis part of the game state: injects that fired, who holds which evidence, attribution
// statements, pledges, state-practice choices, and the per-round record the debrief reads.
import type { AttributionMode, Confidence, PledgeCommitment } from "../../protocol/actions-crisis.ts";
import type { EvidenceSpec, ResponseKind, Scenario } from "../../scenario/schema.ts";

export type Truth = {
  readonly perpetrator: string;
  readonly kind: string;
  readonly summary: string;
  readonly revealRound: number | null;
};

/** An inject as it fired in this session: from the scenario (on schedule or early) or written ad hoc. */
export type FiredInject = {
  readonly id: string;
  readonly title: string;
  readonly narrative: string;
  readonly victims: readonly string[];
  readonly norms: readonly string[];
  readonly round: number;
  readonly source: "scheduled" | "early" | "ad-hoc";
  /** null for an ad-hoc inject written without a ground truth. */
  readonly truth: Truth | null;
  readonly revealed: boolean;
};

/** How a seat came to hold an evidence item. */
export type Holding = { readonly seat: string; readonly via: "briefing" | "investigation" | "share"; readonly from: string | null; readonly round: number };

export type EvidenceItem = {
  /** The evidence id (unique in a scenario; ad-hoc items are prefixed with their inject's id). */
  readonly key: string;
  readonly inject: string;
  readonly spec: EvidenceSpec;
  /** Public: everyone sees it (public from the start, or published by a holder). */
  readonly public: boolean;
  readonly publishedBy: string | null;
  readonly holders: readonly Holding[];
  /** False until the item's release round (a report that comes out later). */
  readonly released: boolean;
};

export type Statement = {
  readonly id: string;
  readonly inject: string;
  readonly accused: string;
  readonly confidence: Confidence;
  readonly mode: AttributionMode;
  readonly initiator: string;
  readonly text: string | null;
  /** Joint statements: each invited co-signer's answer, null while pending. */
  readonly invitations: readonly { readonly seat: string; readonly accepted: boolean | null }[];
  /** "pending": a joint statement awaiting answers; "made": delivered (private) or public; "lapsed": never published. */
  readonly status: "pending" | "made" | "lapsed";
  readonly round: number;
  /** The round it was made (delivered or published), null until then. */
  readonly madeRound: number | null;
  /** Right or wrong once the inject's truth is revealed; null before, or when there is no truth. */
  readonly correct: boolean | null;
};

export type PledgeOutcome = "kept" | "broken";

export type Pledge = {
  readonly id: string;
  readonly by: string;
  readonly text: string;
  readonly commitment: PledgeCommitment;
  readonly minOthers: number;
  readonly members: readonly string[];
  readonly round: number;
  /** pending (condition not met), active, lapsed (condition never met), settled (judged at resolution). */
  readonly status: "pending" | "active" | "lapsed" | "settled";
  readonly outcomes: Readonly<Record<string, PledgeOutcome>>;
};

export type PracticeChoice = {
  readonly seat: string;
  readonly response: ResponseKind;
  readonly target: string | null;
  readonly cost: number;
  /** True when the delegation chose nothing and restraint was recorded for it. */
  readonly defaulted: boolean;
};

export type RevealedPractice = PracticeChoice & {
  readonly round: number;
  readonly covert: boolean;
  /** Covert actions only: whether the exposure draw caught it. */
  readonly exposed: boolean;
};

export type Violation = {
  readonly round: number;
  readonly norm: string;
  readonly violator: string;
  /** The inject whose true perpetrator violated the norm, or null for a state-practice violation. */
  readonly inject: string | null;
  readonly response: ResponseKind | null;
  /** Known to the forum: overt or exposed practice, or an inject (judged by attribution). */
  readonly known: boolean;
  readonly outcome: "enforced" | "named" | "ignored" | "hidden";
  readonly sponsor: boolean;
  readonly delta: number;
  /** Credibility settled for it: at once for practice, at the truth's reveal for an inject. */
  readonly caught: boolean;
};

export type NormMove = { readonly norm: string; readonly from: number; readonly to: number; readonly stage: string };
export type CredibilityMove = { readonly seat: string; readonly delta: number; readonly reason: string };

export type RoundReport = {
  readonly round: number;
  readonly injects: readonly string[];
  readonly exposed: readonly string[];
  readonly violations: readonly Violation[];
  readonly norms: readonly NormMove[];
  readonly escalation: { readonly from: number; readonly to: number };
  readonly credibility: readonly CredibilityMove[];
  readonly pledges: readonly { readonly pledge: string; readonly kept: readonly string[]; readonly broken: readonly string[] }[];
  readonly truths: readonly string[];
};

/** Every gauge after a round's resolution (round 0: the start), for the debrief's charts. */
export type Snapshot = {
  readonly round: number;
  readonly label: "start" | "round" | "end";
  readonly escalation: number;
  readonly norms: Readonly<Record<string, { readonly strength: number; readonly stage: string; readonly adherents: number }>>;
  readonly standings: Readonly<Record<string, { readonly capacity: number; readonly credibility: number }>>;
  readonly scores: Readonly<Record<string, number>>;
};

export type ScoreLine = {
  readonly seat: string;
  readonly objectives: readonly { readonly id: string; readonly points: number; readonly met: boolean; readonly secret: boolean }[];
  readonly objectivePoints: number;
  readonly credibilityPoints: number;
  readonly collectivePoints: number;
  readonly total: number;
};

export type CrisisState = {
  readonly injects: readonly FiredInject[];
  readonly evidence: Readonly<Record<string, EvidenceItem>>;
  readonly statements: readonly Statement[];
  readonly pledges: readonly Pledge[];
  /** This round's choices, secret until resolution. */
  readonly choices: Readonly<Record<string, PracticeChoice>>;
  readonly practice: readonly RevealedPractice[];
  readonly violations: readonly Violation[];
  readonly reports: readonly RoundReport[];
  readonly series: readonly Snapshot[];
  /** Objectives met at the last resolution, by seat then objective id. */
  readonly progress: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  /** Final scores, set when the game ends. */
  readonly scores: readonly ScoreLine[] | null;
  readonly nextStatement: number;
  readonly nextPledge: number;
  readonly nextAdHoc: number;
};

export function initialCrisis(_scenario: Scenario): CrisisState {
  return {
    injects: [],
    evidence: {},
    statements: [],
    pledges: [],
    choices: {},
    practice: [],
    violations: [],
    reports: [],
    series: [],
    progress: {},
    scores: null,
    nextStatement: 1,
    nextPledge: 1,
    nextAdHoc: 1,
  };
}
