// Plain-English names used in rule messages. Clients translate error codes; these messages
// are the readable fallback and what tests and logs show.
import type { ActionType } from "../protocol/actions.ts";
import { NEGOTIATION_ACTION_LABELS } from "./negotiation-labels.ts";
import { CRISIS_ACTION_LABELS } from "./crisis/labels.ts";
import type { Stage } from "./state.ts";

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  lobby: "the lobby",
  briefing: "the briefing",
  investigation: "investigation and attribution",
  negotiation: "negotiation",
  voting: "voting",
  "state-practice": "state practice",
  resolution: "resolution",
  ended: "the end of the game",
};

export const ACTION_LABELS: Readonly<Record<ActionType, string>> = {
  "player.join": "joining",
  "seat.claim": "claiming a seat",
  "seat.close": "closing or opening a seat",
  "session.lock": "locking or opening the session to newcomers",
  "seat.autopilot": "handing a seat to a bot or taking it back",
  "session.start": "starting the session",
  "phase.advance": "moving to the next phase",
  "phase.expire": "ending the phase",
  "proposal.table": "tabling a proposal",
  "vote.cast": "voting",
  ...NEGOTIATION_ACTION_LABELS,
  ...CRISIS_ACTION_LABELS,
};
