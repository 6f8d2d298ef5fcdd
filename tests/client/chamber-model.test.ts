// The chamber's model and its description in words, from a real engine state: coalitions are
// weighted by shared pledges, only this round's attributions stay on the floor, proposals carry
// their sponsors, and every drawn item has exactly one described item with its own key.
import { describe, expect, it } from "vitest";
import { chamberModel } from "../../client/src/scenes/chamber-model.ts";
import { chamberItems } from "../../client/src/ui/chamber-text.ts";
import { viewFor } from "../../shared/view/view-for.ts";
import { FACILITATOR, Game, player } from "../helpers/game.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

function playedRound() {
  const g = new Game(loadBuiltin("seminar"));
  g.seat("ana", "VAL").seat("kiril", "KAR").seat("mei", "MER");
  g.do(FACILITATOR, { type: "session.start" }).advanceTo("investigation");
  const inject = g.state.crisis.injects[0]?.id ?? "";
  g.do(player("ana"), { type: "attribution.make", inject, accused: "KAR", confidence: "high", mode: "public", cosigners: [] });
  g.advanceTo("negotiation");
  for (const text of ["Restraint.", "Help the victim."]) {
    g.do(player("ana"), { type: "pledge.make", text, commitment: { kind: "restraint" } });
    const id = Object.values(g.state.crisis.pledges).at(-1)?.id ?? Object.keys(g.state.crisis.pledges).at(-1) ?? "";
    g.do(player("mei"), { type: "pledge.join", pledge: id });
  }
  g.do(player("ana"), { type: "proposal.table", title: "Points of contact", text: "A directory." });
  g.do(player("mei"), { type: "proposal.cosponsor", proposal: "P1", join: true });
  return g;
}

const presence = { players: new Set(["ana", "kiril", "mei"]), facilitator: true };

describe("the chamber model", () => {
  it("weights coalitions by shared pledges, links sponsors, and keeps this round's attributions", () => {
    const g = playedRound();
    const model = chamberModel(viewFor(g.state, { kind: "facilitator" }, presence, g.now), g.now);
    expect(model.coalitions).toEqual([{ a: "MER", b: "VAL", pledges: 2 }]);
    expect(model.proposals).toEqual([{ id: "P1", title: "Points of contact", status: "tabled", sponsors: ["VAL", "MER"] }]);
    expect(model.attributions.map((a) => [a.by, a.accused, a.mode, a.confidence])).toEqual([[["VAL"], "KAR", "public", "high"]]);
    expect(model.seats.find((s) => s.id === "ALP")).toMatchObject({ occupied: false, connected: false, bot: false });

    // The next round clears the floor of last round's accusations.
    g.advanceTo("resolution");
    g.do(FACILITATOR, { type: "phase.advance" });
    const next = chamberModel(viewFor(g.state, { kind: "facilitator" }, presence, g.now), g.now);
    expect(next.attributions).toEqual([]);
  });

  it("describes every drawn item once, under its own key", () => {
    const g = playedRound();
    const model = chamberModel(viewFor(g.state, { kind: "spectator" }, presence, g.now), g.now);
    const items = chamberItems(model);
    const keys = items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("coalition:MER+VAL:2");
    expect(keys).toContain("proposal:P1:tabled:VAL,MER");
    expect(keys.filter((k) => k.startsWith("seat:"))).toHaveLength(model.seats.length);
    expect(keys.some((k) => /^attribution:.*:VAL>KAR:public:high$/.test(k))).toBe(true);
    expect(items.find((i) => i.key === "coalition:MER+VAL:2")?.text).toBe("Coalition link between Meridia and Valdoria (2 pledge(s) together).");
    for (const i of items) expect(i.text.trim().length).toBeGreaterThan(0);
  });

  it("changes its signature when what is drawn changes, not when only the speaker's clock ticks", () => {
    const g = playedRound();
    g.do(player("ana"), { type: "floor.request" });
    g.do(FACILITATOR, { type: "floor.next" });
    const view = viewFor(g.state, { kind: "spectator" }, presence, g.now);
    const a = chamberModel(view, g.now);
    const b = chamberModel(view, g.now + 5000);
    expect(a.speaker?.seat).toBe("VAL");
    expect(a.speaker?.clock).not.toBe(b.speaker?.clock);
    expect((b.speaker?.fraction ?? 1) < (a.speaker?.fraction ?? 0)).toBe(true);
    expect(a.signature).toBe(b.signature);
    g.do(player("kiril"), { type: "floor.request" });
    expect(chamberModel(viewFor(g.state, { kind: "spectator" }, presence, g.now), g.now).signature).not.toBe(a.signature);
  });
});
