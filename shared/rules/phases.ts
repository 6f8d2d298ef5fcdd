// The flow of a session as a table: which actions each stage allows and for whom,
// and which stage follows. The engine consults it before any handler runs.
import type { ActionType } from "../protocol/actions.ts";
import { PHASES } from "../scenario/schema.ts";
import type { Stage } from "./state.ts";
import { CRISIS_STAGE_RULES as CRISIS } from "./crisis/stages.ts";

/** Who may perform an action. `head` is a delegate who heads a delegation (casts its votes). */
export type Role = "facilitator" | "player" | "delegate" | "head" | "observer" | "system";

type StageRules = { readonly allows: Partial<Record<ActionType, readonly Role[]>> };

// Allowed in every stage before the end.
const ALWAYS: StageRules["allows"] = {
  "player.join": ["system"],
  "seat.claim": ["player"],
  "seat.autopilot": ["facilitator"],
  "session.lock": ["facilitator"],
  "seat.close": ["facilitator"],
  "phase.advance": ["facilitator"],
  "phase.expire": ["system"],
  "session.end": ["facilitator"],
  "chair.mute": ["facilitator"],
  "chair.reassign": ["facilitator"],
  "chair.promote": ["facilitator"],
  "chair.remove": ["facilitator"],
  "chair.broadcast": ["facilitator"],
  "floor.configure": ["facilitator"],
  "message.team": ["delegate", "observer"],
  "message.back-channel": ["delegate", "observer"],
};

// Allowed while the game is being played (not in the lobby).
const IN_PLAY: StageRules["allows"] = {
  "session.pause": ["facilitator"],
  "session.resume": ["facilitator"],
  "phase.extend": ["facilitator"],
  "message.public": ["delegate", "observer"],
  "order.raise": ["delegate", "observer"],
  "order.rule": ["facilitator"],
  "poll.call": ["facilitator"],
  "poll.answer": ["head"],
  "poll.close": ["facilitator"],
  "floor.expire": ["system"],
  "silence.expire": ["system"],
};

// Debate on the speakers list; not once voting starts (GA rule 88: no interruptions).
const FLOOR: StageRules["allows"] = {
  "floor.request": ["delegate", "observer"],
  "floor.withdraw": ["delegate", "observer"],
  "floor.yield": ["delegate", "observer"],
  "reply.request": ["delegate", "observer"],
  "floor.give": ["facilitator"],
  "floor.next": ["facilitator"],
};

export const STAGE_TABLE: Readonly<Record<Stage, StageRules>> = {
  lobby: {
    allows: { ...ALWAYS, "session.start": ["facilitator"], "session.configure": ["facilitator"], "phase.advance": [], "phase.expire": [] },
  },
  briefing: { allows: { ...ALWAYS, ...IN_PLAY, ...FLOOR, ...CRISIS.briefing } },
  investigation: { allows: { ...ALWAYS, ...IN_PLAY, ...FLOOR, ...CRISIS.investigation } },
  negotiation: {
    allows: {
      ...ALWAYS,
      ...IN_PLAY,
      ...FLOOR,
      "proposal.table": ["delegate", "observer"],
      "proposal.cosponsor": ["head", "observer"],
      "amendment.propose": ["delegate", "observer"],
      "amendment.answer": ["delegate", "observer"],
      "amendment.withdraw": ["delegate", "observer"],
      ...CRISIS.negotiation,
    },
  },
  voting: { allows: { ...ALWAYS, ...IN_PLAY, "vote.cast": ["head"], "vote.explain": ["head"], ...CRISIS.voting } },
  "state-practice": { allows: { ...ALWAYS, ...IN_PLAY, ...CRISIS["state-practice"] } },
  resolution: { allows: { ...ALWAYS, ...IN_PLAY, ...CRISIS.resolution } },
  ended: { allows: { "player.join": ["system"] } },
};

/** The stage after `stage` in round `round`, and the round it belongs to. */
export function nextStage(stage: Stage, round: number, rounds: number): { stage: Stage; round: number } {
  if (stage === "lobby") return { stage: "briefing", round: 1 };
  if (stage === "ended") return { stage, round };
  const i = PHASES.indexOf(stage);
  const following = PHASES[i + 1];
  if (following !== undefined) return { stage: following, round };
  if (round >= rounds) return { stage: "ended", round };
  return { stage: "briefing", round: round + 1 };
}
