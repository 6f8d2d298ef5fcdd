// State practice: what the delegation actually does about this round's crisis. Keep pledges
// (mostly), answer a named culprit in proportion, help partners, and now and then, for the
// bold, act covertly.
import type { ResponseKind } from "../scenario/schema.ts";
import type { IntentAction } from "../protocol/actions.ts";
import { CRISIS_RULES } from "../rules/constants.ts";
import { OBSERVER_RESPONSES } from "../rules/handlers/practice.ts";
import type { Turn } from "./decide.ts";
import { move } from "./decide.ts";
import { suspicions } from "./evidence.ts";
import type { BotMove } from "./types.ts";

const LADDER: readonly ResponseKind[] = ["demarche", "public-attribution", "sanctions", "countermeasure"];

export function practiceMove(turn: Turn): BotMove | null {
  const { view } = turn;
  if (!view.can.choosePractice.ok || view.crisis.myChoice !== null) return null;
  return move(`practice:${view.session.round}`, affordable(turn, pledged(turn) ?? answer(turn)));
}

type Choice = { response: ResponseKind; target?: string };

function toAction(c: Choice): IntentAction {
  return { type: "practice.choose", response: c.response, ...(c.target !== undefined ? { target: c.target } : {}) };
}

/** The choice if affordable and open to this kind of seat; else the next step down the ladder; else restraint. */
function affordable(turn: Turn, c: Choice): IntentAction {
  const ok = (x: Choice) =>
    CRISIS_RULES.responseCost[x.response] <= turn.capacity &&
    (turn.self.kind === "delegation" || OBSERVER_RESPONSES.has(x.response)) &&
    x.target !== turn.mySeat &&
    (x.response !== "demarche" || (x.target !== undefined && turn.view.seats.some((s) => s.id === x.target)));
  if (ok(c)) return toAction(c);
  const step = LADDER.indexOf(c.response);
  for (let i = step - 1; i >= 0; i--) {
    const lower = LADDER[i];
    if (lower && ok({ response: lower, target: c.target ?? "" }) && c.target !== undefined) return toAction({ response: lower, target: c.target });
  }
  return toAction({ response: "restraint" });
}

/** A pledge this seat belongs to, kept with the scenario's probability. */
function pledged(turn: Turn): Choice | null {
  const { view, mySeat, dice, self } = turn;
  const pledge = view.crisis.pledges.find((p) => p.status === "active" && p.members.includes(mySeat));
  if (!pledge || !dice.chance(self.pledgeKeeping)) return null;
  const c = pledge.commitment;
  switch (c.kind) {
    case "respond":
      return c.target !== undefined ? { response: c.response, target: c.target } : null;
    case "assist":
      return c.victim !== undefined && c.victim !== mySeat ? { response: "assistance", target: c.victim } : null;
    case "restraint":
      return { response: "restraint" };
    case "fund-cbm":
      return null;
  }
}

function answer(turn: Turn): Choice {
  const { view, self, mySeat, dice } = turn;
  const round = view.session.round;
  const injects = view.crisis.injects.filter((i) => i.round === round);
  const inject = injects.at(-1);
  if (!inject) return { response: "restraint" };
  const victims = inject.victims;
  const hitUs = victims.includes(mySeat);
  const partnerHit = victims.find((v) => v !== mySeat && self.allies.includes(v));
  // Culprit: the strongest joint or public statement's accused, else one's own reading of the evidence.
  const statement = view.crisis.statements
    .filter((s) => s.inject === inject.id && s.status === "made" && s.mode !== "private")
    .sort((a, b) => b.signers.length - a.signers.length)[0];
  const own = suspicions(view, inject.id)[0];
  const culprit = statement?.accused ?? (own && own.weight >= self.policy.attributionThreshold ? own.accused : undefined);
  const culpritIsFriend = culprit !== undefined && (culprit === mySeat || self.allies.includes(culprit));
  const bold = self.riskAppetite * self.policy.covert * (self.offense / 5);
  const culpritHasSeat = culprit !== undefined && view.seats.some((s) => s.id === culprit && s.kind === "delegation");
  if (culprit && culpritHasSeat && !culpritIsFriend && self.kind === "delegation" && dice.chance(bold)) {
    return { response: dice.chance(0.5) ? "covert-operation" : "pre-positioning", target: culprit };
  }
  if (culprit && !culpritIsFriend && (hitUs || partnerHit || (statement && statement.signers.includes(mySeat)))) {
    const joint = statement !== undefined && statement.signers.length >= 2;
    const max = LADDER.indexOf(self.policy.maxResponse);
    // A joint, public finding licenses a collective, proportionate answer; a lone reading, a démarche.
    const level = Math.min(max, joint ? (dice.chance(0.4 + 0.6 * self.riskAppetite) ? 2 : 1) : hitUs ? 1 : 0);
    const response = LADDER[level] ?? "demarche";
    const targetIsSeat = view.seats.some((s) => s.id === culprit);
    if (response === "demarche" && !targetIsSeat) return { response: "public-attribution", target: culprit };
    return { response, target: culprit };
  }
  if (partnerHit && dice.chance(0.6)) return { response: "assistance", target: partnerHit };
  if (!hitUs && victims[0] && dice.chance(self.policy.pledging * 0.5)) return { response: "assistance", target: victims[0] };
  return { response: "restraint" };
}
