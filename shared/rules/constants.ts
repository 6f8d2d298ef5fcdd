// Every number the rules use that is not in the scenario lives here.
export const RULES = {
  /** Delegates a single delegation may seat. */
  maxPlayersPerDelegation: 6,
  /** Proposals a session may hold at once. */
  maxProposals: 60,
  /** Journal entries a view carries (the debrief reads the whole journal). */
  viewJournalLength: 60,
  /** Default speaking time per turn on the speakers list; the chair may change it. */
  speakingSeconds: 90,
  /** Longest speaking time the chair may set. */
  maxSpeakingSeconds: 900,
  /** Whether the speakers list starts under automatic moderation. */
  automaticModeration: false,
  /** Longest single extension of a phase the chair may grant. */
  maxPhaseExtensionSeconds: 3600,
  /** How long a text stays under the silence procedure before it is adopted. */
  silenceSeconds: 60,
  /** Credibility a delegation loses when it joins consensus while dissociating from the text. */
  dissociationCredibilityCost: 2,
  /** Strength of a norm on the day it is adopted. */
  adoptedNormStrength: 0.3,
  /** Amendments one proposal may carry. */
  maxAmendmentsPerProposal: 8,
  /** Straw polls a session may hold. */
  maxStrawPolls: 40,
  /** Points of order a seat may have awaiting a ruling at once. */
  maxOpenPointsOfOrder: 2,
  /** Messages of each channel a view carries (the debrief reads the journal). */
  viewMessages: 80,
  /** How far back in the journal a view looks for messages: older ones are the debrief's. */
  viewMessageWindow: 4000,
  /** Journal entries a view reads back to find statements the viewer may reply to. */
  replyWindow: 200,
} as const;

// The crisis model: injects, investigation, attribution, pledges, state practice, norm
// dynamics, credibility, escalation and scoring. Rule ids (RULES.md) in brackets.
export const CRISIS_RULES = {
  investigation: {
    /** [I4] Intelligence above an item's minimum that buys one point off its discovery cost. */
    reachPerDiscount: 2,
    /** [I4] An investigation never costs less than this. */
    minCost: 1,
  },
  /** [I5, I6, I7] Capacity spent to share an item, to publish it, to publish a technical report. */
  shareCost: 1,
  publishCost: 1,
  reportCost: 1,
  /** [AT2] Capacity an attribution statement costs its initiator, by mode. */
  attributionCost: { private: 1, public: 2, joint: 2 },
  /** [AT4] Capacity a co-signer spends to accept an invitation. */
  cosignCost: 1,
  /** [AT3] Co-signers invited to one joint statement. */
  maxCosigners: 15,
  /** [SP2] Capacity each response costs when chosen. */
  responseCost: {
    restraint: 0,
    demarche: 1,
    "public-attribution": 1,
    sanctions: 2,
    indictments: 2,
    countermeasure: 2,
    "covert-operation": 3,
    assistance: 2,
    "pre-positioning": 2,
  },
  /** [SP5, ES] The response escalation ladder (cases-and-injects.md): 0 restraint … 5 covert action. */
  ladder: {
    restraint: 0,
    assistance: 0,
    demarche: 1,
    "public-attribution": 2,
    sanctions: 3,
    indictments: 3,
    countermeasure: 4,
    "covert-operation": 5,
    "pre-positioning": 5,
  },
  /** [R3] The highest ladder level that can still be a proportionate answer (countermeasures). */
  proportionateMaxLevel: 4,
  /** [R3] Delegations (other than the violator) whose proportionate responses make an answer collective. */
  answeredMinResponders: 2,
  /** [SP6] Exposure chance of a covert action: base + perReach × the others' summed intelligence, capped. */
  exposure: { base: 0.1, perReach: 0.03, max: 0.9 },
  norms: {
    /** [R4] An answered violation: the norm was enforced. */
    enforcedGain: 0.06,
    /** [R4] …multiplied when a joint statement (two or more signers) named the violator. */
    jointMultiplier: 1.5,
    /** [R4] A violation named in public but not answered by a collective response. */
    namedOnlyLoss: 0.05,
    /** [R4] A violation neither named correctly nor answered. */
    ignoredLoss: 0.1,
    /** [R5] Extra loss when the violator sponsored the norm (hypocrisy). */
    hypocrisyLoss: 0.1,
    /** [R6] A tested norm gains this times the share of its adherents whose practice complied. */
    complianceGain: 0.06,
    /** [R7] An untested norm loses this each round. */
    decay: 0.01,
    /** [R8] Cascade: adherents ≥ this share of the delegations and strength ≥ cascadeStrength. */
    tippingShare: 1 / 3,
    cascadeStrength: 0.4,
    /** [R8] Internalized: strength ≥ this for internalizationRounds consecutive resolutions. */
    internalizationStrength: 0.8,
    internalizationRounds: 2,
  },
  credibility: {
    /** [CR1] A right public attribution: base × confidence × (joint) × (early). */
    rightGain: 4,
    /** [CR2] A wrong public attribution: base × confidence; always more than the same right one gains. */
    wrongLoss: 12,
    confidence: { low: 0.5, medium: 1, high: 1.5 },
    jointMultiplier: 1.5,
    earlyMultiplier: 1.5,
    /** [CR3] A private démarche moves credibility a little: only the accused hears it. */
    privateRight: 1,
    privateWrong: 2,
    /** [CR4] Caught violating a norm: per adopted norm violated, more when a sponsor of it. */
    caughtLoss: 4,
    sponsorCaughtLoss: 15,
    /** [CR5] A covert action exposed. */
    exposedLoss: 4,
    /** [PL4] Kept and broken pledges. */
    pledgeKept: 2,
    pledgeBroken: 8,
    min: 0,
    max: 100,
  },
  escalation: {
    /** [ES1] Each inject that fires. */
    inject: 3,
    /** [ES2] Per delegation choosing restraint or assistance. */
    restraint: -0.5,
    assistance: -0.5,
    /** [ES7] Impunity emboldens: a violation left unanswered adds this; one only named, `namedViolation`. */
    unansweredViolation: 4,
    namedViolation: 1,
    /** [ES3] Proportionate retaliation (sanctions, indictments, countermeasures) against a violator. */
    proportionate: 1,
    /** [ES3] Retaliation (ladder ≥ 3) against a delegation that violated nothing this round. */
    disproportionate: 6,
    /** [ES4] Exposed covert action; hidden covert action adds the unexposed amount. */
    exposedCovert: 8,
    unexposedCovert: 0,
    /** [ES5] Each confidence-building measure in force lowers the index at every resolution. */
    perCbm: -1,
    min: 0,
    max: 100,
  },
  /** [PL3] Capacity a fund-cbm pledge takes from each member at resolution. */
  pledgeFundCost: 1,
  /** [PL1] Open pledges a session may hold. */
  maxPledges: 60,
  /** [AT1] Attribution statements a session may hold. */
  maxStatements: 120,
  /** [I2] Ad-hoc injects the facilitator may write. */
  maxAdHocInjects: 12,
} as const;
