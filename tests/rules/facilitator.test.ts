import { describe, expect, it } from "vitest";
import { FACILITATOR, SYSTEM } from "../helpers/game.ts";
import { ana, bo, codeOf, cy, dee, forum, olu, tableNorm } from "../helpers/forum.ts";
import { RULES } from "../../shared/rules/constants.ts";
import { viewFor, type Viewer } from "../../shared/view/view-for.ts";
import type { GameState } from "../../shared/rules/state.ts";

const presence = { players: new Set<string>(), facilitator: true };
const view = (s: GameState, v: Viewer) => viewFor(s, v, presence, 0);

describe("chair powers over people", () => {
  it("C1: the chair mutes and unmutes a delegation or a player; a muted delegation loses its place and the floor", () => {
    const g = forum("negotiation").do(cy, { type: "floor.request" }).do(FACILITATOR, { type: "floor.give", seat: "MER" });
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "seat", seat: "TAM" }, muted: true });
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "seat", seat: "MER" }, muted: true });
    expect(g.state.floor.queue).toEqual([]);
    expect(g.state.floor.speaker).toBeNull();
    expect(view(g.state, { kind: "player", playerId: "cy" }).me).toMatchObject({ kind: "player", muted: true });
    expect(codeOf(g, FACILITATOR, { type: "chair.mute", target: { kind: "seat", seat: "TAM" }, muted: true })).toBe("rule/invalid-target");
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "seat", seat: "TAM" }, muted: false });
    expect(codeOf(g, cy, { type: "floor.request" })).toBe("ok");
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "player", playerId: "dee" }, muted: true });
    expect(codeOf(g, dee, { type: "floor.request" })).toBe("role/muted");
    expect(codeOf(g, ana, { type: "floor.request" })).toBe("ok");
    expect(codeOf(g, FACILITATOR, { type: "chair.mute", target: { kind: "player", playerId: "zz" }, muted: true })).toBe("player/unknown");
  });

  it("C2: the chair moves a player to another seat; headship passes on, and an empty seat's newcomer heads it", () => {
    const g = forum("negotiation").seat("eve", "TAM");
    g.do(FACILITATOR, { type: "chair.reassign", playerId: "ana", seat: "TAM" });
    expect(g.state.players.ana?.seat).toBe("TAM");
    expect(g.state.seats.VAL?.head).toBe("dee");
    expect(g.state.seats.TAM?.head).toBe("cy");
    expect(codeOf(g, FACILITATOR, { type: "chair.reassign", playerId: "eve", seat: "CERT" })).toBe("seat/taken");
    expect(codeOf(g, FACILITATOR, { type: "chair.reassign", playerId: "ana", seat: "TAM" })).toBe("seat/already-seated");
    g.do(FACILITATOR, { type: "chair.reassign", playerId: "dee", seat: "MER" });
    expect(g.state.seats.VAL?.head).toBeNull();
    g.do(FACILITATOR, { type: "chair.reassign", playerId: "eve", seat: "VAL" });
    expect(g.state.seats.VAL?.head).toBe("eve");
  });

  it("C3: the chair makes a seated player head of delegation", () => {
    const g = forum("voting");
    g.do(FACILITATOR, { type: "chair.promote", playerId: "dee" });
    expect(g.state.seats.VAL?.head).toBe("dee");
    expect(codeOf(g, FACILITATOR, { type: "chair.promote", playerId: "dee" })).toBe("rule/invalid-target");
    g.do(SYSTEM, { type: "player.join", playerId: "new", name: "New" });
    expect(codeOf(g, FACILITATOR, { type: "chair.promote", playerId: "new" })).toBe("role/not-seated");
  });

  it("C4: the chair removes a player, who cannot come back; headship passes on and a pending vote may close", () => {
    const g = forum("negotiation");
    tableNorm(g, ana).advanceTo("voting");
    g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" }).do(bo, { type: "vote.cast", proposal: "P1", choice: "yes" });
    g.do(FACILITATOR, { type: "chair.remove", playerId: "cy" });
    expect(g.state.players.cy).toBeUndefined();
    expect(g.state.seats.TAM?.head).toBeNull();
    expect(g.state.proposals[0]?.status).toBe("adopted");
    expect(codeOf(g, SYSTEM, { type: "player.join", playerId: "cy", name: "Cy again" })).toBe("player/removed");
    g.do(FACILITATOR, { type: "chair.remove", playerId: "ana" });
    expect(g.state.seats.VAL?.head).toBe("dee");
  });

  it("C7: only the chair holds chair powers", () => {
    const g = forum("negotiation");
    for (const action of [
      { type: "chair.remove", playerId: "bo" },
      { type: "chair.promote", playerId: "dee" },
      { type: "chair.reassign", playerId: "bo", seat: "TAM" },
      { type: "session.pause" },
      { type: "floor.give", seat: "VAL" },
      { type: "poll.call", question: "?" },
    ] as const) {
      expect(codeOf(g, ana, action)).toBe("role/not-allowed");
    }
  });
});

describe("straw polls and points of order", () => {
  it("C5: the chair calls a straw poll; heads answer and may change; results show when the chair closes it", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "poll.call", question: "Can you live with N-f as drafted?" });
    g.do(ana, { type: "poll.answer", poll: "S1", choice: "yes" }).do(bo, { type: "poll.answer", poll: "S1", choice: "no" });
    g.do(bo, { type: "poll.answer", poll: "S1", choice: "abstain" });
    expect(codeOf(g, dee, { type: "poll.answer", poll: "S1", choice: "no" })).toBe("role/not-head");
    expect(codeOf(g, olu, { type: "poll.answer", poll: "S1", choice: "no" })).toBe("role/not-allowed");
    const open = view(g.state, { kind: "player", playerId: "cy" }).negotiation.strawPolls[0];
    expect(open).toMatchObject({ open: true, answered: ["VAL", "MER"], answers: [{ choice: null }, { choice: null }], result: null });
    g.do(FACILITATOR, { type: "poll.close", poll: "S1" });
    expect(view(g.state, { kind: "spectator" }).negotiation.strawPolls[0]).toMatchObject({
      open: false,
      result: { yes: 1, no: 0, abstain: 1 },
      answers: [{ seat: "VAL", choice: "yes" }, { seat: "MER", choice: "abstain" }],
    });
    expect(codeOf(g, cy, { type: "poll.answer", poll: "S1", choice: "yes" })).toBe("poll/closed");
    expect(codeOf(g, FACILITATOR, { type: "poll.close", poll: "S1" })).toBe("poll/closed");
    expect(codeOf(g, FACILITATOR, { type: "poll.close", poll: "S5" })).toBe("poll/unknown");
    // non-binding: nothing else changed
    expect(g.state.proposals).toEqual([]);
  });

  it("C6: a point of order goes to the chair at once, even during a vote; the chair rules in public", () => {
    const g = forum("voting");
    g.do(cy, { type: "order.raise", text: "The vote was opened before our amendment was heard." });
    expect(view(g.state, { kind: "facilitator" }).negotiation.pointsOfOrder).toHaveLength(1);
    expect(view(g.state, { kind: "player", playerId: "cy" }).negotiation.pointsOfOrder).toHaveLength(1);
    expect(view(g.state, { kind: "player", playerId: "bo" }).negotiation.pointsOfOrder).toEqual([]);
    for (let i = 1; i < RULES.maxOpenPointsOfOrder; i++) g.do(cy, { type: "order.raise", text: `Point ${i}` });
    expect(codeOf(g, cy, { type: "order.raise", text: "Another" })).toBe("rule/limit");
    g.do(FACILITATOR, { type: "order.rule", point: "O1", upheld: false, text: "The amendment was withdrawn." });
    expect(g.state.pointsOfOrder[0]?.ruling).toEqual({ upheld: false, text: "The amendment was withdrawn." });
    expect(g.state.journal.at(-1)).toMatchObject({ audience: { kind: "public" }, event: { type: "order.ruled", upheld: false } });
    expect(codeOf(g, FACILITATOR, { type: "order.rule", point: "O1", upheld: true })).toBe("order/already-ruled");
    expect(codeOf(g, FACILITATOR, { type: "order.rule", point: "O9", upheld: true })).toBe("order/unknown");
  });
});

describe("view permissions", () => {
  it("N3: `can` asks the engine: the chair may give the floor, a delegate may request it, a spectator nothing", () => {
    const g = forum("negotiation");
    const chair = view(g.state, { kind: "facilitator" }).can;
    expect(chair).toMatchObject({ pause: { ok: true }, giveFloor: { ok: true }, requestFloor: { ok: false, code: "role/not-allowed" } });
    const seat = view(g.state, { kind: "player", playerId: "bo" }).can;
    expect(seat).toMatchObject({ requestFloor: { ok: true }, teamChat: { ok: true }, speakPublic: { ok: false, code: "floor/closed" }, pause: { ok: false } });
    const paused = g.do(FACILITATOR, { type: "session.pause" });
    expect(view(paused.state, { kind: "player", playerId: "bo" }).can.requestFloor).toMatchObject({ ok: false, code: "session/paused" });
    expect(view(g.state, { kind: "spectator" }).can.requestFloor.ok).toBe(false);
    expect(view(g.state, { kind: "spectator" }).session.paused).toBe(true);
  });
});
