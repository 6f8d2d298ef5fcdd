// Property-based and replay tests over random sequences of legal and illegal actions (E2–E6).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { apply, replay, type Ctx } from "../../shared/rules/engine.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import { viewFor, type Viewer } from "../../shared/view/view-for.ts";
import { View } from "../../shared/protocol/view.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { crisisScenario, HEADS } from "../helpers/crisis-scenario.ts";
import { GENERATORS } from "../helpers/random-actions.ts";
import { randomPlay, type Candidate } from "../helpers/random-play.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const scenario = crisisScenario();
const presence = { players: new Set<string>(), facilitator: true };

type Step = { kind: "advance" } | { kind: "act"; pick: number } | { kind: "other"; pick: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: "advance" as const }) },
  { weight: 10, arbitrary: fc.nat().map((pick) => ({ kind: "act" as const, pick })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: "other" as const, pick })) },
);

/** Plays the picks; calls `check` after every attempt with the state before, the action and the result. */
function play(s: Scenario, steps: readonly Step[], check: (before: GameState, after: GameState, ok: boolean, action: Action, i: number) => void, deep = false) {
  let state = createInitialState(s);
  const log: { action: Action; ctx: Ctx }[] = [];
  let now = 1_000_000;
  let i = 0;
  const run = (actor: Actor, action: Action) => {
    const ctx = { actor, now };
    const before = state;
    const json = deep ? JSON.stringify(before) : "";
    const r = apply(state, action, ctx);
    if (r.ok) {
      state = r.state;
      log.push({ action, ctx });
    } else if (deep) {
      expect(r.error.message.length).toBeGreaterThan(10);
      expect(JSON.stringify(before)).toBe(json);
    }
    check(before, state, r.ok, action, i++);
  };
  for (const [seat, playerId] of Object.entries(HEADS)) {
    run({ kind: "system" }, { type: "player.join", playerId, name: playerId });
    run({ kind: "player", playerId }, { type: "seat.claim", seat });
  }
  run({ kind: "facilitator" }, { type: "session.start" });
  let k = 0;
  for (const st of steps) {
    if (state.stage === "ended") break;
    now += 1000;
    if (st.kind === "advance") {
      run({ kind: "facilitator" }, { type: "phase.advance" });
      continue;
    }
    // a deterministic pick function driven by the step's number
    let seed = st.pick + k++;
    const pick = <T,>(items: readonly T[]): T | undefined => {
      if (items.length === 0) return undefined;
      seed = (Math.imul(seed ^ (seed >>> 13), 0x5bd1e995) + 0x9e3779b9) >>> 0;
      return items[seed % items.length];
    };
    const candidates: Candidate[] = GENERATORS.flatMap((g) => g(state, pick));
    const c = pick(candidates);
    if (c) run(st.kind === "other" ? { kind: "player", playerId: "intruder" } : c.actor, c.action);
  }
  return { state, log };
}

const viewers: Viewer[] = [...Object.values(HEADS).map((playerId) => ({ kind: "player" as const, playerId })), { kind: "spectator" }];

/** Checks one viewer's view against the state: nothing secret that is not theirs. */
function assertNoLeak(state: GameState, viewer: Viewer): void {
  const view = viewFor(state, viewer, presence, 2_000_000);
  const json = JSON.stringify(view);
  const seat = viewer.kind === "player" ? (state.players[viewer.playerId]?.seat ?? null) : null;
  const ended = state.stage === "ended";
  // secret objectives of other seats
  for (const spec of [...state.scenario.delegations, ...state.scenario.observers]) {
    for (const o of spec.objectives) {
      if (o.secret && spec.id !== seat && !ended) expect(json.includes(o.text), `${seat} sees ${spec.id}'s secret objective`).toBe(false);
    }
  }
  // evidence not public is seen only by its holders
  for (const item of Object.values(state.crisis.evidence)) {
    if (item.public || ended) continue;
    const held = seat !== null && item.holders.some((h) => h.seat === seat);
    const shown = view.crisis.evidence.some((e) => e.key === item.key);
    expect(shown, `${seat} and evidence ${item.key}`).toBe(held);
    if (!held) expect(json.includes(item.spec.text), `${seat} reads the text of ${item.key}`).toBe(false);
  }
  // choices before resolution, unexposed covert actions after it
  for (const [other, choice] of Object.entries(state.crisis.choices)) {
    if (other === seat) expect(view.crisis.myChoice).toEqual({ response: choice.response, target: choice.target });
  }
  if (seat === null || !(seat in state.crisis.choices)) expect(view.crisis.myChoice).toBeNull();
  if (!ended) {
    for (const p of view.crisis.practice) if (p.covert && !p.exposed) expect(p.seat).toBe(seat);
    for (const r of view.crisis.reports) for (const v of r.violations) if (v.outcome === "hidden") expect(v.violator).toBe(seat);
  }
  // ground truth before its reveal
  for (const inj of state.crisis.injects) {
    const shown = view.crisis.injects.find((x) => x.id === inj.id);
    if (!inj.revealed && !ended) {
      expect(shown?.truth).toBeNull();
      if (inj.truth) expect(json.includes(inj.truth.summary)).toBe(false);
    }
  }
  // other seats' capacity, and private journal entries
  for (const s of view.crisis.standings) if (!ended && s.seat !== seat) expect(s.capacity).toBeNull();
  for (const e of view.journal) if (e.audience.kind === "seats") expect(seat !== null && e.audience.seats.includes(seat)).toBe(true);
  // démarches only to the two parties; pending statements to initiator and invitees
  for (const st of view.crisis.statements) {
    if (ended) break;
    if (st.mode === "private") expect([st.initiator, st.accused]).toContain(seat);
    if (st.status !== "made") expect([st.initiator, ...st.invitations.map((i) => i.seat)]).toContain(seat);
  }
}

describe("properties over random play", () => {
  it("E3: capacity is never negative, and E4: a delegation casts at most one ballot per question", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 50, maxLength: 400 }), (steps) => {
        play(scenario, steps, (_b, after) => {
          for (const s of Object.values(after.standings)) expect(s.capacity).toBeGreaterThanOrEqual(0);
          for (const p of after.proposals) {
            const seats = p.ballots.map((b) => b.seat);
            expect(new Set(seats).size).toBe(seats.length);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it("E5: a rejected action changes nothing: same state object, same content", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 50, maxLength: 300 }), (steps) => {
        play(
          scenario,
          steps,
          (before, after, ok) => {
            if (ok) return;
            expect(after).toBe(before);
            // states are deep-frozen: a handler writing outside its draft would throw
            expect(Object.isFrozen(before.crisis)).toBe(true);
          },
          true,
        );
      }),
      { numRuns: 30 },
    );
  });

  it("D2: secret data never appears in another viewer's view (objectives, private evidence, choices, truths)", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 80, maxLength: 300 }), (steps) => {
        play(scenario, steps, (_b, after, ok, _a, i) => {
          if (!ok || i % 9 !== 0) return;
          for (const v of viewers) assertNoLeak(after, v);
        });
      }),
      { numRuns: 12 },
    );
  });

  it("D2: every view matches the View schema", () => {
    const { state } = play(scenario, Array.from({ length: 300 }, (_, i) => (i % 12 === 0 ? { kind: "advance" as const } : { kind: "act" as const, pick: i * 7919 })), () => {});
    for (const v of [...viewers, { kind: "facilitator" as const }]) View.parse(viewFor(state, v, presence, 2_000_000));
  });

  it("E6: replay equals live for random action sequences", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 50, maxLength: 400 }), (steps) => {
        const { state, log } = play(scenario, steps, () => {});
        expect(replay(createInitialState(scenario), log)).toEqual(state);
      }),
      { numRuns: 25 },
    );
  });
});

describe("determinism", () => {
  it("E2: folding the logs of many seeded random games reproduces each live state", () => {
    const scenarios = [scenario, loadBuiltin("seminar"), loadBuiltin("standard"), loadBuiltin("full-forum")];
    let games = 0;
    let resolutions = 0;
    for (const s of scenarios) {
      for (let seed = 1; seed <= 8; seed++) {
        const r = randomPlay(s, seed, 1500);
        expect(replay(createInitialState(s, seed), r.log)).toEqual(r.state);
        games++;
        resolutions += r.state.crisis.reports.length;
      }
    }
    expect(games).toBe(32);
    expect(resolutions).toBeGreaterThan(10);
  });

  it("E2: random play exercises the crisis rules (acceptances and typed rejections)", () => {
    const codes = new Set<string>();
    const { state, log } = play(
      scenario,
      Array.from({ length: 3000 }, (_, i) => (i % 60 === 59 ? { kind: "advance" as const } : { kind: "act" as const, pick: i * 2654435761 })),
      () => {},
    );
    const types = new Set(log.map((e) => e.action.type));
    for (const t of ["evidence.investigate", "attribution.make", "practice.choose", "pledge.make", "pledge.join", "inject.fire"]) expect(types).toContain(t);
    expect(state.crisis.reports.length).toBeGreaterThan(1);
    void codes;
  });
});
