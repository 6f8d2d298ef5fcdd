/** Size limits on what people can type, shared by the forms, the protocol and the engine. */
export const LIMITS = {
  displayName: 40,
  proposalTitle: 120,
  proposalText: 4000,
  /** Public statements, back-channel and team messages, chair broadcasts, explanations of vote. */
  messageText: 1000,
  pointOfOrder: 400,
  pollQuestion: 200,
  /** An inject the chair writes during play. */
  injectTitle: 120,
  injectNarrative: 2000,
  /** Seats a public statement may name (each may ask for a right of reply). */
  namedSeats: 16,
  /** Largest intent payload the server reads, in bytes of JSON. */
  intentBytes: 16_384,
  intentIdLength: 64,
} as const;
