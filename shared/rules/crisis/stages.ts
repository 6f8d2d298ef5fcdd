// When the crisis actions are allowed and for whom; phases.ts merges these into its table.
// Investigation and attribution belong to their phase; evidence can still change hands and
// joint statements gather signatures while the forum negotiates; pledges are made in
// negotiation; practice is chosen in its own phase; the chair can fire injects any time in play.
import type { ActionType } from "../../protocol/actions.ts";
import type { Phase } from "../../scenario/schema.ts";
import type { Role } from "../phases.ts";

type Allows = Partial<Record<ActionType, readonly Role[]>>;

const CHAIR: Allows = { "inject.fire": ["facilitator", "system"], "inject.write": ["facilitator"] };
const SIGNATURES: Allows = { "attribution.answer": ["head"], "attribution.publish": ["head"] };
const EVIDENCE: Allows = {
  "evidence.share": ["delegate", "observer"],
  "evidence.publish": ["delegate", "observer"],
  "report.publish": ["observer"],
};

export const CRISIS_STAGE_RULES: Readonly<Record<Phase, Allows>> = {
  briefing: CHAIR,
  investigation: {
    ...CHAIR,
    ...EVIDENCE,
    ...SIGNATURES,
    "evidence.investigate": ["delegate", "observer"],
    "attribution.make": ["head"],
  },
  negotiation: { ...CHAIR, ...EVIDENCE, ...SIGNATURES, "pledge.make": ["head", "observer"], "pledge.join": ["head", "observer"] },
  voting: { ...CHAIR, ...SIGNATURES },
  "state-practice": { ...CHAIR, "practice.choose": ["head", "observer"] },
  resolution: CHAIR,
};
