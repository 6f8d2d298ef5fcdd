// The facilitator's injects: fire a scheduled one now, or write one during play.
import type { z } from "zod";
import type { InjectFire, InjectWrite } from "../../protocol/actions-crisis.ts";
import { ruleError } from "../../protocol/errors.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Handler } from "../engine.ts";
import { fireInject } from "../crisis/fire-inject.ts";
import { isKnownActor, isSeat, scenarioOf } from "../crisis/who.ts";

export const injectFire: Handler<z.infer<typeof InjectFire>> = (draft, action, _ctx, emit) => {
  const spec = scenarioOf(draft).injects.find((x) => x.id === action.inject);
  if (!spec) return ruleError("inject/unknown", `There is no inject "${action.inject}" in this scenario.`);
  if (draft.crisis.injects.some((x) => x.id === spec.id)) {
    return ruleError("inject/already-fired", `"${spec.title}" has already fired.`);
  }
  const scheduledNow = draft.stage === "briefing" && (scenarioOf(draft).rounds[draft.round - 1]?.injects ?? []).includes(spec.id);
  fireInject(draft, spec, scheduledNow ? "scheduled" : "early", emit);
};

export const injectWrite: Handler<z.infer<typeof InjectWrite>> = (draft, action, _ctx, emit) => {
  if (draft.crisis.nextAdHoc > CRISIS_RULES.maxAdHocInjects) {
    return ruleError("rule/limit", `A session holds at most ${CRISIS_RULES.maxAdHocInjects} ad-hoc injects.`);
  }
  for (const v of action.victims) {
    if (!isSeat(draft, v)) return ruleError("rule/invalid-target", `The victim "${v}" is not a delegation or observer in this session.`);
  }
  for (const n of action.norms) {
    if (!(n in draft.norms)) return ruleError("rule/invalid-target", `"${n}" is not a norm in this scenario's catalogue.`);
  }
  if (action.truth && !isKnownActor(draft, action.truth.perpetrator)) {
    return ruleError("rule/invalid-target", `The perpetrator "${action.truth.perpetrator}" is not a delegation or actor in this scenario.`);
  }
  const ids = new Set<string>();
  for (const e of action.evidence) {
    if (ids.has(e.id)) return ruleError("rule/invalid-target", `Two evidence items share the id "${e.id}".`);
    ids.add(e.id);
    if (e.pointsTo !== undefined && !isKnownActor(draft, e.pointsTo)) {
      return ruleError("rule/invalid-target", `Evidence "${e.id}" points to "${e.pointsTo}", who is not in this scenario.`);
    }
    if (e.visibility.kind === "private") {
      const stranger = e.visibility.to.find((s) => !isSeat(draft, s));
      if (stranger !== undefined) return ruleError("rule/invalid-target", `Evidence "${e.id}" is addressed to "${stranger}", who holds no seat.`);
    }
  }
  const id = `X${draft.crisis.nextAdHoc}`;
  draft.crisis.nextAdHoc += 1;
  fireInject(
    draft,
    { id, title: action.title, narrative: action.narrative, victims: action.victims, norms: action.norms, evidence: action.evidence, truth: action.truth ?? null },
    "ad-hoc",
    emit,
    (e) => `${id}.${e.id}`,
  );
};
