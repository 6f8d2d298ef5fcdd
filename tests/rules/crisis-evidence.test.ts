import { describe, expect, it } from "vitest";
import { FACILITATOR, SYSTEM } from "../helpers/game.ts";
import { crisisGame, crisisScenario, head } from "../helpers/crisis-scenario.ts";
import { CRISIS_RULES } from "../../shared/rules/constants.ts";
import { investigationCost } from "../../shared/rules/handlers/evidence.ts";

const holders = (g: ReturnType<typeof crisisGame>, key: string) => g.state.crisis.evidence[key]?.holders.map((h) => h.seat) ?? [];

describe("injects", () => {
  it("I1: entering a briefing fires the round's scheduled injects and raises escalation", () => {
    const g = crisisGame();
    expect(g.state.crisis.injects.map((x) => [x.id, x.round, x.source])).toEqual([["I1", 1, "scheduled"]]);
    expect(g.state.escalation).toBe(20 + CRISIS_RULES.escalation.inject);
    g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.round).toBe(2);
    expect(g.state.crisis.injects.map((x) => x.id)).toEqual(["I1", "I2"]);
  });

  it("I2: the facilitator fires a scheduled inject early, once; it does not fire again on schedule", () => {
    const g = crisisGame();
    g.do(FACILITATOR, { type: "inject.fire", inject: "I2" });
    expect(g.state.crisis.injects.find((x) => x.id === "I2")).toMatchObject({ round: 1, source: "early" });
    expect(g.try(FACILITATOR, { type: "inject.fire", inject: "I2" })).toMatchObject({ ok: false, error: { code: "inject/already-fired" } });
    expect(g.try(FACILITATOR, { type: "inject.fire", inject: "nope" })).toMatchObject({ ok: false, error: { code: "inject/unknown" } });
    expect(g.try(head("VAL"), { type: "inject.fire", inject: "I3" })).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
    g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.crisis.injects.filter((x) => x.id === "I2")).toHaveLength(1);
  });

  it("I2: the facilitator writes an ad-hoc inject; its names must exist", () => {
    const g = crisisGame();
    expect(g.try(FACILITATOR, { type: "inject.write", title: "T", narrative: "N", victims: ["ZZZ"], norms: [], evidence: [] })).toMatchObject({
      ok: false,
      error: { code: "rule/invalid-target" },
    });
    g.do(FACILITATOR, {
      type: "inject.write",
      title: "Cable cut",
      narrative: "Two cables are cut.",
      victims: ["ALP"],
      norms: ["N-f"],
      evidence: [{ id: "ais", kind: "osint", title: "AIS", text: "Anchor dragged.", grade: "A1", misleading: false, visibility: { kind: "private", to: ["MER"] } }],
      truth: { perpetrator: "KAR", kind: "state", summary: "Karsk sabotage." },
    });
    expect(g.state.crisis.injects.at(-1)).toMatchObject({ id: "X1", source: "ad-hoc", truth: { perpetrator: "KAR" } });
    expect(holders(g, "X1.ais")).toEqual(["MER"]);
  });

  it("I3: public evidence is public, private goes to the named seats, discoverable waits", () => {
    const g = crisisGame();
    expect(g.state.crisis.evidence["e-pub"]).toMatchObject({ public: true, holders: [] });
    expect(holders(g, "e-priv")).toEqual(["VAL"]);
    expect(g.state.crisis.evidence["e-deep"]).toMatchObject({ public: false, holders: [] });
    const entry = g.state.journal.find((e) => e.event.type === "evidence.received");
    expect(entry?.audience).toEqual({ kind: "seats", seats: ["VAL"] });
  });

  it("I3: an item with a release round appears only from that round; I9: a re-grade shows from its round", () => {
    const g = crisisGame();
    g.do(FACILITATOR, { type: "inject.fire", inject: "I3" });
    expect(g.state.crisis.evidence["e-late"]).toMatchObject({ released: false, public: false });
    for (let r = 1; r < 3; r++) g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.round).toBe(3);
    expect(g.state.crisis.evidence["e-late"]).toMatchObject({ released: true, public: true });
  });
});

describe("investigation and evidence", () => {
  it("I4: investigation uncovers the cheapest item within reach and costs less with more reach", () => {
    const g = crisisGame().advanceTo("investigation");
    const cap = g.state.standings.VAL?.capacity ?? 0;
    g.do(head("VAL"), { type: "evidence.investigate", inject: "I1" });
    // reach 5, item min 1 cost 2 → 2 − floor(4/2) = 0 → at least 1
    expect(g.state.standings.VAL?.capacity).toBe(cap - 1);
    expect(holders(g, "e-flag")).toEqual(["VAL"]);
    g.do(head("VAL"), { type: "evidence.investigate", inject: "I1" });
    expect(holders(g, "e-deep")).toEqual(["VAL"]);
    expect(g.try(head("VAL"), { type: "evidence.investigate", inject: "I1" })).toMatchObject({ ok: false, error: { code: "evidence/nothing-found" } });
    expect(investigationCost(4, 4, 4)).toBe(4);
    expect(investigationCost(2, 1, 1)).toBe(2);
  });

  it("I4: a seat with too little reach finds only what is within it", () => {
    const g = crisisGame().advanceTo("investigation");
    g.do(head("TAM"), { type: "evidence.investigate", inject: "I1" });
    expect(holders(g, "e-flag")).toEqual(["TAM"]);
    const r = g.try(head("TAM"), { type: "evidence.investigate", inject: "I1" });
    expect(r).toMatchObject({ ok: false, error: { code: "evidence/nothing-found", message: expect.stringContaining("reach 1") } });
    expect(g.try(head("TAM"), { type: "evidence.investigate", inject: "I3" })).toMatchObject({ ok: false, error: { code: "inject/not-fired" } });
  });

  it("I4: investigation is for the investigation phase", () => {
    const g = crisisGame();
    expect(g.try(head("VAL"), { type: "evidence.investigate", inject: "I1" })).toMatchObject({ ok: false, error: { code: "phase/not-allowed" } });
  });

  it("I5: a holder shares a private item with chosen seats, who see who shared it", () => {
    const g = crisisGame().advanceTo("investigation");
    expect(g.try(head("MER"), { type: "evidence.share", evidence: "e-priv", with: ["ALP"] })).toMatchObject({ ok: false, error: { code: "evidence/not-held" } });
    g.do(head("VAL"), { type: "evidence.share", evidence: "e-priv", with: ["MER", "ALP"] });
    expect(g.state.crisis.evidence["e-priv"]?.holders.map((h) => [h.seat, h.via, h.from])).toEqual([
      ["VAL", "briefing", null],
      ["MER", "share", "VAL"],
      ["ALP", "share", "VAL"],
    ]);
    // Sharing again with a seat that holds it is accepted and changes no holding: a refusal would reveal who holds it.
    const holdersBefore = g.state.crisis.evidence["e-priv"]?.holders.length;
    expect(g.try(head("VAL"), { type: "evidence.share", evidence: "e-priv", with: ["MER"] }).ok).toBe(true);
    expect(g.state.crisis.evidence["e-priv"]?.holders.length).toBe(holdersBefore);
    expect(g.try(head("VAL"), { type: "evidence.share", evidence: "e-pub", with: ["MER"] })).toMatchObject({ ok: false, error: { code: "evidence/not-held" } });
  });

  it("I6: a holder publishes an item; publishing twice is rejected", () => {
    const g = crisisGame().advanceTo("investigation");
    g.do(head("VAL"), { type: "evidence.publish", evidence: "e-priv" });
    expect(g.state.crisis.evidence["e-priv"]).toMatchObject({ public: true, publishedBy: "VAL" });
    expect(g.try(head("VAL"), { type: "evidence.publish", evidence: "e-priv" })).toMatchObject({ ok: false, error: { code: "evidence/already-public" } });
  });

  it("I7: an observer's technical report publishes the items it names; delegations cannot publish reports", () => {
    const g = crisisGame().advanceTo("investigation");
    g.do(head("LAN"), { type: "evidence.investigate", inject: "I1" });
    g.do(head("LAN"), { type: "report.publish", inject: "I1", evidence: ["e-flag", "e-pub"], text: "Our analysis." });
    expect(g.state.crisis.evidence["e-flag"]).toMatchObject({ public: true, publishedBy: "LAN" });
    expect(g.state.journal.at(-1)?.event).toMatchObject({ type: "report.published", by: "LAN", evidence: ["e-flag", "e-pub"] });
    expect(g.try(head("VAL"), { type: "report.publish", inject: "I1", evidence: [], text: "x" })).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
  });

  it("I8: capacity refills at each briefing and a spend beyond it is rejected, changing nothing", () => {
    const s = crisisScenario((x) => {
      const d = x.delegations[4];
      if (d) d.capacity = 1;
    });
    const g = crisisGame(s).advanceTo("investigation");
    const before = g.state;
    const r = g.try(head("TAM"), { type: "evidence.investigate", inject: "I1" });
    expect(r).toMatchObject({ ok: false, error: { code: "rule/insufficient-capacity", message: expect.stringContaining("needs 2") } });
    expect(g.state).toBe(before);
    g.do(head("VAL"), { type: "evidence.publish", evidence: "e-priv" });
    expect(g.state.standings.VAL?.capacity).toBe(7);
    g.advanceTo("resolution").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.standings.VAL?.capacity).toBe(8);
    void SYSTEM;
  });
});
