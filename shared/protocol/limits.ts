/** Size limits on what people can type, shared by the forms, the protocol and the engine. */
export const LIMITS = {
  displayName: 40,
  proposalTitle: 120,
  proposalText: 4000,
  /** Largest intent payload the server reads, in bytes of JSON. */
  intentBytes: 16_384,
  intentIdLength: 64,
} as const;
