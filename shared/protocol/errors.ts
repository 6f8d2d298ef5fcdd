// Every rejection the server can answer with. The code is stable (clients translate it);
// the message is for people and names the field or rule that failed.
export const ERROR_CODES = [
  // the envelope
  "intent/invalid",
  "intent/unknown-type",
  "intent/too-large",
  "intent/duplicate",
  "protocol/version-mismatch",
  "rate/limited",
  // who may act
  "role/not-allowed",
  "role/not-seated",
  "role/not-head",
  "role/muted",
  // when
  "phase/not-allowed",
  "session/not-started",
  "session/already-started",
  "session/ended",
  "session/paused",
  "session/not-paused",
  // seats and players
  "seat/unknown",
  "seat/taken",
  "seat/full",
  "seat/already-seated",
  "seat/closed",
  "player/unknown",
  "player/name-taken",
  // joining a session
  "join/invalid-options",
  "join/unknown-code",
  "join/wrong-passcode",
  "join/wrong-key",
  "join/unknown-token",
  "join/locked",
  // proposals and votes
  "proposal/unknown",
  "proposal/not-open",
  "proposal/limit",
  "vote/not-open",
  "vote/already-cast",
  "vote/not-eligible",
  "proposal/not-sponsor",
  "vote/sponsor-explanation",
  "vote/cannot-dissociate",
  "amendment/unknown",
  "amendment/not-open",
  // the floor, messages and the chair
  "floor/not-speaker",
  "floor/already-requested",
  "floor/not-requested",
  "floor/empty",
  "floor/closed",
  "reply/not-named",
  "reply/already-requested",
  "poll/unknown",
  "poll/closed",
  "order/unknown",
  "order/already-ruled",
  "player/removed",
  // the crisis: injects, evidence, attribution, pledges, state practice
  "inject/unknown",
  "inject/already-fired",
  "inject/not-fired",
  "evidence/unknown",
  "evidence/not-held",
  "evidence/nothing-found",
  "evidence/already-public",
  "attribution/unknown",
  "attribution/not-invited",
  "attribution/already-answered",
  "attribution/not-pending",
  "attribution/not-initiator",
  "attribution/duplicate",
  "pledge/unknown",
  "pledge/already-member",
  "pledge/closed",
  "practice/not-allowed",
  "practice/target-required",
  // anything else the engine checks
  "rule/invalid-target",
  "rule/insufficient-capacity",
  "rule/limit",
  "server/error",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type RuleError = { readonly code: ErrorCode; readonly message: string };

export const ruleError = (code: ErrorCode, message: string): RuleError => ({ code, message });
