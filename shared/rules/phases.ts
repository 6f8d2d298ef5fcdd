// The flow of a session as a table: which actions each stage allows and for whom,
// and which stage follows. The engine consults it before any handler runs.
import type { ActionType } from "../protocol/actions.ts";
import { PHASES } from "../scenario/schema.ts";
import type { Stage } from "./state.ts";

/** Who may perform an action. `head` is a delegate who heads a delegation (casts its votes). */
export type Role = "facilitator" | "player" | "delegate" | "head" | "observer" | "system";

type StageRules = { readonly allows: Partial<Record<ActionType, readonly Role[]>> };

// Allowed in every stage before the end.
const ALWAYS: StageRules["allows"] = {
  "player.join": ["system"],
  "seat.claim": ["player"],
  "phase.advance": ["facilitator"],
  "phase.expire": ["system"],
};

export const STAGE_TABLE: Readonly<Record<Stage, StageRules>> = {
  lobby: { allows: { ...ALWAYS, "session.start": ["facilitator"], "phase.advance": [], "phase.expire": [] } },
  briefing: { allows: ALWAYS },
  investigation: { allows: ALWAYS },
  negotiation: { allows: { ...ALWAYS, "proposal.table": ["delegate", "observer"] } },
  voting: { allows: { ...ALWAYS, "vote.cast": ["head"] } },
  "state-practice": { allows: ALWAYS },
  resolution: { allows: ALWAYS },
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
