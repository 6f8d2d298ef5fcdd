// Micro-benchmark of the rules engine: mean time of apply() for typical actions, and the time
// to replay a 10,000-action log. Plain Node script: `npm run bench:rules`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { apply, replay, type Ctx } from "../../shared/rules/engine.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import { parseScenario } from "../../shared/scenario/parse.ts";

const file = fileURLToPath(new URL("../scenarios/standard.yaml", import.meta.url));
const parsed = parseScenario(readFileSync(file, "utf8"));
if (!parsed.ok) throw new Error("standard.yaml is invalid");
const scenario = parsed.scenario;
const seats = scenario.delegations.map((d) => d.id);
const fac: Actor = { kind: "facilitator" };
let now = 1_000_000;

function must(state: GameState, actor: Actor, action: Action): GameState {
  const r = apply(state, action, { actor, now });
  if (!r.ok) throw new Error(`${action.type}: ${r.error.message}`);
  return r.state;
}

// A session with every delegation headed, in a given stage of round 1.
function seated(): GameState {
  let s = createInitialState(scenario);
  seats.forEach((seat, i) => {
    s = must(s, { kind: "system" }, { type: "player.join", playerId: `p${i}`, name: `P${i}` });
    s = must(s, { kind: "player", playerId: `p${i}` }, { type: "seat.claim", seat });
  });
  return must(s, fac, { type: "session.start" });
}
function advanceTo(s: GameState, stage: GameState["stage"]): GameState {
  while (s.stage !== stage) s = must(s, fac, { type: "phase.advance" });
  return s;
}

function time(label: string, state: GameState, actor: Actor, action: Action, n = 5000): void {
  const probe = apply(state, action, { actor, now });
  for (let i = 0; i < 200; i++) apply(state, action, { actor, now });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) apply(state, action, { actor, now });
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${label.padEnd(34)} ${us.toFixed(1).padStart(7)} µs ${probe.ok ? "" : `(rejected: ${probe.error.code})`}`);
}

const p0: Actor = { kind: "player", playerId: "p0" };
const base = seated();
const inv = advanceTo(base, "investigation");
const inject = inv.crisis.injects[0]?.id ?? "none";
const neg = advanceTo(inv, "negotiation");
const sp = advanceTo(neg, "state-practice");
const chosen = seats.reduce((s, seat, i) => must(s, { kind: "player", playerId: `p${i}` }, { type: "practice.choose", response: "restraint" }), sp);
console.log(`apply() on ${scenario.id} (${seats.length} delegations), mean of 5000 calls`);
time("investigate", inv, p0, { type: "evidence.investigate", inject });
time("attribution (public)", inv, p0, { type: "attribution.make", inject, accused: seats[1] ?? "x", confidence: "high", mode: "public", cosigners: [] });
time("proposal.table", neg, p0, { type: "proposal.table", title: "T", text: "X" });
time("pledge.make", neg, p0, { type: "pledge.make", text: "We assist.", commitment: { kind: "assist" } });
time("practice.choose", sp, p0, { type: "practice.choose", response: "sanctions", target: seats[1] ?? "x" });
time("phase.advance (resolution)", chosen, fac, { type: "phase.advance" }, 1000);
time("rejected (wrong phase)", base, p0, { type: "practice.choose", response: "restraint" });

// A 10,000-action log: many rounds of investigation, statements, pledges and practice.
const log: { action: Action; ctx: Ctx }[] = [];
let s = createInitialState(scenario);
const push = (actor: Actor, action: Action) => {
  now += 1000;
  const ctx = { actor, now };
  const r = apply(s, action, ctx);
  if (r.ok) {
    s = r.state;
    log.push({ action, ctx });
  }
};
seats.forEach((seat, i) => {
  push({ kind: "system" }, { type: "player.join", playerId: `p${i}`, name: `P${i}` });
  push({ kind: "player", playerId: `p${i}` }, { type: "seat.claim", seat });
});
push(fac, { type: "session.start" });
const initial = createInitialState(scenario);
let k = 0;
while (log.length < 10_000) {
  const i = k++ % seats.length;
  const actor: Actor = { kind: "player", playerId: `p${i}` };
  const target = seats[(i + 1) % seats.length] ?? "x";
  const before = log.length;
  if (s.stage === "investigation") push(actor, { type: "evidence.investigate", inject: s.crisis.injects.at(-1)?.id ?? "x" });
  if (s.stage === "negotiation") push(actor, { type: "message.team", text: `note ${k}` });
  if (s.stage === "state-practice") push(actor, { type: "practice.choose", response: k % 3 === 0 ? "sanctions" : "restraint", ...(k % 3 === 0 ? { target } : {}) });
  if (log.length === before || k % 25 === 0) push(fac, s.stage === "ended" ? { type: "phase.advance" } : { type: "phase.advance" });
  if (s.stage === "ended") break;
}
// Keep playing past the scenario's rounds: restart on a fresh session until the log is long enough.
const logs: (typeof log)[] = [log];
let total = log.length;
while (total < 10_000) {
  const more = logs[0]?.slice(0, Math.min(logs[0].length, 10_000 - total)) ?? [];
  logs.push(more);
  total += more.length;
}
const t0 = performance.now();
for (const l of logs) replay(initial, l);
const ms = performance.now() - t0;
console.log(`replay of ${total} actions (${logs.length} session log${logs.length > 1 ? "s" : ""}): ${ms.toFixed(0)} ms`);
