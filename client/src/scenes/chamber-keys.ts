// One key per item the chamber draws. The scene records the keys of what it drew
// (canvas.dataset.drawn) and the DOM description carries the same keys, so each is checked
// against the other.
import type { Attribution, Ballot, ChamberSeat, Coalition, NormBar, ProposalCard } from "./chamber-model.ts";

export const chamberKeys = {
  seat: (s: ChamberSeat) => `seat:${s.id}:${s.bot ? "bot" : s.connected ? "on" : s.occupied ? "away" : "empty"}${s.queued === null ? "" : `:q${s.queued}`}`,
  ballot: (seat: string, b: Ballot) => `ballot:${seat}:${b}`,
  actor: (id: string) => `actor:${id}`,
  speaker: (seat: string) => `speaker:${seat}`,
  coalition: (c: Coalition) => `coalition:${c.a}+${c.b}:${c.pledges}`,
  attribution: (a: Attribution) => `attribution:${a.id}:${a.by.join(",")}>${a.accused}:${a.mode}:${a.confidence}`,
  proposal: (p: ProposalCard) => `proposal:${p.id}:${p.status}:${p.sponsors.join(",")}`,
  escalation: (value: number) => `escalation:${value}`,
  norm: (n: NormBar) => `norm:${n.id}:${Math.round(n.strength * 100)}:${n.stage}`,
};
