// Random candidates for the crisis loop: injects, investigation, evidence, attribution, pledges,
// state practice — plus norm-adoption texts so the norm model has norms to move. Legal and
// illegal alike: the engine must reject the bad ones without changing anything.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { RESPONSE_KINDS } from "../../shared/scenario/schema.ts";
import type { GameState } from "../../shared/rules/state.ts";
import type { Candidate, Pick } from "./random-play.ts";

export function crisisCandidates(state: GameState, pick: Pick): Candidate[] {
  const out: Candidate[] = [];
  const p = pick(Object.values(state.players));
  const c = state.crisis;
  const facilitator: Actor = { kind: "facilitator" };
  const fired = c.injects.map((x) => x.id);
  const inject = pick([...fired, ...state.scenario.injects.map((x) => x.id), "nope"]) ?? "nope";
  const seats = Object.keys(state.seats);
  const targets = [...seats, ...state.scenario.actors.map((a) => a.id)];
  const target = pick(targets) ?? "nobody";
  const evidence = pick([...Object.keys(c.evidence), "ghost"]) ?? "ghost";
  const push = (actor: Actor, action: Action) => out.push({ actor, action });

  push(facilitator, { type: "inject.fire", inject });
  if (c.nextAdHoc <= 2) {
    push(facilitator, {
      type: "inject.write",
      title: "Ad hoc",
      narrative: "Something happened.",
      victims: [pick(seats) ?? "x"],
      norms: state.scenario.norms.slice(0, 1).map((n) => n.id),
      evidence: [{ id: "adhoc", kind: "osint", title: "AH", text: `Ad hoc evidence ${c.nextAdHoc}.`, grade: "C3", misleading: false, visibility: { kind: "private", to: [pick(seats) ?? "x"] } }],
      truth: { perpetrator: target, kind: "state", summary: "Ad hoc truth." },
    });
  }
  if (!p) return out;
  const actor: Actor = { kind: "player", playerId: p.id };
  const norm = pick(state.scenario.norms);
  if (norm) push(actor, { type: "proposal.table", title: `Adopt ${norm.id}`, text: norm.text, subject: { kind: "norm-adoption", norm: norm.id } });
  push(actor, { type: "evidence.investigate", inject });
  push(actor, { type: "evidence.share", evidence, with: [pick(seats) ?? "x"] });
  push(actor, { type: "evidence.publish", evidence });
  push(actor, { type: "report.publish", inject, evidence: [evidence], text: "Our findings." });
  const mode = pick(["private", "public", "joint"] as const) ?? "public";
  const cosigners = mode === "joint" ? [pick(seats) ?? "x", pick(seats) ?? "y"] : [];
  push(actor, { type: "attribution.make", inject, accused: target, confidence: pick(["low", "medium", "high"] as const) ?? "low", mode, cosigners });
  const statement = pick(c.statements)?.id ?? "A0";
  push(actor, { type: "attribution.answer", statement, accept: pick([true, false]) ?? true });
  push(actor, { type: "attribution.publish", statement });
  const response = pick(RESPONSE_KINDS) ?? "restraint";
  push(actor, {
    type: "pledge.make",
    text: "We commit.",
    commitment: pick([{ kind: "restraint" as const }, { kind: "respond" as const, response, target }, { kind: "assist" as const }]) ?? { kind: "restraint" },
    ...(pick([true, false]) ? { minOthers: 1 } : {}),
  });
  push(actor, { type: "pledge.join", pledge: pick(c.pledges)?.id ?? "L0" });
  push(actor, { type: "practice.choose", response, ...(response === "restraint" ? {} : { target }) });
  push(actor, { type: "practice.choose", response: "restraint" });
  return out;
}
