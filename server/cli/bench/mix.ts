// What a benchmark player does next: a realistic mix of a delegate's actions for the stage the
// session is in. Every text carries a marker (sender, count, send time) that peers find in the
// bytes they receive, so "seen by peers" is measured without decoding views.
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import type { Stage } from "../../../shared/protocol/events.ts";

/** What a player needs to know of the session to pick a valid action. */
export type Situation = {
  readonly stage: Stage;
  /** Proposals open to amendment. */
  readonly tabled: readonly string[];
  /** The question being voted on, and the seats that have voted on it. */
  readonly question: string | null;
  readonly voted: ReadonlySet<string>;
  readonly seats: readonly string[];
};

export type Player = { readonly index: number; readonly seat: string; readonly head: boolean; onList: boolean; chosenRound: number };

const LINES = [
  "We call on all delegations to refrain from ICT activity that damages critical infrastructure",
  "Our delegation supports a points-of-contact network between national CERTs",
  "Attribution must rest on evidence that can be shared with the forum",
  "We cannot accept language that weakens the protection of health-sector networks",
  "We propose that the chair circulate a revised text before the next meeting",
  "Capacity building is a precondition for implementing any of these norms",
];

const FLOOR_STAGES: ReadonlySet<Stage> = new Set(["briefing", "investigation", "negotiation"]);

/** The marker a text carries: ⟦sender.count.sendTimeMs⟧. */
export const marker = (sender: number, count: number, at: number) => `⟦${sender}.${count}.${at.toFixed(1)}⟧`;

export function nextAction(s: Situation, me: Player, draw: () => number, mark: string, round: number): IntentAction {
  const line = LINES[Math.floor(draw() * LINES.length)] ?? "";
  const chat = (): IntentAction => {
    const r = draw();
    if (r < 0.45) return { type: "message.public", text: `${line} ${mark}` };
    if (r < 0.75) return { type: "message.team", text: `${line} ${mark}` };
    const others = s.seats.filter((x) => x !== me.seat);
    return { type: "message.back-channel", to: others[Math.floor(draw() * others.length)] ?? me.seat, text: `${line} ${mark}` };
  };
  if (s.stage === "voting" && me.head && s.question !== null && !s.voted.has(me.seat)) {
    const choices = ["yes", "yes", "no", "abstain"] as const;
    return { type: "vote.cast", proposal: s.question, choice: choices[Math.floor(draw() * choices.length)] ?? "yes" };
  }
  if (s.stage === "state-practice" && me.head && me.chosenRound !== round && draw() < 0.3) {
    me.chosenRound = round;
    return { type: "practice.choose", response: "restraint" };
  }
  const r = draw();
  if (FLOOR_STAGES.has(s.stage) && r < 0.1) {
    me.onList = !me.onList;
    return me.onList ? { type: "floor.request" } : { type: "floor.withdraw" };
  }
  if (s.stage === "negotiation" && r < 0.14) return { type: "proposal.table", title: `Draft ${mark}`, text: `${line}. ${mark}` };
  const target = s.tabled[Math.floor(draw() * s.tabled.length)];
  if (s.stage === "negotiation" && r < 0.2 && target !== undefined) return { type: "amendment.propose", proposal: target, text: `${line}, as amended. ${mark}` };
  return chat();
}

/** A seeded generator for the mix (xorshift), so runs are repeatable. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}
