// The forum settings a facilitator can choose at creation, as plain lists (importing the zod
// schema module here would put zod in the page's bundle). The type checker ties each list
// to the protocol: a missing or unknown value fails to compile.
import type { SessionOptions } from "../../../shared/protocol/messages.ts";

type DecisionRule = NonNullable<SessionOptions["decisionRule"]>;
type VotingMode = NonNullable<SessionOptions["votingMode"]>;
type Phase = keyof NonNullable<SessionOptions["timers"]>;

const all =
  <T extends string>() =>
  <L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) =>
    list;

export const DECISION_RULES = all<DecisionRule>()(["consensus", "simple-majority", "two-thirds", "weighted"] as const);
export const VOTING_MODES = all<VotingMode>()(["roll-call", "secret"] as const);
export const PHASES = all<Phase>()(["briefing", "investigation", "negotiation", "voting", "state-practice", "resolution"] as const);

type Crisis = import("../../../shared/protocol/view.ts").View["crisis"];
export type ResponseKind = NonNullable<Crisis["myChoice"]>["response"];
export type Confidence = Crisis["statements"][number]["confidence"];
export type AttributionMode = Crisis["statements"][number]["mode"];
export const RESPONSE_KINDS = all<ResponseKind>()(["restraint", "demarche", "public-attribution", "sanctions", "indictments", "countermeasure", "covert-operation", "assistance", "pre-positioning"] as const);
export const CONFIDENCES = all<Confidence>()(["low", "medium", "high"] as const);
export const ATTRIBUTION_MODES = all<AttributionMode>()(["private", "public", "joint"] as const);
