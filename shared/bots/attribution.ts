// Investigation and attribution: dig when there is something to find, name a culprit when the
// evidence is strong enough for this archetype's caution, and answer co-signing invitations.
import { CRISIS_RULES } from "../rules/constants.ts";
import type { Turn } from "./decide.ts";
import { move } from "./decide.ts";
import { suspicions } from "./evidence.ts";
import type { BotMove } from "./types.ts";

/** Capacity a bot keeps back from investigation for its statement and its state practice. */
const BOT_RESERVE = 4;

export function attributionMoves(turn: Turn, opts: { answersOnly?: boolean } = {}): BotMove[] {
  const moves: BotMove[] = [];
  const answer = invitationAnswer(turn);
  if (answer) moves.push(answer);
  if (opts.answersOnly) return moves;
  const { view, self, mySeat } = turn;
  const round = view.session.round;
  const current = view.crisis.injects.filter((i) => i.round === round);
  const latest = current.at(-1);
  // Keep enough capacity for a statement and for this round's state practice.
  if (latest && self.intelligence > 0 && turn.capacity >= CRISIS_RULES.investigation.minCost + BOT_RESERVE && view.can.investigate.ok) {
    moves.push(move(`investigate:${latest.id}:${round}`, { type: "evidence.investigate", inject: latest.id }));
  }
  const share = shareMove(turn);
  if (share) moves.push(share);
  if (self.kind !== "delegation" || !view.me || view.me.kind !== "player" || !view.me.isHead) return moves;
  for (const inject of current) {
    const statement = attributionFor(turn, inject.id, inject.victims);
    if (statement) moves.push(statement);
  }
  const mine = view.crisis.statements.find((s) => s.initiator === mySeat && s.status === "pending" && s.invitations.every((i) => i.accepted !== null));
  if (mine && view.can.publishStatement.ok) moves.push(move(`publish:${mine.id}`, { type: "attribution.publish", statement: mine.id }));
  return moves;
}

function threshold(turn: Turn): number {
  return turn.self.policy.attributionThreshold * (1.25 - 0.5 * turn.self.riskAppetite);
}

function attributionFor(turn: Turn, inject: string, victims: readonly string[]): BotMove | null {
  const { view, self, mySeat, dice } = turn;
  if (!view.can.attribute.ok) return null;
  // A state does not accuse itself or its allies, whatever the evidence says.
  const top = suspicions(view, inject).find((x) => x.accused !== mySeat && !self.allies.includes(x.accused));
  if (!top) return null;
  const isSeat = view.seats.some((s) => s.id === top.accused);
  if (self.policy.avoidsNaming && isSeat) return null;
  const bar = threshold(turn);
  if (top.weight < bar) return null;
  // Those hit, and their allies, speak out; bystanders only when the evidence is overwhelming.
  const involved = victims.includes(mySeat) || victims.some((v) => self.allies.includes(v));
  if (!involved && top.weight < bar * 1.4 && !dice.chance(0.3)) return null;
  // Even with the evidence in hand, naming a state is a political choice: bolder delegations make it more often.
  if (!dice.chance(0.45 + 0.5 * self.riskAppetite)) return null;
  const confidence = top.weight >= bar * 1.8 && top.margin >= bar * 0.6 ? "high" : top.weight >= bar * 1.25 ? "medium" : "low";
  const cosigners = self.allies.filter((a) => a !== top.accused && view.seats.some((s) => s.id === a && s.kind === "delegation"));
  let mode = self.policy.attributionMode;
  if (mode === "joint" && cosigners.length === 0) mode = "public";
  if (mode === "private" && !isSeat) mode = "public";
  const cost = CRISIS_RULES.attributionCost[mode];
  if (turn.capacity < cost) return null;
  if (view.crisis.statements.some((s) => s.initiator === mySeat && s.inject === inject && s.mode === mode)) return null;
  return move(`attribute:${inject}`, {
    type: "attribution.make",
    inject,
    accused: top.accused,
    confidence,
    mode,
    cosigners: mode === "joint" ? cosigners.slice(0, CRISIS_RULES.maxCosigners) : [],
  });
}

function invitationAnswer(turn: Turn): BotMove | null {
  const { view, self, mySeat, dice } = turn;
  if (!view.can.answerInvitation.ok) return null;
  const invitation = view.crisis.statements.find(
    (s) => s.status === "pending" && s.invitations.some((i) => i.seat === mySeat && i.accepted === null),
  );
  if (!invitation) return null;
  const own = suspicions(view, invitation.inject).find((x) => x.accused === invitation.accused)?.weight ?? 0;
  const friendly = self.allies.includes(invitation.initiator);
  const protectsFriend = invitation.accused === mySeat || self.allies.includes(invitation.accused);
  const convinced = own >= threshold(turn) * 0.6 || (friendly && dice.chance(self.policy.cosign));
  const accept = !protectsFriend && convinced && turn.capacity >= CRISIS_RULES.cosignCost;
  return move(`answer:${invitation.id}`, { type: "attribution.answer", statement: invitation.id, accept });
}

/** Pass a private item that points at a non-ally to the allies who lack it, when capacity allows. */
function shareMove(turn: Turn): BotMove | null {
  const { view, self, mySeat } = turn;
  if (self.allies.length === 0 || turn.capacity < CRISIS_RULES.shareCost + BOT_RESERVE) return null;
  const item = view.crisis.evidence.find(
    (e) => !e.public && e.via.length > 0 && e.pointsTo !== null && e.pointsTo !== mySeat && !self.allies.includes(e.pointsTo) && e.inject === view.crisis.injects.at(-1)?.id,
  );
  if (!item || !view.can.shareEvidence.ok) return null;
  const recipients = self.allies.filter((a) => a !== item.pointsTo);
  if (recipients.length === 0) return null;
  return move(`share:${item.key}`, { type: "evidence.share", evidence: item.key, with: recipients });
}
