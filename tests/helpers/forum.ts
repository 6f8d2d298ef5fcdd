// A forum for negotiation tests: the quickstart's three delegations plus an observer seat,
// a second norm and two confidence-building measures, under a decision rule of the test's choice.
import type { Action } from "../../shared/protocol/actions.ts";
import type { GameState } from "../../shared/rules/state.ts";
import type { DecisionRule, Scenario, VotingMode } from "../../shared/scenario/schema.ts";
import { FACILITATOR, Game, player } from "./game.ts";
import { loadBuiltin } from "./scenarios.ts";

const base = loadBuiltin("quickstart");

export type ForumOptions = { decisionRule?: DecisionRule; votingMode?: VotingMode; silenceProcedure?: boolean };

export function forumScenario(o: ForumOptions = {}): Scenario {
  const val = base.delegations[0];
  if (!val) throw new Error("quickstart has no delegations");
  const firstNorm = base.norms[0];
  if (!firstNorm) throw new Error("quickstart has no norms");
  return {
    ...base,
    forum: {
      ...base.forum,
      decisionRule: o.decisionRule ?? base.forum.decisionRule,
      votingMode: o.votingMode ?? base.forum.votingMode,
      silenceProcedure: o.silenceProcedure ?? false,
    },
    observers: [{ ...val, id: "CERT", name: "CERT Network", archetype: "CERT network", objectives: [] }],
    norms: [...base.norms, { ...firstNorm, id: "N-h", title: "Do not harm CERTs", text: "States should not harm emergency response teams." }],
    cbms: [
      { id: "poc", title: "Points-of-contact directory", text: "Each State names a point of contact for ICT incidents." },
      { id: "notify", title: "Incident notification channel", text: "States notify each other of significant incidents." },
    ],
  };
}

/**
 * A game with ana heading Valdoria (VAL), bo Meridia (MER), cy Tamaru (TAM), dee a second
 * Valdorian delegate, and olu the observer (CERT), started and moved on to `stage`.
 */
export function forum(stage: GameState["stage"] = "negotiation", o: ForumOptions = {}): Game {
  const g = new Game(forumScenario(o)).seat("ana", "VAL").seat("bo", "MER").seat("cy", "TAM").seat("dee", "VAL").seat("olu", "CERT");
  if (stage === "lobby") return g;
  g.do(FACILITATOR, { type: "session.start" });
  return g.advanceTo(stage);
}

export const ana = player("ana");
export const bo = player("bo");
export const cy = player("cy");
export const dee = player("dee");
export const olu = player("olu");

/** The error code of a rejected action, or "ok". */
export function codeOf(g: Game, actor: Parameters<Game["try"]>[0], action: Action): string {
  const r = g.try(actor, action);
  return r.ok ? "ok" : r.error.code;
}

/** Tables a norm-adoption proposal of N-f by the actor's seat. */
export function tableNorm(g: Game, actor: Parameters<Game["try"]>[0], norm = "N-f", text = "A State should not damage critical infrastructure."): Game {
  return g.do(actor, { type: "proposal.table", title: `Adopt ${norm}`, text, subject: { kind: "norm-adoption", norm } });
}
