// The forum: table what one's objectives need, co-sponsor friends, pledge help to partners hit
// by a crisis, take the floor now and then, and vote by objectives and alliances.
import type { VoteChoice } from "../protocol/actions.ts";
import type { ObjectiveGoal } from "../scenario/schema.ts";
import type { View } from "../protocol/view.ts";
import type { Turn } from "./decide.ts";
import { move } from "./decide.ts";
import { statementFor } from "./speech.ts";
import type { BotMove } from "./types.ts";

export function forumMoves(turn: Turn): BotMove[] {
  return turn.view.session.stage === "voting" ? voteMoves(turn) : negotiationMoves(turn);
}

function negotiationMoves(turn: Turn): BotMove[] {
  const { view, self, mySeat, dice } = turn;
  const round = view.session.round;
  const moves: BotMove[] = [];
  const isHead = view.me.kind === "player" && view.me.isHead;
  const open = (p: View["proposals"][number]) => p.status === "tabled" || p.status === "voting";

  // Table one text a round that an objective asks for.
  if (self.goals.length > 0 && dice.chance(self.policy.tabling) && view.can.table.ok) {
    const wanted = self.goals.flatMap((g): BotMove[] => {
      if (g.kind === "norm-adopted" || g.kind === "norm-stage") {
        const norm = view.crisis.norms.find((n) => n.id === g.norm);
        if (!norm || norm.adopted || view.proposals.some((p) => open(p) && p.norm === g.norm)) return [];
        if (self.kind !== "delegation") return [];
        return [move(`table:${round}`, { type: "proposal.table", title: `Adopt: ${norm.title}`, text: `The forum adopts the norm "${norm.title}" and calls on all States to observe it.`, subject: { kind: "norm-adoption", norm: g.norm } })];
      }
      if (g.kind === "cbm-established") {
        const cbm = view.negotiation.cbms.find((c) => c.id === g.cbm);
        if (!cbm || cbm.established || view.proposals.some((p) => open(p) && p.cbm === g.cbm) || self.kind !== "delegation") return [];
        return [move(`table:${round}`, { type: "proposal.table", title: `Establish: ${cbm.title}`, text: cbm.text, subject: { kind: "cbm", cbm: g.cbm } })];
      }
      return [];
    });
    const first = wanted[dice.index(Math.max(1, wanted.length))];
    if (first) moves.push(first);
  }

  // Co-sponsor friends' binding texts.
  if (isHead && self.kind === "delegation") {
    for (const p of view.proposals) {
      if (p.status !== "tabled" || p.sponsor === mySeat || p.cosponsors.includes(mySeat) || !p.binding) continue;
      if (!self.allies.includes(p.sponsor) || utility(turn, p) < 0) continue;
      if (dice.chance(self.policy.cosponsoring)) moves.push(move(`cosponsor:${p.id}`, { type: "proposal.cosponsor", proposal: p.id, join: true }));
    }
  }

  // Pledge help when a crisis hits oneself or a partner; join partners' pledges.
  const hit = view.crisis.injects.filter((i) => i.round === round).flatMap((i) => i.victims);
  const partnerHit = hit.find((v) => v !== mySeat && self.allies.includes(v));
  if (partnerHit && dice.chance(self.policy.pledging) && view.can.pledge.ok) {
    const victim = view.seats.find((s) => s.id === partnerHit)?.name ?? partnerHit;
    // Once a joint statement has named a culprit at the table, partners pledge a collective answer; before, help.
    const named = view.crisis.statements.find(
      (st) => st.status === "made" && st.mode === "joint" && view.crisis.injects.some((i) => i.id === st.inject && i.round === round) && view.seats.some((x) => x.id === st.accused && x.kind === "delegation") && !self.allies.includes(st.accused) && st.accused !== mySeat,
    );
    const culprit = named ? (view.seats.find((x) => x.id === named.accused)?.name ?? named.accused) : "";
    moves.push(
      named
        ? move(`pledge:${round}`, { type: "pledge.make", text: `We will answer ${culprit}'s attack on ${victim} with targeted sanctions if another delegation joins us.`, commitment: { kind: "respond", response: "sanctions", target: named.accused }, minOthers: 1 })
        : move(`pledge:${round}`, { type: "pledge.make", text: `We will assist ${victim} if another delegation joins us.`, commitment: { kind: "assist", victim: partnerHit }, minOthers: 1 }),
    );
  }
  const joinable = view.crisis.pledges.filter((p) => (p.status === "pending" || p.status === "active") && !p.members.includes(mySeat) && self.allies.includes(p.by));
  if (joinable.length > 0 && view.can.joinPledge.ok) {
    for (const p of joinable) {
      if ((p.status !== "pending" && p.status !== "active") || p.members.includes(mySeat) || !self.allies.includes(p.by)) continue;
      if (dice.chance(self.policy.pledging + 0.2)) moves.push(move(`join:${p.id}`, { type: "pledge.join", pledge: p.id }));
    }
  }

  // The floor: ask for it sometimes; when given it, speak briefly and hand it back.
  const floor = view.negotiation.floor;
  if (floor.speaker?.seat === mySeat) {
    if (view.can.speakPublic.ok) moves.push(move(`speak:${round}:${floor.speaker.since}`, { type: "message.public", text: statementFor(view, (n) => dice.index(n)) }));
    if (view.can.yieldFloor.ok) moves.push(move(`yield:${round}:${floor.speaker.since}`, { type: "floor.yield", to: null }));
  } else if (!floor.queue.some((q) => q.seat === mySeat) && dice.chance(self.policy.speaking) && view.can.requestFloor.ok) {
    moves.push(move(`floor:${round}`, { type: "floor.request" }));
  }
  return moves;
}

function voteMoves(turn: Turn): BotMove[] {
  const { view, self, mySeat, dice } = turn;
  const q = view.question;
  if (q === null || !view.can.vote.ok || self.kind !== "delegation") return [];
  const proposal = view.proposals.find((p) => p.id === q || p.amendments.some((a) => a.id === q));
  if (!proposal) return [];
  const amendment = proposal.amendments.find((a) => a.id === q) ?? null;
  const ballots = amendment ? amendment.ballots : proposal.ballots;
  if (ballots.some((b) => b.seat === mySeat)) return [];
  const consensus = view.session.decisionRule === "consensus";
  let choice: VoteChoice;
  let dissociate = false;
  if (amendment) {
    const friendly = amendment.seat === mySeat || self.allies.includes(amendment.seat);
    choice = friendly ? "yes" : proposal.sponsor === mySeat ? "no" : dice.chance(0.5) ? "abstain" : "yes";
    if (consensus && choice === "no" && dice.chance(0.5)) choice = "abstain";
  } else {
    const u = utility(turn, proposal);
    if (u >= 0.5) choice = "yes";
    else if (consensus) {
      // Under consensus an objection blocks: only a red line is worth it; otherwise join and keep one's distance.
      if (u <= -2) choice = "no";
      else if (u < 0) {
        choice = "yes";
        dissociate = dice.chance(0.6);
      } else choice = dice.chance(self.policy.yesLean) ? "yes" : "abstain";
    } else if (u <= -0.5) choice = "no";
    else choice = dice.chance(self.policy.yesLean) ? "yes" : dice.chance(0.7) ? "abstain" : "no";
  }
  return [move(`vote:${q}`, { type: "vote.cast", proposal: q, choice, ...(dissociate ? { dissociate: true } : {}) })];
}

/** How much a proposal serves this delegation: its objectives first, then who sponsors it. */
function utility(turn: Turn, p: View["proposals"][number]): number {
  const { self, mySeat } = turn;
  let u = 0;
  const about = (g: ObjectiveGoal) =>
    ((g.kind === "norm-adopted" || g.kind === "norm-stage" || g.kind === "norm-not-adopted") && g.norm === p.norm) ||
    (g.kind === "cbm-established" && g.cbm === p.cbm);
  for (const g of self.goals.filter(about)) u += g.kind === "norm-not-adopted" ? -3 : 2;
  if (p.sponsor === mySeat || p.cosponsors.includes(mySeat)) u += 1.5;
  else if (self.allies.includes(p.sponsor)) u += 1;
  return u;
}
