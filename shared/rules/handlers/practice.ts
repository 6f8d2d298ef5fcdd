// State practice: each delegation's secret response to the round's crisis. Choosing again
// replaces the earlier choice and refunds its cost.
import type { z } from "zod";
import type { PracticeChoose } from "../../protocol/actions-crisis.ts";
import { ruleError } from "../../protocol/errors.ts";
import { RESPONSE_KINDS, type ResponseKind } from "../../scenario/schema.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";
import { actingSeat, capacityOf, isDelegation, isKnownActor, isSeat, nameOf } from "../crisis/who.ts";

/** Responses that must name whom they are aimed at: all but restraint (no one) and assistance (its beneficiary is optional). */
export const TARGETED: ReadonlySet<ResponseKind> = new Set(RESPONSE_KINDS.filter((r) => r !== "restraint" && r !== "assistance"));
/** What observers (not states) may do: no offensive or state-only options. */
export const OBSERVER_RESPONSES: ReadonlySet<ResponseKind> = new Set(["restraint", "assistance", "public-attribution"]);
export const COVERT: ReadonlySet<ResponseKind> = new Set(["covert-operation", "pre-positioning"]);

export const practiceChoose: Handler<z.infer<typeof PracticeChoose>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before choosing your state practice.");
  const response = action.response;
  if (!isDelegation(draft, seat) && !OBSERVER_RESPONSES.has(response)) {
    return ruleError("practice/not-allowed", `An observer cannot choose ${response}; it may choose restraint, assistance or a public attribution.`);
  }
  const target = action.target ?? null;
  if (TARGETED.has(response) && target === null) return ruleError("practice/target-required", `Name the delegation or actor your ${response} is aimed at.`);
  if (response === "restraint" && target !== null) return ruleError("rule/invalid-target", "Restraint is not aimed at anyone; choose it without a target.");
  if (target !== null) {
    if (target === seat) return ruleError("rule/invalid-target", `Your ${response} cannot be aimed at your own delegation.`);
    if (!isKnownActor(draft, target)) return ruleError("rule/invalid-target", `"${target}" is not a delegation or actor in this scenario.`);
    if (response === "assistance" && !isSeat(draft, target)) return ruleError("rule/invalid-target", `Assistance goes to a delegation or observer at the table, not to ${nameOf(draft, target)}.`);
    if (response === "pre-positioning" && !isDelegation(draft, target)) {
      return ruleError("rule/invalid-target", "Pre-positioning is aimed at another delegation's infrastructure.");
    }
  }
  const cost = CRISIS_RULES.responseCost[response];
  const refund = draft.crisis.choices[seat]?.cost ?? 0;
  const have = capacityOf(draft, seat) + refund;
  if (have < cost) return ruleError("rule/insufficient-capacity", `${response} needs ${cost} capacity; your delegation has ${have} available.`);
  const standing = draft.standings[seat];
  if (standing) standing.capacity = have - cost;
  draft.crisis.choices[seat] = { seat, response, target, cost, defaulted: false };
  emit({ type: "practice.chosen", seat });
};
