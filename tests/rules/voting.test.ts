import { describe, expect, it } from "vitest";
import { FACILITATOR, SYSTEM } from "../helpers/game.ts";
import { ana, bo, codeOf, cy, dee, forum, olu, tableNorm } from "../helpers/forum.ts";
import { RULES } from "../../shared/rules/constants.ts";
import { viewFor } from "../../shared/view/view-for.ts";

const presence = { players: new Set<string>(), facilitator: true };

describe("amendments", () => {
  it("AM1: any seat but the sponsor proposes an amendment before the vote, up to the limit", () => {
    const g = forum("negotiation");
    tableNorm(g, ana);
    g.do(bo, { type: "amendment.propose", proposal: "P1", text: "States should refrain from damaging critical infrastructure." });
    expect(g.state.proposals[0]?.amendments[0]).toMatchObject({ id: "P1.A1", seat: "MER", status: "pending" });
    expect(codeOf(g, dee, { type: "amendment.propose", proposal: "P1", text: "Other text." })).toBe("rule/invalid-target");
    g.do(olu, { type: "amendment.propose", proposal: "P1", text: "Observer text." });
    for (let i = 2; i < RULES.maxAmendmentsPerProposal; i++) g.do(cy, { type: "amendment.propose", proposal: "P1", text: `Variant ${i}` });
    expect(codeOf(g, cy, { type: "amendment.propose", proposal: "P1", text: "One too many" })).toBe("rule/limit");
    expect(codeOf(g, cy, { type: "amendment.propose", proposal: "P7", text: "x" })).toBe("proposal/unknown");
  });

  it("AM2: the sponsor accepts a friendly amendment (the text changes at once) or contests it", () => {
    const g = forum("negotiation");
    tableNorm(g, ana, "N-f", "Original.");
    g.do(bo, { type: "amendment.propose", proposal: "P1", text: "Friendly." }).do(cy, { type: "amendment.propose", proposal: "P1", text: "Hostile." });
    expect(codeOf(g, bo, { type: "amendment.answer", amendment: "P1.A1", accept: true })).toBe("proposal/not-sponsor");
    g.do(dee, { type: "amendment.answer", amendment: "P1.A1", accept: true }).do(ana, { type: "amendment.answer", amendment: "P1.A2", accept: false });
    const p = g.state.proposals[0];
    expect(p).toMatchObject({ text: "Friendly.", originalText: "Original." });
    expect(p?.amendments.map((a) => a.status)).toEqual(["accepted", "contested"]);
    expect(codeOf(g, ana, { type: "amendment.answer", amendment: "P1.A2", accept: true })).toBe("amendment/not-open");
    expect(codeOf(g, ana, { type: "amendment.answer", amendment: "P1.A9", accept: true })).toBe("amendment/unknown");
  });

  it("AM3: contested and unanswered amendments are voted before their proposal, in order; an adopted one replaces the text", () => {
    const g = forum("negotiation");
    tableNorm(g, ana, "N-f", "Original.");
    g.do(bo, { type: "amendment.propose", proposal: "P1", text: "First revision." }).do(cy, { type: "amendment.propose", proposal: "P1", text: "Second revision." });
    g.do(ana, { type: "amendment.answer", amendment: "P1.A1", accept: false });
    g.advanceTo("voting");
    expect(g.state.question).toBe("P1.A1");
    expect(codeOf(g, ana, { type: "vote.cast", proposal: "P1", choice: "yes" })).toBe("vote/not-open");
    for (const [a, c] of [[ana, "no"], [bo, "yes"], [cy, "yes"]] as const) g.do(a, { type: "vote.cast", proposal: "P1.A1", choice: c });
    expect(g.state.proposals[0]?.text).toBe("First revision.");
    expect(g.state.question).toBe("P1.A2");
    for (const [a, c] of [[ana, "no"], [bo, "no"], [cy, "yes"]] as const) g.do(a, { type: "vote.cast", proposal: "P1.A2", choice: c });
    expect(g.state.proposals[0]?.amendments.map((x) => x.status)).toEqual(["adopted", "rejected"]);
    expect(g.state.question).toBe("P1");
    for (const a of [ana, bo, cy]) g.do(a, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(g.state.norms["N-f"]?.text).toBe("First revision.");
  });

  it("AM4: the proposer withdraws a pending or contested amendment; a withdrawn one is not voted", () => {
    const g = forum("negotiation");
    tableNorm(g, ana);
    g.do(bo, { type: "amendment.propose", proposal: "P1", text: "Revision." });
    expect(codeOf(g, cy, { type: "amendment.withdraw", amendment: "P1.A1" })).toBe("rule/invalid-target");
    g.do(bo, { type: "amendment.withdraw", amendment: "P1.A1" });
    expect(codeOf(g, bo, { type: "amendment.withdraw", amendment: "P1.A1" })).toBe("amendment/not-open");
    g.advanceTo("voting");
    expect(g.state.question).toBe("P1");
  });
});

describe("consensus, dissociation and silence", () => {
  it("V11: under consensus a delegation joins while dissociating: no adherent, a small credibility cost", () => {
    const g = forum("negotiation", { decisionRule: "consensus" });
    tableNorm(g, ana).advanceTo("voting");
    const before = g.state.standings.TAM?.credibility ?? 0;
    g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" }).do(bo, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(codeOf(g, cy, { type: "vote.cast", proposal: "P1", choice: "abstain", dissociate: true })).toBe("vote/cannot-dissociate");
    g.do(cy, { type: "vote.cast", proposal: "P1", choice: "yes", dissociate: true });
    expect(g.state.proposals[0]?.status).toBe("adopted");
    expect(g.state.norms["N-f"]).toMatchObject({ adherents: ["VAL", "MER"], dissociated: ["TAM"] });
    expect(g.state.standings.TAM?.credibility).toBe(before - RULES.dissociationCredibilityCost);
    const e = g.state.journal.find((x) => x.event.type === "vote.dissociated")?.event;
    expect(e).toMatchObject({ seat: "TAM", sponsors: ["VAL"] });
  });

  it("V11: dissociation belongs to consensus; a voting forum refuses it", () => {
    const g = forum("negotiation");
    tableNorm(g, ana).advanceTo("voting");
    const r = g.try(ana, { type: "vote.cast", proposal: "P1", choice: "yes", dissociate: true });
    expect(r.ok ? null : r.error).toEqual({ code: "vote/cannot-dissociate", message: expect.stringContaining("consensus") });
  });

  it("V12: under the silence procedure a text is adopted at the deadline unless someone breaks silence; the silent join", () => {
    const g = forum("negotiation", { decisionRule: "consensus", silenceProcedure: true });
    tableNorm(g, ana);
    tableNorm(g, bo, "N-h", "Do not harm CERTs.");
    g.advanceTo("voting");
    expect(g.state.silence).toEqual({ question: "P1", deadline: g.now + RULES.silenceSeconds * 1000 });
    g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(codeOf(g, SYSTEM, { type: "silence.expire" })).toBe("phase/not-allowed");
    g.tick(RULES.silenceSeconds * 1000).do(SYSTEM, { type: "silence.expire" });
    expect(g.state.proposals[0]).toMatchObject({ status: "adopted", silent: ["MER", "TAM"] });
    expect(g.state.norms["N-f"]?.adherents).toEqual(["VAL", "MER", "TAM"]);
    // breaking silence blocks the next text
    expect(g.state.question).toBe("P2");
    g.do(cy, { type: "vote.cast", proposal: "P2", choice: "no" }).tick(RULES.silenceSeconds * 1000).do(SYSTEM, { type: "silence.expire" });
    expect(g.state.proposals[1]?.status).toBe("rejected");
    expect(codeOf(g, SYSTEM, { type: "silence.expire" })).toBe("vote/not-open");
  });

  it("V12: ending the voting phase under silence counts the silent as joining", () => {
    const g = forum("negotiation", { decisionRule: "consensus", silenceProcedure: true });
    tableNorm(g, ana).advanceTo("voting").do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.proposals[0]).toMatchObject({ status: "adopted", silent: ["VAL", "MER", "TAM"] });
    expect(g.state.silence).toBeNull();
  });
});

describe("explanations and secret ballots", () => {
  it("V13: heads explain their vote once, at or after the vote; sponsors and co-sponsors may not (GA rule 88)", () => {
    const g = forum("negotiation");
    tableNorm(g, ana).do(bo, { type: "proposal.cosponsor", proposal: "P1", join: true });
    g.do(cy, { type: "proposal.table", title: "Later", text: "Another text." });
    g.advanceTo("voting");
    g.do(cy, { type: "vote.explain", proposal: "P1", text: "We support the text but regret its vagueness." });
    expect(codeOf(g, cy, { type: "vote.explain", proposal: "P1", text: "Again." })).toBe("rule/limit");
    const r = g.try(ana, { type: "vote.explain", proposal: "P1", text: "Ours." });
    expect(r.ok ? null : r.error).toEqual({ code: "vote/sponsor-explanation", message: expect.stringContaining("rule 88") });
    expect(codeOf(g, bo, { type: "vote.explain", proposal: "P1", text: "Ours too." })).toBe("vote/sponsor-explanation");
    expect(codeOf(g, dee, { type: "vote.explain", proposal: "P1", text: "Me." })).toBe("role/not-head");
    expect(codeOf(g, ana, { type: "vote.explain", proposal: "P2", text: "Early." })).toBe("vote/not-open");
    expect(g.state.proposals[0]?.explanations).toEqual([{ seat: "TAM", text: "We support the text but regret its vagueness.", at: g.now }]);
  });

  it("V14: a secret ballot shows who voted; how, only to the chair and the voter's own delegation", () => {
    const g = forum("lobby").do(FACILITATOR, { type: "session.configure", votingMode: "secret" }).do(FACILITATOR, { type: "session.start" });
    g.advanceTo("negotiation");
    tableNorm(g, ana).advanceTo("voting").do(ana, { type: "vote.cast", proposal: "P1", choice: "no" });
    const ballots = (v: ReturnType<typeof viewFor>) => v.proposals[0]?.ballots;
    expect(ballots(viewFor(g.state, { kind: "player", playerId: "bo" }, presence, g.now))).toEqual([{ seat: "VAL", choice: null }]);
    expect(ballots(viewFor(g.state, { kind: "player", playerId: "dee" }, presence, g.now))).toEqual([{ seat: "VAL", choice: "no" }]);
    expect(ballots(viewFor(g.state, { kind: "facilitator" }, presence, g.now))).toEqual([{ seat: "VAL", choice: "no" }]);
    expect(ballots(viewFor(g.state, { kind: "spectator" }, presence, g.now))).toEqual([{ seat: "VAL", choice: null }]);
    expect(viewFor(g.state, { kind: "spectator" }, presence, g.now).session.votingMode).toBe("secret");
  });
});
