import { describe, expect, it } from "vitest";
import { FACILITATOR, type Game } from "../helpers/game.ts";
import { crisisGame, head } from "../helpers/crisis-scenario.ts";
import { CRISIS_RULES } from "../../shared/rules/constants.ts";
import { exposureChance } from "../../shared/rules/crisis/exposure.ts";
import { viewFor } from "../../shared/view/view-for.ts";

const presence = { players: new Set<string>(), facilitator: true };
const cred = (g: Game, s: string) => g.state.standings[s]?.credibility ?? NaN;

describe("state practice", () => {
  it("SP1/SP2: a head chooses secretly; choosing again replaces and refunds", () => {
    const g = crisisGame().advanceTo("state-practice");
    g.do(head("VAL"), { type: "practice.choose", response: "covert-operation", target: "KAR" });
    expect(g.state.standings.VAL?.capacity).toBe(8 - CRISIS_RULES.responseCost["covert-operation"]);
    g.do(head("VAL"), { type: "practice.choose", response: "assistance", target: "ALP" });
    expect(g.state.standings.VAL?.capacity).toBe(8 - CRISIS_RULES.responseCost.assistance);
    expect(g.state.journal.at(-1)?.event).toEqual({ type: "practice.chosen", seat: "VAL" });
    const other = viewFor(g.state, { kind: "player", playerId: "ka" }, presence, g.now);
    expect(other.crisis.myChoice).toBeNull();
    expect(JSON.stringify(other)).not.toContain("assistance");
    expect(viewFor(g.state, { kind: "player", playerId: "va" }, presence, g.now).crisis.myChoice).toEqual({ response: "assistance", target: "ALP" });
  });

  it("SP3/SP4: targets are checked; observers cannot choose offensive options", () => {
    const g = crisisGame().advanceTo("state-practice");
    expect(g.try(head("VAL"), { type: "practice.choose", response: "sanctions" })).toMatchObject({ ok: false, error: { code: "practice/target-required" } });
    expect(g.try(head("VAL"), { type: "practice.choose", response: "sanctions", target: "VAL" })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    expect(g.try(head("VAL"), { type: "practice.choose", response: "pre-positioning", target: "GREY" })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    expect(g.try(head("LAN"), { type: "practice.choose", response: "covert-operation", target: "KAR" })).toMatchObject({ ok: false, error: { code: "practice/not-allowed" } });
    g.do(head("LAN"), { type: "practice.choose", response: "assistance", target: "ALP" });
  });

  it("SP5/SP7: silence is recorded as restraint; overt choices are revealed at resolution", () => {
    const g = crisisGame().advanceTo("state-practice");
    g.do(head("VAL"), { type: "practice.choose", response: "sanctions", target: "KAR" });
    g.advanceTo("resolution");
    expect(g.state.crisis.practice.find((p) => p.seat === "KAR")).toMatchObject({ response: "restraint", defaulted: true });
    const revealed = g.state.journal.find((e) => e.event.type === "practice.revealed");
    expect(revealed?.event).toMatchObject({ choices: expect.arrayContaining([{ seat: "VAL", response: "sanctions", target: "KAR", exposed: false }]) });
  });

  it("SP6/CR5: covert exposure grows with the others' reach, is drawn from the state's generator, and costs credibility", () => {
    const g = crisisGame();
    expect(exposureChance(g.state, "VAL")).toBeCloseTo(0.1 + 0.03 * (4 + 3 + 1 + 1 + 4), 9);
    expect(exposureChance(g.state, "TAM")).toBeGreaterThan(exposureChance(g.state, "VAL"));
    let exposed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const h = crisisGame().advanceTo("state-practice");
      h.state = { ...h.state, rng: seed };
      h.do(head("TAM"), { type: "practice.choose", response: "covert-operation", target: "KAR" });
      h.advanceTo("resolution");
      const p = h.state.crisis.practice.find((x) => x.seat === "TAM");
      if (p?.exposed) {
        exposed++;
        expect(cred(h, "TAM")).toBe(50 - CRISIS_RULES.credibility.exposedLoss);
        expect(viewFor(h.state, { kind: "player", playerId: "va" }, presence, h.now).crisis.practice.some((x) => x.seat === "TAM")).toBe(true);
      } else {
        expect(viewFor(h.state, { kind: "player", playerId: "va" }, presence, h.now).crisis.practice.some((x) => x.seat === "TAM")).toBe(false);
        expect(viewFor(h.state, { kind: "player", playerId: "ta" }, presence, h.now).crisis.practice.some((x) => x.seat === "TAM")).toBe(true);
      }
    }
    expect(exposed).toBeGreaterThan(5);
    expect(exposed).toBeLessThan(35);
  });
});

describe("pledges", () => {
  it("PL1/PL2: a conditional pledge becomes active once enough others join; no one joins twice", () => {
    const g = crisisGame().advanceTo("negotiation");
    g.do(head("MER"), { type: "pledge.make", text: "We assist Alpenmark if two others join.", commitment: { kind: "assist", victim: "ALP" }, minOthers: 2 });
    expect(g.state.crisis.pledges[0]).toMatchObject({ id: "L1", status: "pending", members: ["MER"] });
    g.do(head("VAL"), { type: "pledge.join", pledge: "L1" });
    expect(g.try(head("VAL"), { type: "pledge.join", pledge: "L1" })).toMatchObject({ ok: false, error: { code: "pledge/already-member" } });
    g.do(head("LAN"), { type: "pledge.join", pledge: "L1" });
    expect(g.state.crisis.pledges[0]?.status).toBe("active");
    expect(g.try(head("TAM"), { type: "pledge.join", pledge: "L9" })).toMatchObject({ ok: false, error: { code: "pledge/unknown" } });
  });

  it("PL3/PL4: at resolution each member keeps or breaks the pledge by its practice, for credibility; a pending pledge lapses", () => {
    const g = crisisGame().advanceTo("negotiation");
    g.do(head("MER"), { type: "pledge.make", text: "We all assist.", commitment: { kind: "assist", victim: "ALP" } });
    g.do(head("VAL"), { type: "pledge.join", pledge: "L1" });
    g.do(head("TAM"), { type: "pledge.make", text: "Restraint if three join.", commitment: { kind: "restraint" }, minOthers: 3 });
    g.advanceTo("state-practice");
    g.do(head("MER"), { type: "practice.choose", response: "assistance", target: "ALP" });
    g.do(head("VAL"), { type: "practice.choose", response: "sanctions", target: "KAR" });
    g.advanceTo("resolution");
    expect(g.state.crisis.pledges[0]).toMatchObject({ status: "settled", outcomes: { MER: "kept", VAL: "broken" } });
    expect(g.state.crisis.pledges[1]?.status).toBe("lapsed");
    expect(cred(g, "MER")).toBe(50 + CRISIS_RULES.credibility.pledgeKept);
    expect(cred(g, "VAL")).toBe(50 - CRISIS_RULES.credibility.pledgeBroken);
  });
});

describe("scoring and the debrief", () => {
  it("SC1/SC2/SC3: the end reveals every truth and scores objectives, credibility and collective outcomes", () => {
    const g = crisisGame();
    for (let r = 1; r <= 3; r++) g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.stage).toBe("ended");
    expect(g.state.crisis.injects.every((x) => x.revealed)).toBe(true);
    const scores = g.state.crisis.scores ?? [];
    const kar = scores.find((l) => l.seat === "KAR");
    expect(kar?.objectives).toEqual([{ id: "kar-block", points: 12, met: true, secret: true }]);
    const lowEsc = g.state.escalation <= 40 ? 5 : 0;
    expect(kar).toMatchObject({ objectivePoints: 12, credibilityPoints: Math.round(cred(g, "KAR") * 0.2), collectivePoints: lowEsc });
    expect(kar?.total).toBe(12 + Math.round(cred(g, "KAR") * 0.2) + lowEsc);
    expect(g.state.journal.at(-1)?.event.type).toBe("game.scored");
  });

  it("D1: a snapshot of every gauge at the start, after each resolution and at the end", () => {
    const g = crisisGame();
    for (let r = 1; r <= 3; r++) g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.crisis.series.map((s) => [s.round, s.label])).toEqual([[0, "start"], [1, "round"], [2, "round"], [3, "round"], [3, "end"]]);
    expect(Object.keys(g.state.crisis.series[1]?.standings ?? {})).toEqual(["VAL", "KAR", "MER", "ALP", "TAM", "LAN"]);
    expect(g.state.crisis.reports).toHaveLength(3);
    const spectator = viewFor(g.state, { kind: "spectator" }, presence, g.now);
    expect(spectator.crisis.scores).toHaveLength(6);
    expect(spectator.crisis.objectives.some((o) => o.secret)).toBe(true);
  });

  it("D2: secret objectives, private evidence and truths stay with their owners before the end", () => {
    const g = crisisGame();
    const kar = JSON.stringify(viewFor(g.state, { kind: "player", playerId: "ka" }, presence, g.now));
    const val = JSON.stringify(viewFor(g.state, { kind: "player", playerId: "va" }, presence, g.now));
    const fac = JSON.stringify(viewFor(g.state, { kind: "facilitator" }, presence, g.now));
    expect(kar).toContain("SECRET-KAR");
    expect(val).not.toContain("SECRET-KAR");
    expect(val).toContain("SECRET-SIGINT");
    expect(kar).not.toContain("SECRET-SIGINT");
    expect(kar).not.toContain("Karsk military intelligence");
    expect(fac).toContain("Karsk military intelligence");
  });
});
