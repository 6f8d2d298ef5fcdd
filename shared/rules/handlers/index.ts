// The handler for every action type. The mapped type makes a missing handler a compile error.
import { seatAutopilot } from "./autopilot.ts";
import { seatClose, sessionLock } from "./session-lock.ts";
import type { Action } from "../../protocol/actions.ts";
import type { Handler } from "../engine.ts";
import { phaseAdvance, phaseExpire, sessionStart } from "./flow.ts";
import { proposalTable } from "./proposals.ts";
import { playerJoin, seatClaim } from "./seats.ts";
import { voteCast } from "./voting.ts";
import { NEGOTIATION_HANDLERS } from "./negotiation-index.ts";
import { CRISIS_HANDLERS } from "./crisis-index.ts";

export const HANDLERS: { readonly [T in Action["type"]]: Handler<Extract<Action, { type: T }>> } = {
  "player.join": playerJoin,
  "seat.claim": seatClaim,
  "seat.autopilot": seatAutopilot,
  "session.lock": sessionLock,
  "seat.close": seatClose,
  "session.start": sessionStart,
  "phase.advance": phaseAdvance,
  "phase.expire": phaseExpire,
  "proposal.table": proposalTable,
  "vote.cast": voteCast,
  ...NEGOTIATION_HANDLERS,
  ...CRISIS_HANDLERS,
};
