// Investigation and evidence: uncover discoverable items, share them with chosen delegations,
// publish them, and observers' technical reports.
import type { Draft } from "immer";
import { baseOf } from "../base.ts";
import type { z } from "zod";
import type { EvidenceInvestigate, EvidencePublish, EvidenceShare, ReportPublish } from "../../protocol/actions-crisis.ts";
import { ruleError, type RuleError } from "../../protocol/errors.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit, Handler } from "../engine.ts";
import type { GameState } from "../state.ts";
import type { EvidenceItem } from "../crisis/state.ts";
import { actingSeat, capacityOf, intelligenceOf, isSeat, spend } from "../crisis/who.ts";

const holds = (item: EvidenceItem, seat: string) => item.holders.some((h) => h.seat === seat);

/** What an investigation of one item costs a seat of the given reach (I4). */
export function investigationCost(cost: number, minIntelligence: number, reach: number): number {
  const discount = Math.floor((reach - minIntelligence) / CRISIS_RULES.investigation.reachPerDiscount);
  return Math.max(CRISIS_RULES.investigation.minCost, cost - Math.max(0, discount));
}

function noCapacity(need: number, have: number, what: string): RuleError {
  return ruleError("rule/insufficient-capacity", `${what} needs ${need} capacity; your delegation has ${have} left this round.`);
}

export const evidenceInvestigate: Handler<z.infer<typeof EvidenceInvestigate>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before investigating.");
  const inject = draft.crisis.injects.find((x) => x.id === action.inject);
  if (!inject) return ruleError("inject/not-fired", `There is no crisis "${action.inject}" to investigate yet.`);
  const reach = intelligenceOf(draft, seat);
  // Scan the base state, not the draft: proxying every item would cost more than the rule.
  const hidden = Object.values(baseOf(draft).crisis.evidence).filter(
    (e) => e.inject === inject.id && e.released && e.spec.visibility.kind === "discoverable" && !e.public && !holds(e, seat),
  );
  const within = hidden
    .map((e) => ({ e, v: e.spec.visibility }))
    .flatMap(({ e, v }) => (v.kind === "discoverable" && v.minIntelligence <= reach ? [{ e, cost: investigationCost(v.cost, v.minIntelligence, reach) }] : []))
    .sort((a, b) => a.cost - b.cost);
  const found = within[0];
  if (!found) {
    const beyond = hidden.length > 0;
    return ruleError(
      "evidence/nothing-found",
      beyond
        ? `Your services can find nothing more on "${inject.title}" with intelligence reach ${reach}; others with more reach might.`
        : `There is nothing more to uncover on "${inject.title}".`,
    );
  }
  const have = capacityOf(draft, seat);
  if (have < found.cost) return noCapacity(found.cost, have, "This investigation");
  spend(draft, seat, found.cost);
  const item = draft.crisis.evidence[found.e.key];
  if (!item) return;
  item.holders.push({ seat, via: "investigation", from: null, round: draft.round });
  emit({ type: "evidence.received", evidence: item.key, inject: item.inject, seat, via: "investigation", from: null }, { kind: "seats", seats: [seat] });
};

export const evidenceShare: Handler<z.infer<typeof EvidenceShare>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before sharing evidence.");
  const item = heldItem(draft, seat, action.evidence);
  if ("code" in item) return item;
  if (item.public) return ruleError("evidence/already-public", `"${item.spec.title}" is already public; everyone can see it.`);
  for (const to of action.with) {
    if (!isSeat(draft, to) || to === seat) return ruleError("rule/invalid-target", `You can share only with another delegation or observer; "${to}" is not one.`);
  }
  // A recipient may already hold the item. Refusing would tell the sharer who holds what,
  // so the share goes through alike: the recipient hears of it, and holds it once.
  const recipients = [...new Set(action.with)];
  const have = capacityOf(draft, seat);
  if (have < CRISIS_RULES.shareCost) return noCapacity(CRISIS_RULES.shareCost, have, "Sharing evidence");
  spend(draft, seat, CRISIS_RULES.shareCost);
  for (const to of recipients) {
    if (!holds(item, to)) item.holders.push({ seat: to, via: "share", from: seat, round: draft.round });
    emit({ type: "evidence.received", evidence: item.key, inject: item.inject, seat: to, via: "share", from: seat }, { kind: "seats", seats: [seat, to] });
  }
};

export const evidencePublish: Handler<z.infer<typeof EvidencePublish>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before publishing evidence.");
  const item = heldItem(draft, seat, action.evidence);
  if ("code" in item) return item;
  if (item.public) return ruleError("evidence/already-public", `"${item.spec.title}" is already public.`);
  const have = capacityOf(draft, seat);
  if (have < CRISIS_RULES.publishCost) return noCapacity(CRISIS_RULES.publishCost, have, "Publishing evidence");
  spend(draft, seat, CRISIS_RULES.publishCost);
  publish(item, seat, emit);
};

export const reportPublish: Handler<z.infer<typeof ReportPublish>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim an observer seat before publishing a report.");
  const inject = draft.crisis.injects.find((x) => x.id === action.inject);
  if (!inject) return ruleError("inject/not-fired", `There is no crisis "${action.inject}" to report on yet.`);
  const items: Draft<EvidenceItem>[] = [];
  for (const key of new Set(action.evidence)) {
    const item = heldItem(draft, seat, key, true);
    if ("code" in item) return item;
    if (item.inject !== inject.id) return ruleError("rule/invalid-target", `"${item.spec.title}" belongs to another crisis than "${inject.title}".`);
    items.push(item);
  }
  const have = capacityOf(draft, seat);
  if (have < CRISIS_RULES.reportCost) return noCapacity(CRISIS_RULES.reportCost, have, "A technical report");
  spend(draft, seat, CRISIS_RULES.reportCost);
  for (const item of items) if (!item.public) publish(item, seat, emit);
  emit({ type: "report.published", by: seat, inject: inject.id, evidence: items.map((i) => i.key), text: action.text });
};

/** The item if the seat holds it (or, when allowed, if it is public); the same answer for unknown and unheld keys, so probing reveals nothing. */
function heldItem(draft: Draft<GameState>, seat: string, key: string, publicOk = false): Draft<EvidenceItem> | RuleError {
  const item = draft.crisis.evidence[key];
  if (!item || !(holds(item, seat) || (publicOk && item.public))) {
    return ruleError("evidence/not-held", `Your delegation holds no evidence item "${key}".`);
  }
  return item;
}

function publish(item: Draft<EvidenceItem>, seat: string, emit: Emit): void {
  item.public = true;
  item.publishedBy = seat;
  emit({ type: "evidence.published", evidence: item.key, inject: item.inject, by: seat });
}
