// Moving through the session: start, advance, expire.
import type { Draft } from "immer";
import type { PhaseAdvance, PhaseExpire, SessionStart } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { z } from "zod";
import type { Ctx, Emit, Handler } from "../engine.ts";
import { nextStage } from "../phases.ts";
import type { GameState, Stage } from "../state.ts";
import { onStageChangeFloor } from "./floor.ts";
import { clockNow } from "./seated.ts";
import { closeQuestion, openNextQuestion } from "./voting.ts";

export const sessionStart: Handler<z.infer<typeof SessionStart>> = (draft, _action, ctx, emit) => {
  draft.startedAt = ctx.now;
  emit({ type: "session.started" });
  advance(draft, ctx, emit);
};

export const phaseAdvance: Handler<z.infer<typeof PhaseAdvance>> = (draft, _action, ctx, emit) => {
  advance(draft, ctx, emit);
};

export const phaseExpire: Handler<z.infer<typeof PhaseExpire>> = (draft, _action, ctx, emit) => {
  if (draft.deadline === null || ctx.now < draft.deadline) {
    return ruleError("phase/not-allowed", "The current phase has not reached its deadline.");
  }
  advance(draft, ctx, emit);
};

/** Leaves the current stage and enters the next one, setting its deadline. */
export function advance(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  leaveStage(draft, ctx, emit);
  const next = nextStage(draft.stage, draft.round, draft.scenario.rounds.length);
  draft.stage = next.stage;
  draft.round = next.round;
  onStageChangeFloor(draft, ctx, emit);
  // While paused the new phase's clock starts at the pause; resuming shifts it like the others.
  draft.deadline = deadlineFor(draft, next.stage, clockNow(draft, ctx));
  emit({ type: "phase.changed", stage: next.stage, round: next.round });
  if (next.stage === "voting") openNextQuestion(draft, ctx, emit);
}

export function leaveStage(draft: Draft<GameState>, ctx: Ctx, emit: Emit): void {
  if (draft.stage === "voting" && draft.question !== null) closeQuestion(draft, ctx, emit);
}

function deadlineFor(state: GameState, stage: Stage, now: number): number | null {
  if (stage === "lobby" || stage === "ended") return null;
  const round = state.scenario.rounds[state.round - 1];
  const seconds = round?.timers?.[stage] ?? state.scenario.forum.timers[stage];
  return now + seconds * 1000;
}
