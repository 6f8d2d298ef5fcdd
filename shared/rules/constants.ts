// Every number the rules use that is not in the scenario lives here.
export const RULES = {
  /** Delegates a single delegation may seat. */
  maxPlayersPerDelegation: 6,
  /** Proposals a session may hold at once. */
  maxProposals: 60,
  /** Journal entries a view carries (the debrief reads the whole journal). */
  viewJournalLength: 60,
} as const;
