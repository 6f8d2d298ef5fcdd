// What the crisis loop does when the session enters a stage: a briefing opens the round and
// fires its injects; resolution resolves it; the end reveals every truth and scores the game.
import { castDraft, type Draft } from "immer";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import { revealTruth } from "./credibility.ts";
import { openRound } from "./fire-inject.ts";
import { progressOf, scoreLines } from "./objectives.ts";
import { resolveRound } from "./resolve-round.ts";
import { snapshot } from "./series.ts";
import type { CredibilityMove } from "./state.ts";

export function onEnterStage(draft: Draft<GameState>, emit: Emit): void {
  switch (draft.stage) {
    case "briefing":
      if (draft.crisis.series.length === 0) draft.crisis.series.push(snapshot(draft, 0, "start"));
      openRound(draft, emit);
      return;
    case "resolution":
      resolveRound(draft, emit);
      return;
    case "ended":
      finishGame(draft, emit);
      return;
    case "lobby":
    case "investigation":
    case "negotiation":
    case "voting":
    case "state-practice":
      return;
  }
}

/** The end (SC3, D1): unrevealed truths come out, then the final scores. Safe to call once more. */
export function finishGame(draft: Draft<GameState>, emit: Emit): void {
  if (draft.crisis.scores !== null) return;
  const moves: CredibilityMove[] = [];
  for (const inject of draft.crisis.injects) revealTruth(draft, inject, emit, moves);
  draft.crisis.choices = {};
  const progress = progressOf(draft);
  draft.crisis.progress = progress;
  const lines = scoreLines(draft, progress);
  draft.crisis.scores = castDraft(lines);
  draft.crisis.series.push(snapshot(draft, draft.round, "end", lines));
  const ranking = [...lines].sort((a, b) => b.total - a.total).map((l) => ({ seat: l.seat, total: l.total }));
  emit({ type: "game.scored", ranking });
}
