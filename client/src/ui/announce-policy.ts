// Which journal events are spoken to screen readers as they happen: phase changes, votes and
// results, messages, the chair's broadcasts, polls, the floor and points of order. Joins and
// routine bookkeeping stay in the written record only.
const SPOKEN = new Set<string>([
  "session.started",
  "phase.changed",
  "session.paused",
  "session.resumed",
  "session.ended",
  "phase.extended",
  "proposal.tabled",
  "vote.cast",
  "proposal.decided",
  "amendment.decided",
  "question.opened",
  "message.posted",
  "chair.broadcast",
  "floor.given",
  "poll.called",
  "poll.closed",
  "order.raised",
  "order.ruled",
  "attribution.made",
  "norm.adopted",
  "cbm.established",
]);

export const isAnnounced = (type: string) => SPOKEN.has(type) || type.startsWith("inject.") || type.startsWith("round.");
