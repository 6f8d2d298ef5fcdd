// Snapshots of every gauge for the debrief's charts: at the start, after each resolution, at the end.
import type { Draft } from "immer";
import type { GameState } from "../state.ts";
import { scoreLines } from "./objectives.ts";
import type { ScoreLine, Snapshot } from "./state.ts";

export function snapshot(state: GameState | Draft<GameState>, round: number, label: Snapshot["label"], scores?: readonly ScoreLine[]): Snapshot {
  return {
    round,
    label,
    escalation: state.escalation,
    norms: Object.fromEntries(
      Object.values(state.norms).map((n) => [n.id, { strength: n.strength, stage: n.stage, adherents: n.adherents.length }]),
    ),
    standings: Object.fromEntries(Object.values(state.standings).map((s) => [s.id, { capacity: s.capacity, credibility: s.credibility }])),
    scores: Object.fromEntries((scores ?? scoreLines(state)).map((l) => [l.seat, l.total])),
  };
}
