import { describe, expect, it } from "vitest";
import { ana, bo, codeOf, cy, dee, forum, olu, tableNorm } from "../helpers/forum.ts";
import { RULES } from "../../shared/rules/constants.ts";
import { ProposalTable } from "../../shared/protocol/actions.ts";

describe("proposal kinds", () => {
  it("P2: a proposal adopts a catalogue norm (text possibly edited), establishes a CBM, or is a statement (the default)", () => {
    const g = forum("negotiation");
    tableNorm(g, ana, "N-f", "States shall not damage critical infrastructure.");
    g.do(bo, { type: "proposal.table", title: "Directory", text: "Name points of contact.", subject: { kind: "cbm", cbm: "poc" } });
    g.do(cy, { type: "proposal.table", title: "Condemnation", text: "The forum condemns the attack." });
    expect(g.state.proposals.map((p) => p.subject)).toEqual([{ kind: "norm-adoption", norm: "N-f" }, { kind: "cbm", cbm: "poc" }, { kind: "statement" }]);
    expect(g.state.proposals[0]).toMatchObject({ originalText: "States shall not damage critical infrastructure.", binding: true });
    // the earlier {title, text} shape still parses
    expect(ProposalTable.safeParse({ type: "proposal.table", title: "T", text: "X" }).success).toBe(true);
  });

  it("P3: the norm or measure must exist and not be adopted or established already", () => {
    const g = forum("negotiation");
    const unknownNorm = g.try(ana, { type: "proposal.table", title: "T", text: "X", subject: { kind: "norm-adoption", norm: "N-zz" } });
    expect(unknownNorm.ok ? null : unknownNorm.error).toEqual({ code: "rule/invalid-target", message: expect.stringContaining("N-zz") });
    expect(codeOf(g, ana, { type: "proposal.table", title: "T", text: "X", subject: { kind: "cbm", cbm: "nope" } })).toBe("rule/invalid-target");
    g.state = { ...g.state, norms: { ...g.state.norms, "N-f": { ...g.state.norms["N-f"]!, adopted: true } } };
    const again = g.try(ana, { type: "proposal.table", title: "T", text: "X", subject: { kind: "norm-adoption", norm: "N-f" } });
    expect(again.ok ? null : again.error.message).toMatch(/already adopted/);
  });

  it("P4: observers table only non-binding statements and cannot vote", () => {
    const g = forum("negotiation");
    expect(codeOf(g, olu, { type: "proposal.table", title: "T", text: "X", subject: { kind: "norm-adoption", norm: "N-h" } })).toBe("rule/invalid-target");
    g.do(olu, { type: "proposal.table", title: "Protect CERTs", text: "CERTs must be protected." });
    expect(g.state.proposals[0]).toMatchObject({ sponsor: "CERT", binding: false });
    g.advanceTo("voting");
    expect(codeOf(g, olu, { type: "vote.cast", proposal: "P1", choice: "yes" })).toBe("role/not-allowed");
  });

  it("P5: co-sponsors join and leave before the vote; heads sign, sponsors cannot co-sponsor, observers only non-binding text", () => {
    const g = forum("negotiation");
    tableNorm(g, ana);
    g.do(bo, { type: "proposal.cosponsor", proposal: "P1", join: true }).do(cy, { type: "proposal.cosponsor", proposal: "P1", join: true });
    g.do(cy, { type: "proposal.cosponsor", proposal: "P1", join: false });
    expect(g.state.proposals[0]?.cosponsors).toEqual(["MER"]);
    expect(codeOf(g, bo, { type: "proposal.cosponsor", proposal: "P1", join: true })).toBe("rule/invalid-target");
    expect(codeOf(g, ana, { type: "proposal.cosponsor", proposal: "P1", join: true })).toBe("rule/invalid-target");
    expect(codeOf(g, dee, { type: "proposal.cosponsor", proposal: "P1", join: true })).toBe("role/not-head");
    expect(codeOf(g, olu, { type: "proposal.cosponsor", proposal: "P1", join: true })).toBe("rule/invalid-target");
    expect(codeOf(g, bo, { type: "proposal.cosponsor", proposal: "P9", join: true })).toBe("proposal/unknown");
    g.advanceTo("voting");
    expect(codeOf(g, cy, { type: "proposal.cosponsor", proposal: "P1", join: true })).toBe("phase/not-allowed");
  });
});

describe("adoption", () => {
  it("P6: an adopted norm records its text, sponsors, adherents (yes votes), round, emergence stage and initial strength", () => {
    const g = forum("negotiation");
    tableNorm(g, ana, "N-f", "Edited: no damage to critical infrastructure.");
    g.do(bo, { type: "proposal.cosponsor", proposal: "P1", join: true }).advanceTo("voting");
    g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" }).do(bo, { type: "vote.cast", proposal: "P1", choice: "abstain" });
    g.do(cy, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(g.state.norms["N-f"]).toMatchObject({
      adopted: true,
      adoptedRound: 1,
      text: "Edited: no damage to critical infrastructure.",
      sponsors: ["VAL", "MER"],
      adherents: ["VAL", "TAM"],
      dissociated: [],
      stage: "emergence",
      strength: RULES.adoptedNormStrength,
    });
  });

  it("P6: a rival text on a norm adopted meanwhile only adds adherents; the first text stands", () => {
    const g = forum("negotiation");
    tableNorm(g, ana, "N-f", "First text.");
    tableNorm(g, bo, "N-f", "Rival text.");
    g.advanceTo("voting");
    for (const [a, c] of [[ana, "yes"], [bo, "yes"], [cy, "no"]] as const) g.do(a, { type: "vote.cast", proposal: "P1", choice: c });
    for (const [a, c] of [[ana, "no"], [bo, "yes"], [cy, "yes"]] as const) g.do(a, { type: "vote.cast", proposal: "P2", choice: c });
    expect(g.state.norms["N-f"]).toMatchObject({ text: "First text.", sponsors: ["VAL"], adherents: ["VAL", "MER", "TAM"] });
  });

  it("P7: an adopted CBM is established with the delegations that supported it", () => {
    const g = forum("negotiation");
    g.do(bo, { type: "proposal.table", title: "Directory", text: "Name points of contact.", subject: { kind: "cbm", cbm: "poc" } }).advanceTo("voting");
    g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" }).do(bo, { type: "vote.cast", proposal: "P1", choice: "yes" });
    g.do(cy, { type: "vote.cast", proposal: "P1", choice: "no" });
    expect(g.state.cbms.poc).toEqual({ id: "poc", established: true, round: 1, proposal: "P1", sponsors: ["MER"], participants: ["VAL", "MER"] });
    expect(g.state.cbms.notify?.established).toBe(false);
  });

  it("P8: an observer's adopted text binds no one and changes no norm", () => {
    const g = forum("negotiation");
    g.do(olu, { type: "proposal.table", title: "Protect CERTs", text: "CERTs must be protected." }).advanceTo("voting");
    for (const a of [ana, bo, cy]) g.do(a, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(g.state.proposals[0]?.status).toBe("adopted");
    expect(Object.values(g.state.norms).every((n) => !n.adopted)).toBe(true);
  });
});
