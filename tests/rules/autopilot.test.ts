import { describe, expect, it } from "vitest";
import { FACILITATOR, Game, player } from "../helpers/game.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const scenario = loadBuiltin("quickstart");

describe("autopilot", () => {
  it("S5: the facilitator hands an empty seat to a bot, which heads it and votes like a person", () => {
    const g = new Game(scenario).seat("ana", "VAL").do(FACILITATOR, { type: "seat.autopilot", seat: "MER", on: true });
    expect(g.state.seats.MER).toMatchObject({ head: "bot-MER", autopilot: { bot: "bot-MER", humanHead: null } });
    expect(g.state.players["bot-MER"]).toMatchObject({ seat: "MER", bot: true });
    g.do(FACILITATOR, { type: "session.start" }).advanceTo("negotiation");
    g.do(player("ana"), { type: "proposal.table", title: "T", text: "X" });
    g.advanceTo("voting");
    g.do(player("bot-MER"), { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(g.state.proposals[0]?.ballots.map((b) => b.seat)).toEqual(["MER"]);
  });

  it("S6: taking a seat back restores its former head, and only the facilitator may do either", () => {
    const g = new Game(scenario).seat("ana", "VAL").seat("cy", "VAL");
    expect(g.try(player("ana"), { type: "seat.autopilot", seat: "VAL", on: true })).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
    g.do(FACILITATOR, { type: "seat.autopilot", seat: "VAL", on: true });
    expect(g.state.seats.VAL?.head).toBe("bot-VAL");
    // while the bot plays, the people of the seat are delegates, not its head
    expect(g.try(FACILITATOR, { type: "seat.autopilot", seat: "VAL", on: true })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    g.do(FACILITATOR, { type: "seat.autopilot", seat: "VAL", on: false });
    expect(g.state.seats.VAL).toMatchObject({ head: "ana", autopilot: null });
    expect(g.state.players["bot-VAL"]?.seat).toBeNull();
    expect(g.try(FACILITATOR, { type: "seat.autopilot", seat: "VAL", on: false })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
  });

  it("S6: a seat given back whose former head left goes to the first person still in it, or to nobody", () => {
    const g = new Game(scenario).do(FACILITATOR, { type: "seat.autopilot", seat: "TAM", on: true });
    g.seat("dee", "TAM");
    expect(g.state.seats.TAM?.head).toBe("bot-TAM");
    g.do(FACILITATOR, { type: "seat.autopilot", seat: "TAM", on: false });
    expect(g.state.seats.TAM?.head).toBe("dee");
    const empty = new Game(scenario).do(FACILITATOR, { type: "seat.autopilot", seat: "MER", on: true }).do(FACILITATOR, { type: "seat.autopilot", seat: "MER", on: false });
    expect(empty.state.seats.MER?.head).toBeNull();
  });
});

describe("locking", () => {
  it("S7: a locked session admits no newcomer; unlocking admits them again; only the facilitator locks", () => {
    const g = new Game(scenario).seat("ana", "VAL");
    expect(g.try(player("ana"), { type: "session.lock", locked: true })).toMatchObject({ ok: false, error: { code: "role/not-allowed" } });
    g.do(FACILITATOR, { type: "session.lock", locked: true });
    expect(g.try({ kind: "system" }, { type: "player.join", playerId: "late", name: "Late" })).toMatchObject({ ok: false, error: { code: "join/locked" } });
    expect(g.try(FACILITATOR, { type: "session.lock", locked: true })).toMatchObject({ ok: false, error: { code: "rule/invalid-target" } });
    g.do(FACILITATOR, { type: "session.lock", locked: false });
    g.do({ kind: "system" }, { type: "player.join", playerId: "late", name: "Late" });
    expect(g.state.players.late?.name).toBe("Late");
  });
});

describe("closed seats", () => {
  it("S8: a closed seat cannot be claimed until the facilitator opens it; a bot may still play it", () => {
    const g = new Game(scenario).do(FACILITATOR, { type: "seat.close", seat: "TAM", closed: true });
    g.do({ kind: "system" }, { type: "player.join", playerId: "zoe", name: "Zoe" });
    expect(g.try(player("zoe"), { type: "seat.claim", seat: "TAM" })).toMatchObject({ ok: false, error: { code: "seat/closed", message: expect.stringContaining("Tamaru") } });
    g.do(FACILITATOR, { type: "seat.autopilot", seat: "TAM", on: true });
    expect(g.state.seats.TAM?.head).toBe("bot-TAM");
    g.do(FACILITATOR, { type: "seat.close", seat: "TAM", closed: false });
    g.do(player("zoe"), { type: "seat.claim", seat: "TAM" });
    expect(g.state.players.zoe?.seat).toBe("TAM");
  });
});
