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
  adoptedNormStrength: 0.2,
  /** Amendments one proposal may carry. */
  maxAmendmentsPerProposal: 8,
  /** Straw polls a session may hold. */
  maxStrawPolls: 40,
  /** Points of order a seat may have awaiting a ruling at once. */
  maxOpenPointsOfOrder: 2,
  /** Messages of each channel a view carries (the debrief reads the journal). */
  viewMessages: 80,
  /** Journal entries a view reads back to find statements the viewer may reply to. */
  replyWindow: 200,
} as const;
