// Attribution statements: a private démarche to the accused, a public national statement, or a
// joint statement whose invited co-signers accept or decline before it goes public.
import type { Draft } from "immer";
import type { z } from "zod";
import type { AttributionAnswer, AttributionMake, AttributionPublish } from "../../protocol/actions-crisis.ts";
import { ruleError } from "../../protocol/errors.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit, Handler } from "../engine.ts";
import type { GameState } from "../state.ts";
import type { Statement } from "../crisis/state.ts";
import { signersOf } from "../crisis/signers.ts";
import { actingSeat, capacityOf, isDelegation, isKnownActor, isSeat, nameOf, spend } from "../crisis/who.ts";


export const attributionMake: Handler<z.infer<typeof AttributionMake>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a delegation seat before making an attribution.");
  const inject = draft.crisis.injects.find((x) => x.id === action.inject);
  if (!inject) return ruleError("inject/not-fired", `There is no crisis "${action.inject}" to attribute yet.`);
  if (!isKnownActor(draft, action.accused)) return ruleError("rule/invalid-target", `"${action.accused}" is not a delegation or actor in this scenario.`);
  if (action.accused === seat) return ruleError("rule/invalid-target", "A delegation cannot accuse itself.");
  if (action.mode === "private" && !isSeat(draft, action.accused)) {
    return ruleError("rule/invalid-target", `A démarche goes to a delegation at the table; ${nameOf(draft, action.accused)} holds no seat. Make a public statement instead.`);
  }
  const cosigners = [...new Set(action.cosigners)];
  if (action.mode !== "joint" && cosigners.length > 0) return ruleError("rule/invalid-target", "Only a joint statement has co-signers.");
  if (action.mode === "joint") {
    if (cosigners.length === 0) return ruleError("rule/invalid-target", "Invite at least one delegation to co-sign a joint statement.");
    if (cosigners.length > CRISIS_RULES.maxCosigners) return ruleError("rule/limit", `Invite at most ${CRISIS_RULES.maxCosigners} co-signers.`);
    const bad = cosigners.find((c) => !isDelegation(draft, c) || c === seat || c === action.accused);
    if (bad !== undefined) return ruleError("rule/invalid-target", `"${bad}" cannot co-sign: co-signers are other delegations, not the accused.`);
  }
  const duplicate = draft.crisis.statements.some(
    (s) => s.initiator === seat && s.inject === inject.id && s.accused === action.accused && s.mode === action.mode && s.status !== "lapsed",
  );
  if (duplicate) return ruleError("attribution/duplicate", `Your delegation has already made this ${action.mode} attribution of "${inject.title}".`);
  if (draft.crisis.statements.length >= CRISIS_RULES.maxStatements) return ruleError("rule/limit", `This session already holds ${CRISIS_RULES.maxStatements} statements.`);
  const cost = CRISIS_RULES.attributionCost[action.mode];
  const have = capacityOf(draft, seat);
  if (have < cost) return ruleError("rule/insufficient-capacity", `A ${action.mode} attribution needs ${cost} capacity; your delegation has ${have} left.`);
  spend(draft, seat, cost);
  const id = `A${draft.crisis.nextStatement}`;
  draft.crisis.nextStatement += 1;
  draft.crisis.statements.push({
    id,
    inject: inject.id,
    accused: action.accused,
    confidence: action.confidence,
    mode: action.mode,
    initiator: seat,
    text: action.text ?? null,
    invitations: cosigners.map((c) => ({ seat: c, accepted: null })),
    status: action.mode === "joint" ? "pending" : "made",
    round: draft.round,
    madeRound: action.mode === "joint" ? null : draft.round,
    correct: null,
  });
  const statement = draft.crisis.statements[draft.crisis.statements.length - 1];
  if (!statement) return;
  if (action.mode === "joint") {
    emit({ type: "attribution.invited", statement: id, initiator: seat, accused: action.accused, invitees: cosigners }, { kind: "seats", seats: [seat, ...cosigners] });
  } else {
    announce(statement, emit);
  }
};

export const attributionAnswer: Handler<z.infer<typeof AttributionAnswer>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  if (!seat) return ruleError("role/not-seated", "Claim a delegation seat before answering an invitation.");
  const statement = draft.crisis.statements.find((s) => s.id === action.statement);
  const invitation = statement?.invitations.find((i) => i.seat === seat);
  if (!statement || !invitation) return ruleError("attribution/not-invited", `Your delegation was not invited to co-sign ${action.statement}.`);
  if (statement.status !== "pending") return ruleError("attribution/not-pending", `Statement ${statement.id} is no longer open for signatures.`);
  if (invitation.accepted !== null) return ruleError("attribution/already-answered", `Your delegation has already answered on ${statement.id}.`);
  if (action.accept) {
    const have = capacityOf(draft, seat);
    if (have < CRISIS_RULES.cosignCost) {
      return ruleError("rule/insufficient-capacity", `Co-signing needs ${CRISIS_RULES.cosignCost} capacity; your delegation has ${have} left.`);
    }
    spend(draft, seat, CRISIS_RULES.cosignCost);
  }
  invitation.accepted = action.accept;
  emit(
    { type: "attribution.answered", statement: statement.id, seat, accepted: action.accept },
    { kind: "seats", seats: [statement.initiator, ...statement.invitations.map((i) => i.seat)] },
  );
  if (statement.invitations.every((i) => i.accepted !== null)) makePublic(draft, statement, emit);
};

export const attributionPublish: Handler<z.infer<typeof AttributionPublish>> = (draft, action, ctx, emit) => {
  const seat = actingSeat(draft, ctx.actor);
  const statement = draft.crisis.statements.find((s) => s.id === action.statement);
  if (!statement || (statement.initiator !== seat && !statement.invitations.some((i) => i.seat === seat))) {
    return ruleError("attribution/unknown", `Your delegation has no statement ${action.statement}.`);
  }
  if (statement.initiator !== seat) return ruleError("attribution/not-initiator", `Only ${nameOf(draft, statement.initiator)}, which initiated ${statement.id}, can publish it.`);
  if (statement.status !== "pending") return ruleError("attribution/not-pending", `Statement ${statement.id} has already been ${statement.status}.`);
  makePublic(draft, statement, emit);
};

function makePublic(draft: Draft<GameState>, statement: Draft<Statement>, emit: Emit): void {
  statement.status = "made";
  statement.madeRound = draft.round;
  announce(statement, emit);
}

function announce(statement: Statement, emit: Emit): void {
  const event = { type: "attribution.made" as const, statement: statement.id, by: signersOf(statement), accused: statement.accused, mode: statement.mode };
  if (statement.mode === "private") emit(event, { kind: "seats", seats: [statement.initiator, statement.accused] });
  else emit(event);
}

/** Joint statements still circulating at resolution lapse: they were never made. */
export function lapsePending(draft: Draft<GameState>, emit: Emit): void {
  for (const s of draft.crisis.statements) {
    if (s.status !== "pending") continue;
    s.status = "lapsed";
    emit({ type: "attribution.lapsed", statement: s.id }, { kind: "seats", seats: [s.initiator, ...s.invitations.map((i) => i.seat)] });
  }
}
