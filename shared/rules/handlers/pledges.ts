// Coalition pledges: a commitment others may join, optionally conditional on enough joiners.
// Judged at resolution against the members' state practice (crisis/pledge-settlement.ts).
import type { z } from "zod";
import type { PledgeJoin, PledgeMake } from "../../protocol/actions-crisis.ts";
import { ruleError } from "../../protocol/errors.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";
import { actingSeat, isKnownActor, isSeat, scenarioOf } from "../crisis/who.ts";

export const pledgeMake: Handler<z.infer<typeof PledgeMake>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before making a pledge.");
  const c = action.commitment;
  if (c.kind === "respond" && c.target !== undefined && !isKnownActor(draft, c.target)) {
    return ruleError("rule/invalid-target", `"${c.target}" is not a delegation or actor in this scenario.`);
  }
  if (c.kind === "assist" && c.victim !== undefined && !isSeat(draft, c.victim)) {
    return ruleError("rule/invalid-target", `"${c.victim}" is not a delegation or observer in this session.`);
  }
  if (c.kind === "fund-cbm" && !scenarioOf(draft).cbms.some((m) => m.id === c.cbm)) {
    return ruleError("rule/invalid-target", `"${c.cbm}" is not a confidence-building measure in this scenario.`);
  }
  if (draft.crisis.pledges.filter((p) => p.status === "pending" || p.status === "active").length >= CRISIS_RULES.maxPledges) {
    return ruleError("rule/limit", `This session already holds ${CRISIS_RULES.maxPledges} open pledges.`);
  }
  const id = `L${draft.crisis.nextPledge}`;
  draft.crisis.nextPledge += 1;
  const minOthers = action.minOthers ?? 0;
  draft.crisis.pledges.push({
    id,
    by: seat,
    text: action.text,
    commitment: c,
    minOthers,
    members: [seat],
    round: draft.round,
    status: minOthers === 0 ? "active" : "pending",
    outcomes: {},
  });
  emit({ type: "pledge.made", pledge: id, by: seat, text: action.text });
};

export const pledgeJoin: Handler<z.infer<typeof PledgeJoin>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a seat before joining a pledge.");
  const pledge = draft.crisis.pledges.find((p) => p.id === action.pledge);
  if (!pledge) return ruleError("pledge/unknown", `There is no pledge ${action.pledge}.`);
  if (pledge.status !== "pending" && pledge.status !== "active") return ruleError("pledge/closed", `Pledge ${pledge.id} is ${pledge.status}; it can no longer be joined.`);
  if (pledge.members.includes(seat)) return ruleError("pledge/already-member", `Your delegation is already part of pledge ${pledge.id}.`);
  pledge.members.push(seat);
  emit({ type: "pledge.joined", pledge: pledge.id, seat });
  if (pledge.status === "pending" && pledge.members.length - 1 >= pledge.minOthers) {
    pledge.status = "active";
    emit({ type: "pledge.activated", pledge: pledge.id });
  }
};
