import { describe, expect, it } from "vitest";
import { FACILITATOR, Game, SYSTEM, player } from "../helpers/game.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { tally } from "../../shared/rules/tally.ts";
import { replay } from "../../shared/rules/engine.ts";
import { createInitialState } from "../../shared/rules/state.ts";

const scenario = loadBuiltin("quickstart");

function seatedGame() {
  return new Game(scenario).seat("ana", "VAL").seat("bo", "MER");
}

describe("seats", () => {
  it("S1: the first player to claim a delegation seat becomes its head", () => {
    const g = seatedGame().seat("cy", "VAL");
    expect(g.state.seats.VAL?.head).toBe("ana");
    expect(g.state.players.cy?.seat).toBe("VAL");
  });

  it("S2: a player holds one seat; claiming a second is rejected and changes nothing", () => {
    const g = seatedGame();
    const before = g.state;
    const r = g.try(player("ana"), { type: "seat.claim", seat: "TAM" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("seat/already-seated");
    expect(g.state).toBe(before);
  });

  it("S3: an unknown seat is rejected with its name", () => {
    const g = new Game(scenario).do(SYSTEM, { type: "player.join", playerId: "x", name: "X" });
    const r = g.try(player("x"), { type: "seat.claim", seat: "ZAR" });
    expect(r.ok ? null : r.error).toEqual({ code: "seat/unknown", message: expect.stringContaining("ZAR") });
  });

  it("S4: a player who never joined cannot act", () => {
    const r = new Game(scenario).try(player("ghost"), { type: "seat.claim", seat: "VAL" });
    expect(r.ok ? null : r.error.code).toBe("player/unknown");
  });
});

describe("phase gate", () => {
  it("F1: only the facilitator starts the session, once", () => {
    const g = seatedGame();
    expect(g.try(player("ana"), { type: "session.start" })).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
    g.do(FACILITATOR, { type: "session.start" });
    expect(g.state.stage).toBe("briefing");
    expect(g.state.round).toBe(1);
    expect(g.try(FACILITATOR, { type: "session.start" })).toMatchObject({ ok: false, error: { code: "phase/not-allowed" } });
  });

  it("F2: tabling a proposal outside negotiation names the phase that allows it", () => {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" });
    const r = g.try(player("ana"), { type: "proposal.table", title: "T", text: "X" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("phase/not-allowed");
      expect(r.error.message).toMatch(/negotiation/);
    }
  });

  it("F3: each phase gets its deadline from the scenario timers", () => {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" });
    expect(g.state.deadline).toBe(g.now + scenario.forum.timers.briefing * 1000);
  });

  it("F4: a phase expires only at its deadline", () => {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" });
    expect(g.try(SYSTEM, { type: "phase.expire" }).ok).toBe(false);
    g.tick(scenario.forum.timers.briefing * 1000);
    g.do(SYSTEM, { type: "phase.expire" });
    expect(g.state.stage).toBe("investigation");
  });

  it("F5: the last phase of the last round ends the game", () => {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" }).advanceTo("resolution");
    g.do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.stage).toBe("ended");
    expect(g.try(FACILITATOR, { type: "phase.advance" })).toMatchObject({ ok: false, error: { code: "session/ended" } });
  });
});

describe("tabling and voting", () => {
  function votingGame() {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" }).advanceTo("negotiation");
    g.do(player("ana"), { type: "proposal.table", title: "Protect hospitals", text: "States should not attack hospitals." });
    return g.advanceTo("voting");
  }

  it("P1: a tabled proposal is numbered and sponsored by the tabling delegation", () => {
    const g = votingGame();
    expect(g.state.proposals[0]).toMatchObject({ id: "P1", sponsor: "VAL", status: "voting" });
    expect(g.state.question).toBe("P1");
  });

  it("V1: when every present delegation has voted, the question closes with its tally", () => {
    const g = votingGame();
    g.do(player("ana"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(g.state.proposals[0]?.status).toBe("voting");
    g.do(player("bo"), { type: "vote.cast", proposal: "P1", choice: "abstain" });
    expect(g.state.proposals[0]).toMatchObject({
      status: "adopted",
      tally: { yes: 1, no: 0, abstain: 1, presentAndVoting: 1, required: 1, adopted: true },
    });
  });

  it("V2: a delegation votes once per question", () => {
    const g = votingGame();
    g.do(player("ana"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    const r = g.try(player("ana"), { type: "vote.cast", proposal: "P1", choice: "no" });
    expect(r.ok ? null : r.error.code).toBe("vote/already-cast");
  });

  it("V3: a player without a seat cannot vote", () => {
    const g = votingGame().do(SYSTEM, { type: "player.join", playerId: "zed", name: "Zed" });
    const r = g.try(player("zed"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(r.ok ? null : r.error.code).toBe("role/not-seated");
  });

  it("V4: only the head of delegation casts its vote", () => {
    const g = votingGame().seat("cy", "VAL");
    const r = g.try(player("cy"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(r.ok ? null : r.error.code).toBe("role/not-head");
  });

  it("V5: a tie under simple majority rejects the proposal", () => {
    const g = votingGame();
    g.do(player("ana"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    g.do(player("bo"), { type: "vote.cast", proposal: "P1", choice: "no" });
    expect(g.state.proposals[0]).toMatchObject({ status: "rejected", tally: { yes: 1, no: 1, required: 2 } });
  });

  it("V6: leaving the voting phase closes the open question with the ballots cast", () => {
    const g = votingGame();
    g.do(player("bo"), { type: "vote.cast", proposal: "P1", choice: "no" });
    g.do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.proposals[0]).toMatchObject({ status: "rejected", tally: { yes: 0, no: 1 } });
  });
});

describe("decision rules", () => {
  const ballots = (yes: number, no: number, abstain: number) => [
    ...Array.from({ length: yes }, (_, i) => ({ seat: `y${i}`, choice: "yes" as const, at: 0 })),
    ...Array.from({ length: no }, (_, i) => ({ seat: `n${i}`, choice: "no" as const, at: 0 })),
    ...Array.from({ length: abstain }, (_, i) => ({ seat: `a${i}`, choice: "abstain" as const, at: 0 })),
  ];

  it("V7: abstentions are not votes cast (150–30–13 passes two-thirds)", () => {
    expect(tally(ballots(150, 30, 13), "two-thirds", {})).toMatchObject({ presentAndVoting: 180, required: 120, adopted: true });
  });

  it("V8: two-thirds fails just below the threshold", () => {
    expect(tally(ballots(5, 3, 4), "two-thirds", {})).toMatchObject({ required: 6, adopted: false });
  });

  it("V9: consensus is blocked by a single objection", () => {
    expect(tally(ballots(10, 1, 0), "consensus", {}).adopted).toBe(false);
    expect(tally(ballots(10, 0, 3), "consensus", {}).adopted).toBe(true);
  });

  it("V10: weighted voting counts diplomatic weight", () => {
    const t = tally(
      [
        { seat: "big", choice: "yes", at: 0 },
        { seat: "s1", choice: "no", at: 0 },
        { seat: "s2", choice: "no", at: 0 },
      ],
      "weighted",
      { big: 5, s1: 2, s2: 2 },
    );
    expect(t).toMatchObject({ yes: 5, no: 4, adopted: true });
  });
});

describe("replay", () => {
  it("E1: folding the log over the initial state reproduces the live state", () => {
    const g = seatedGame().do(FACILITATOR, { type: "session.start" }).advanceTo("negotiation");
    g.do(player("bo"), { type: "proposal.table", title: "CBM", text: "A points-of-contact directory." });
    g.advanceTo("voting").do(player("ana"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(replay(createInitialState(scenario), g.log)).toEqual(g.state);
  });
});
