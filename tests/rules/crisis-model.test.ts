// The norm model on scripted games: GAME.md "Norms" and "Credibility" (R, CR, ES, SC).
import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { FACILITATOR, type Game } from "../helpers/game.ts";
import { adopt, crisisGame, head } from "../helpers/crisis-scenario.ts";
import { CRISIS_RULES } from "../../shared/rules/constants.ts";
import { statementCredibility } from "../../shared/rules/crisis/credibility.ts";
import { escalationDelta } from "../../shared/rules/crisis/resolve-round.ts";
import type { RevealedPractice } from "../../shared/rules/crisis/state.ts";
import type { ResponseKind } from "../../shared/scenario/schema.ts";

type Seat = "VAL" | "KAR" | "MER" | "ALP" | "TAM" | "LAN";
const choose = (g: Game, seat: Seat, response: ResponseKind, target?: string) =>
  g.do(head(seat), { type: "practice.choose", response, ...(target ? { target } : {}) });
const strength = (g: Game, norm = "N-f") => g.state.norms[norm]?.strength ?? NaN;
const cred = (g: Game, seat: Seat) => g.state.standings[seat]?.credibility ?? NaN;

/** Round 1 with N-f adopted: I1 (Karsk, implicates N-f) is the crisis. */
function round1(opts: { sponsors?: string[]; adherents?: string[]; strength?: number } = {}) {
  const g = crisisGame();
  adopt(g, "N-f", { sponsors: opts.sponsors ?? ["MER"], adherents: opts.adherents ?? ["VAL", "MER", "ALP"], strength: opts.strength ?? 0.3 });
  return g.advanceTo("investigation");
}
function jointAttribution(g: Game) {
  g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "joint", cosigners: ["MER", "ALP"] });
  g.do(head("MER"), { type: "attribution.answer", statement: "A1", accept: true });
  g.do(head("ALP"), { type: "attribution.answer", statement: "A1", accept: true });
}
function allRestraint(g: Game, except: Seat[] = []) {
  for (const s of ["VAL", "KAR", "MER", "ALP", "TAM"] as const) if (!except.includes(s)) choose(g, s, "restraint");
}

describe("norm dynamics", () => {
  it("R3/R4: a violation jointly attributed and met with a proportionate collective response leaves the norm stronger than the same violation unanswered", () => {
    const answered = round1();
    jointAttribution(answered);
    answered.advanceTo("state-practice");
    choose(answered, "VAL", "sanctions", "KAR");
    choose(answered, "MER", "sanctions", "KAR");
    allRestraint(answered, ["VAL", "MER"]);
    answered.advanceTo("resolution");

    const unanswered = round1().advanceTo("state-practice");
    allRestraint(unanswered);
    unanswered.advanceTo("resolution");

    const N = CRISIS_RULES.norms;
    expect(answered.state.crisis.violations).toMatchObject([{ violator: "KAR", inject: "I1", outcome: "enforced" }]);
    expect(strength(answered)).toBeCloseTo(0.3 + N.enforcedGain * N.jointMultiplier + N.complianceGain, 6);
    expect(unanswered.state.crisis.violations).toMatchObject([{ violator: "KAR", outcome: "ignored" }]);
    expect(strength(unanswered)).toBeCloseTo(0.3 - N.ignoredLoss + N.complianceGain, 6);
    expect(strength(answered)).toBeGreaterThan(0.3);
    expect(strength(answered)).toBeGreaterThan(strength(unanswered));
  });

  it("R3: one responder is not a collective answer; a lone correct statement with two responders is enforced, but less than a joint one", () => {
    const one = round1();
    one.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
    one.advanceTo("state-practice");
    choose(one, "VAL", "sanctions", "KAR");
    allRestraint(one, ["VAL"]);
    one.advanceTo("resolution");
    expect(one.state.crisis.violations[0]?.outcome).toBe("named");

    const lone = round1();
    lone.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
    lone.advanceTo("state-practice");
    choose(lone, "VAL", "sanctions", "KAR");
    choose(lone, "TAM", "demarche", "KAR");
    allRestraint(lone, ["VAL", "TAM"]);
    lone.advanceTo("resolution");
    expect(lone.state.crisis.violations[0]?.outcome).toBe("enforced");
    expect(strength(lone)).toBeCloseTo(0.3 + CRISIS_RULES.norms.enforcedGain + CRISIS_RULES.norms.complianceGain, 6);
  });

  it("R3: responses aimed at the wrong state do not answer the violation", () => {
    const g = round1();
    jointAttribution(g);
    g.advanceTo("state-practice");
    choose(g, "VAL", "sanctions", "TAM");
    choose(g, "MER", "sanctions", "TAM");
    allRestraint(g, ["VAL", "MER"]);
    g.advanceTo("resolution");
    expect(g.state.crisis.violations[0]?.outcome).toBe("named");
  });

  it("R4/R5: an unanswered violation lowers strength, one by a sponsor of the norm lowers it most", () => {
    const plain = round1({ sponsors: ["MER"] }).advanceTo("state-practice");
    allRestraint(plain);
    plain.advanceTo("resolution");
    const hypocrite = round1({ sponsors: ["MER", "KAR"] }).advanceTo("state-practice");
    allRestraint(hypocrite);
    hypocrite.advanceTo("resolution");
    expect(strength(plain)).toBeLessThan(0.3);
    expect(strength(hypocrite)).toBeLessThan(strength(plain));
    expect(strength(hypocrite)).toBeCloseTo(strength(plain) - CRISIS_RULES.norms.hypocrisyLoss, 6);
    expect(hypocrite.state.crisis.violations[0]).toMatchObject({ sponsor: true });
  });

  it("R2: a delegation whose practice is in a norm's violatedBy violates it (when known); observers and non-state perpetrators do not", () => {
    const g = round1({ sponsors: ["MER"] }).advanceTo("state-practice");
    choose(g, "MER", "pre-positioning", "KAR");
    allRestraint(g, ["MER"]);
    g.advanceTo("resolution");
    const mer = g.state.crisis.violations.filter((v) => v.violator === "MER");
    expect(mer).toHaveLength(1);
    expect(mer[0]?.outcome).toBe(g.state.crisis.practice.find((p) => p.seat === "MER")?.exposed ? "named" : "hidden");
  });

  it("R6/R7: a tested norm gains with compliant adherents; an untested one decays", () => {
    const g = crisisGame();
    adopt(g, "N-h", { adherents: ["VAL", "MER"], strength: 0.5 });
    g.advanceTo("state-practice");
    allRestraint(g);
    g.advanceTo("resolution");
    expect(strength(g, "N-h")).toBeCloseTo(0.5 - CRISIS_RULES.norms.decay, 6);
    g.do(FACILITATOR, { type: "phase.advance" }).advanceTo("state-practice");
    allRestraint(g);
    g.advanceTo("resolution");
    // I2 implicates N-h and its perpetrator is a criminal group: tested, no state violation
    expect(g.state.crisis.violations.filter((v) => v.norm === "N-h")).toEqual([]);
    expect(strength(g, "N-h")).toBeCloseTo(0.5 - CRISIS_RULES.norms.decay + CRISIS_RULES.norms.complianceGain, 6);
  });

  it("R8: a norm reaches cascade only once adherents are at least a third of the delegations", () => {
    const few = crisisGame();
    adopt(few, "N-h", { adherents: ["VAL"], strength: 0.7 });
    few.advanceTo("resolution");
    expect(few.state.norms["N-h"]?.stage).toBe("emergence");
    const enough = crisisGame();
    adopt(enough, "N-h", { adherents: ["VAL", "MER"], strength: 0.7 });
    enough.advanceTo("resolution");
    expect(enough.state.norms["N-h"]?.stage).toBe("cascade");
    const weak = crisisGame();
    adopt(weak, "N-h", { adherents: ["VAL", "MER", "ALP"], strength: 0.3 });
    weak.advanceTo("resolution");
    expect(weak.state.norms["N-h"]?.stage).toBe("emergence");
  });

  it("R8: internalized once strength has held at 0.8 or more for two resolutions", () => {
    const g = crisisGame();
    adopt(g, "N-h", { adherents: ["VAL", "MER"], strength: 0.95 });
    g.advanceTo("resolution");
    expect(g.state.norms["N-h"]).toMatchObject({ stage: "cascade", roundsAboveInternalization: 1 });
    g.do(FACILITATOR, { type: "phase.advance" }).advanceTo("resolution");
    expect(g.state.norms["N-h"]).toMatchObject({ stage: "internalized", roundsAboveInternalization: 2 });
  });
});

describe("credibility", () => {
  function attributeAndResolve(make: (g: Game) => void) {
    const g = crisisGame().advanceTo("investigation");
    make(g);
    g.advanceTo("resolution");
    return g;
  }
  it("CR1/CR2: a wrong public attribution costs more than a right one gains", () => {
    const right = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] }));
    const wrong = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "MER", confidence: "high", mode: "public", cosigners: [] }));
    const gain = cred(right, "VAL") - 50;
    const loss = 50 - cred(wrong, "VAL");
    expect(gain).toBeGreaterThan(0);
    expect(loss).toBeGreaterThan(gain);
    for (const confidence of ["low", "medium", "high"] as const)
      for (const invitations of [[], [{ seat: "MER", accepted: true }]])
        for (const madeRound of [1, 2]) {
          const s = { mode: "public" as const, confidence, initiator: "VAL", invitations, madeRound };
          expect(-statementCredibility(s, 1, false)).toBeGreaterThan(statementCredibility(s, 1, true));
        }
  });

  it("CR1: a joint right attribution gains more than a lone one, and more when early and high-confidence", () => {
    const lone = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] }));
    const joint = attributeAndResolve(jointAttribution);
    expect(cred(joint, "VAL") - 50).toBeGreaterThan(cred(lone, "VAL") - 50);
    expect(cred(joint, "MER")).toBeGreaterThan(50);
    const base = { mode: "public" as const, initiator: "VAL", invitations: [] };
    expect(statementCredibility({ ...base, confidence: "high", madeRound: 1 }, 1, true)).toBeGreaterThan(statementCredibility({ ...base, confidence: "high", madeRound: 2 }, 1, true));
    expect(statementCredibility({ ...base, confidence: "high", madeRound: 1 }, 1, true)).toBeGreaterThan(statementCredibility({ ...base, confidence: "low", madeRound: 1 }, 1, true));
  });

  it("CR3: a private démarche moves only its initiator's credibility, and only a little", () => {
    const right = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "private", cosigners: [] }));
    const wrong = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "MER", confidence: "high", mode: "private", cosigners: [] }));
    const publicRight = attributeAndResolve((g) => g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] }));
    expect(cred(right, "VAL") - 50).toBe(CRISIS_RULES.credibility.privateRight);
    expect(50 - cred(wrong, "VAL")).toBe(CRISIS_RULES.credibility.privateWrong);
    expect(cred(right, "VAL") - 50).toBeLessThan(cred(publicRight, "VAL") - 50);
    expect(cred(wrong, "MER")).toBe(cred(right, "MER"));
  });

  it("CR6: credibility stays within 0–100", () => {
    const low = crisisGame();
    low.state = produce(low.state, (d) => {
      const v = d.standings.VAL;
      if (v) v.credibility = 1;
    });
    low.advanceTo("investigation").do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "MER", confidence: "high", mode: "public", cosigners: [] });
    low.advanceTo("resolution");
    expect(cred(low, "VAL")).toBe(0);
    const high = crisisGame();
    high.state = produce(high.state, (d) => {
      const v = d.standings.VAL;
      if (v) v.credibility = 99;
    });
    high.advanceTo("investigation").do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
    high.advanceTo("resolution");
    expect(cred(high, "VAL")).toBe(100);
  });

  it("CR7: credibility for a statement waits for the truth's reveal (at the end when the scenario sets no round)", () => {
    const g = crisisGame();
    g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" }).advanceTo("investigation");
    g.do(head("TAM"), { type: "attribution.make", inject: "I2", accused: "KAR", confidence: "medium", mode: "public", cosigners: [] });
    g.advanceTo("resolution");
    expect(g.state.crisis.statements[0]?.correct).toBeNull();
    const before = cred(g, "TAM");
    g.do(FACILITATOR, { type: "session.end" });
    expect(g.state.crisis.statements[0]?.correct).toBe(false);
    expect(cred(g, "TAM")).toBe(before - CRISIS_RULES.credibility.wrongLoss);
  });

  it("CR4: a delegation caught violating a norm it sponsored loses heavily", () => {
    const g = round1({ sponsors: ["KAR"] });
    g.advanceTo("resolution");
    // I1's truth is revealed at this resolution: Karsk is caught
    expect(cred(g, "KAR")).toBe(50 - CRISIS_RULES.credibility.sponsorCaughtLoss);
    const h = round1({ sponsors: ["MER"] });
    h.advanceTo("resolution");
    expect(cred(h, "KAR")).toBe(50 - CRISIS_RULES.credibility.caughtLoss);
  });
});

describe("escalation", () => {
  const p = (seat: string, response: ResponseKind, target: string | null, exposed = false): RevealedPractice => ({
    seat, response, target, cost: 0, defaulted: false, round: 1, covert: response === "covert-operation" || response === "pre-positioning", exposed,
  });

  it("ES2/ES5: restraint and confidence-building measures lower the escalation index", () => {
    const g = crisisGame().advanceTo("state-practice");
    allRestraint(g);
    const start = g.state.escalation;
    g.advanceTo("resolution");
    expect(g.state.escalation).toBe(start + 5 * CRISIS_RULES.escalation.restraint);
    const withCbm = crisisGame().advanceTo("state-practice");
    withCbm.state = produce(withCbm.state, (d) => {
      const m = d.cbms.hotline;
      if (m) m.established = true;
    });
    allRestraint(withCbm);
    withCbm.advanceTo("resolution");
    expect(withCbm.state.escalation).toBe(g.state.escalation + CRISIS_RULES.escalation.perCbm);
  });

  it("ES3/ES4: exposed covert action and disproportionate retaliation raise it", () => {
    const g = crisisGame();
    const calm = escalationDelta(g.state, [p("VAL", "restraint", null)], []);
    expect(escalationDelta(g.state, [p("VAL", "covert-operation", "KAR", true)], [])).toBeGreaterThan(calm);
    expect(escalationDelta(g.state, [p("VAL", "covert-operation", "KAR", true)], [])).toBeGreaterThan(escalationDelta(g.state, [p("VAL", "covert-operation", "KAR", false)], []));
    const violation = { round: 1, norm: "N-f", violator: "KAR", inject: "I1", response: null, known: true, outcome: "ignored" as const, sponsor: false, delta: 0, caught: false };
    const proportionate = escalationDelta(g.state, [p("VAL", "sanctions", "KAR")], [violation]);
    const disproportionate = escalationDelta(g.state, [p("VAL", "sanctions", "TAM")], [violation]);
    expect(disproportionate).toBeGreaterThan(proportionate);
    expect(disproportionate).toBeGreaterThan(calm);

    const s = crisisGame().advanceTo("state-practice");
    choose(s, "VAL", "countermeasure", "TAM");
    allRestraint(s, ["VAL"]);
    const start = s.state.escalation;
    s.advanceTo("resolution");
    expect(s.state.escalation).toBe(start + CRISIS_RULES.escalation.disproportionate + 4 * CRISIS_RULES.escalation.restraint);
  });

  it("ES7: impunity raises the index: unanswered violations most, named ones less, enforced ones not at all", () => {
    const g = crisisGame();
    const v = (outcome: "enforced" | "named" | "ignored" | "hidden") =>
      ({ round: 1, norm: "N-f", violator: "KAR", inject: "I1", response: null, known: true, outcome, sponsor: false, delta: 0, caught: false }) as const;
    const none = escalationDelta(g.state, [], []);
    expect(escalationDelta(g.state, [], [v("ignored")])).toBe(none + CRISIS_RULES.escalation.unansweredViolation);
    expect(escalationDelta(g.state, [], [v("hidden")])).toBe(none + CRISIS_RULES.escalation.unansweredViolation);
    expect(escalationDelta(g.state, [], [v("named")])).toBe(none + CRISIS_RULES.escalation.namedViolation);
    expect(escalationDelta(g.state, [], [v("enforced")])).toBe(none);
    expect(CRISIS_RULES.escalation.unansweredViolation).toBeGreaterThan(CRISIS_RULES.escalation.namedViolation);
  });

  it("ES1: each inject that fires adds to the index", () => {
    const g = crisisGame();
    const fired = g.state.crisis.injects.length;
    expect(fired).toBeGreaterThan(0);
    expect(g.state.escalation).toBe(g.state.scenario.initialEscalation + fired * CRISIS_RULES.escalation.inject);
    const before = g.state.escalation;
    g.do(FACILITATOR, { type: "inject.fire", inject: "I2" });
    expect(g.state.escalation).toBe(before + CRISIS_RULES.escalation.inject);
  });

  it("R1: resolution reveals practice, moves norms, escalation and credibility, and records a report and a snapshot, in one step", () => {
    const g = round1();
    g.advanceTo("state-practice");
    allRestraint(g);
    const series = g.state.crisis.series.length;
    g.advanceTo("resolution");
    const report = g.state.crisis.reports.at(-1);
    expect(report?.round).toBe(1);
    expect(g.state.crisis.practice.filter((p) => p.round === 1)).toHaveLength(5);
    expect(report?.norms.some((m) => m.norm === "N-f")).toBe(true);
    expect(report?.escalation.to).toBe(g.state.escalation);
    expect(g.state.crisis.series).toHaveLength(series + 1);
    expect(g.state.crisis.series.at(-1)).toMatchObject({ round: 1, label: "round", escalation: g.state.escalation });
    expect(g.state.crisis.choices).toEqual({});
  });

  it("ES6: the index stays within 0–100", () => {
    const g = crisisGame();
    expect(escalationDelta(g.state, [], [])).toBe(0);
    g.state = produce(g.state, (d) => {
      d.escalation = 1;
    });
    g.advanceTo("state-practice");
    allRestraint(g);
    g.advanceTo("resolution");
    expect(g.state.escalation).toBe(0);
  });
});
