import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../helpers/game.ts";
import { crisisGame, head } from "../helpers/crisis-scenario.ts";
import type { Action } from "../../shared/protocol/actions.ts";

type Make = Extract<Action, { type: "attribution.make" }>;

const inInvestigation = () => crisisGame().advanceTo("investigation");

describe("attribution statements", () => {
  it("AT1: only a head of delegation attributes, about a fired inject, naming someone else", () => {
    const g = inInvestigation().seat("va2", "VAL");
    const make: Make = { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] };
    expect(g.try({ kind: "player", playerId: "va2" }, make)).toMatchObject({ ok: false, error: { code: "role/not-head" } });
    expect(g.try(head("LAN"), make)).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
    expect(g.try(head("VAL"), { ...make, inject: "I3" })).toMatchObject({ ok: false, error: { code: "inject/not-fired" } });
    expect(g.try(head("VAL"), { ...make, accused: "VAL" })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    expect(g.try(head("VAL"), { ...make, accused: "NOBODY" })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    g.do(head("VAL"), { ...make, accused: "GREY" });
    expect(g.state.crisis.statements[0]).toMatchObject({ id: "A1", accused: "GREY", status: "made", madeRound: 1 });
  });

  it("AT2: a public statement is published at once with attribution.made; a démarche reaches only the accused", () => {
    const g = inInvestigation();
    const cap = g.state.standings.VAL?.capacity ?? 0;
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
    expect(g.state.standings.VAL?.capacity).toBe(cap - 2);
    expect(g.state.journal.at(-1)).toMatchObject({ audience: { kind: "public" }, event: { type: "attribution.made", statement: "A1", by: ["VAL"], accused: "KAR", mode: "public" } });
    g.do(head("MER"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "low", mode: "private", cosigners: [] });
    expect(g.state.journal.at(-1)).toMatchObject({ audience: { kind: "seats", seats: ["MER", "KAR"] }, event: { type: "attribution.made", mode: "private" } });
    expect(g.try(head("MER"), { type: "attribution.make", inject: "I1", accused: "GREY", confidence: "low", mode: "private", cosigners: [] })).toMatchObject({
      ok: false,
      error: { code: "rule/invalid-target", message: expect.stringContaining("holds no seat") },
    });
  });

  it("AT3: a joint statement invites co-signers, who alone (with the initiator) see it while pending", () => {
    const g = inInvestigation();
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "joint", cosigners: ["MER", "ALP"] });
    expect(g.state.crisis.statements[0]).toMatchObject({ status: "pending", madeRound: null });
    expect(g.state.journal.at(-1)).toMatchObject({ audience: { kind: "seats", seats: ["VAL", "MER", "ALP"] }, event: { type: "attribution.invited" } });
    expect(g.try(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "joint", cosigners: ["KAR"] })).toMatchObject({
      ok: false,
      error: { code: "rule/invalid-target" },
    });
    expect(g.try(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "joint", cosigners: [] })).toMatchObject({
      ok: false,
      error: { code: "rule/invalid-target" },
    });
  });

  it("AT4: when every invitee has answered the statement goes public with those who accepted", () => {
    const g = inInvestigation();
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "joint", cosigners: ["MER", "ALP"] });
    expect(g.try(head("TAM"), { type: "attribution.answer", statement: "A1", accept: true })).toMatchObject({ ok: false, error: { code: "attribution/not-invited" } });
    g.do(head("MER"), { type: "attribution.answer", statement: "A1", accept: true });
    expect(g.try(head("MER"), { type: "attribution.answer", statement: "A1", accept: false })).toMatchObject({ ok: false, error: { code: "attribution/already-answered" } });
    g.advanceTo("negotiation").do(head("ALP"), { type: "attribution.answer", statement: "A1", accept: false });
    expect(g.state.crisis.statements[0]).toMatchObject({ status: "made", madeRound: 1 });
    expect(g.state.journal.at(-1)).toMatchObject({ audience: { kind: "public" }, event: { type: "attribution.made", by: ["VAL", "MER"], mode: "joint" } });
  });

  it("AT4: the initiator may publish before everyone answered; only the initiator", () => {
    const g = inInvestigation();
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "medium", mode: "joint", cosigners: ["MER", "ALP"] });
    g.do(head("MER"), { type: "attribution.answer", statement: "A1", accept: true });
    expect(g.try(head("MER"), { type: "attribution.publish", statement: "A1" })).toMatchObject({ ok: false, error: { code: "attribution/not-initiator" } });
    expect(g.try(head("TAM"), { type: "attribution.publish", statement: "A1" })).toMatchObject({ ok: false, error: { code: "attribution/unknown" } });
    g.do(head("VAL"), { type: "attribution.publish", statement: "A1" });
    expect(g.state.crisis.statements[0]?.status).toBe("made");
    expect(g.try(head("ALP"), { type: "attribution.answer", statement: "A1", accept: true })).toMatchObject({ ok: false, error: { code: "attribution/not-pending" } });
    expect(g.try(head("VAL"), { type: "attribution.publish", statement: "A1" })).toMatchObject({ ok: false, error: { code: "attribution/not-pending" } });
  });

  it("AT5: a joint statement still pending at resolution lapses", () => {
    const g = inInvestigation();
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "medium", mode: "joint", cosigners: ["MER"] });
    g.advanceTo("resolution");
    expect(g.state.crisis.statements[0]).toMatchObject({ status: "lapsed", correct: null });
  });

  it("AT6: the same attribution is not made twice by the same delegation", () => {
    const g = inInvestigation();
    const make: Make = { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] };
    g.do(head("VAL"), make);
    expect(g.try(head("VAL"), make)).toMatchObject({ ok: false, error: { code: "attribution/duplicate" } });
  });

  it("AT7: when the truth is revealed each statement is marked right or wrong", () => {
    const g = inInvestigation();
    g.do(head("VAL"), { type: "attribution.make", inject: "I1", accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
    g.do(head("TAM"), { type: "attribution.make", inject: "I1", accused: "MER", confidence: "low", mode: "public", cosigners: [] });
    expect(g.state.crisis.statements.map((s) => s.correct)).toEqual([null, null]);
    g.advanceTo("resolution");
    expect(g.state.crisis.statements.map((s) => s.correct)).toEqual([true, false]);
    expect(g.state.crisis.injects[0]?.revealed).toBe(true);
    expect(g.state.journal.some((e) => e.event.type === "truth.revealed")).toBe(true);
    void FACILITATOR;
  });
});
