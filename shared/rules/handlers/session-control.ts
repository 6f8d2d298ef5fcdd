// The chair's control of the session clock and procedure: pause and resume (deadlines shift
// by the time paused), extend the phase, set the voting procedure in the lobby, end early.
import type { On } from "./seated.ts";
import { ruleError } from "../../protocol/errors.ts";
import { RULES } from "../constants.ts";

import { onStageChangeFloor } from "./floor.ts";
import { leaveStage } from "./flow.ts";

export const sessionPause: On<"session.pause"> = (draft, _action, ctx, emit) => {
  if (draft.paused !== null) return ruleError("session/paused", "The session is already paused.");
  draft.paused = { since: ctx.now };
  emit({ type: "session.paused" });
};

export const sessionResume: On<"session.resume"> = (draft, _action, ctx, emit) => {
  if (draft.paused === null) return ruleError("session/not-paused", "The session is not paused.");
  const pausedMs = Math.max(0, ctx.now - draft.paused.since);
  // Every running clock stood still while paused: move each deadline (and the turn's start) on.
  if (draft.deadline !== null) draft.deadline += pausedMs;
  const turn = draft.floor.speaker;
  if (turn !== null) draft.floor.speaker = { seat: turn.seat, since: turn.since + pausedMs, deadline: turn.deadline + pausedMs };
  if (draft.silence !== null) draft.silence.deadline += pausedMs;
  draft.paused = null;
  emit({ type: "session.resumed", pausedMs });
};

export const phaseExtend: On<"phase.extend"> = (draft, action, _ctx, emit) => {
  if (draft.deadline === null) return ruleError("phase/not-allowed", "This phase has no deadline to extend.");
  if (action.seconds > RULES.maxPhaseExtensionSeconds) {
    return ruleError("rule/limit", `A phase is extended by at most ${RULES.maxPhaseExtensionSeconds} seconds at a time.`);
  }
  draft.deadline += action.seconds * 1000;
  emit({ type: "phase.extended", seconds: action.seconds, deadline: draft.deadline });
};

export const sessionConfigure: On<"session.configure"> = (draft, action, _ctx, emit) => {
  if (action.votingMode !== undefined) draft.procedure.votingMode = action.votingMode;
  if (action.silenceProcedure !== undefined) draft.procedure.silenceProcedure = action.silenceProcedure;
  emit({ type: "session.configured", votingMode: draft.procedure.votingMode, silenceProcedure: draft.procedure.silenceProcedure });
};

export const sessionEnd: On<"session.end"> = (draft, _action, ctx, emit) => {
  leaveStage(draft, ctx, emit);
  draft.stage = "ended";
  draft.deadline = null;
  draft.paused = null;
  onStageChangeFloor(draft, ctx, emit);
  emit({ type: "session.ended", early: true });
  emit({ type: "phase.changed", stage: "ended", round: draft.round });
};
