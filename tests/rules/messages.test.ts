import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../helpers/game.ts";
import { ana, bo, codeOf, cy, forum, olu } from "../helpers/forum.ts";
import { Action } from "../../shared/protocol/actions.ts";
import { LIMITS } from "../../shared/protocol/limits.ts";
import { viewFor, type Viewer } from "../../shared/view/view-for.ts";
import type { GameState } from "../../shared/rules/state.ts";

const presence = { players: new Set<string>(), facilitator: true };
const view = (s: GameState, v: Viewer) => viewFor(s, v, presence, 0);
const as = (playerId: string): Viewer => ({ kind: "player", playerId });

describe("message channels", () => {
  it("M1: public statements belong to the seat holding the floor, or to all in open debate; muted ones stay silent", () => {
    const g = forum("negotiation");
    const r = g.try(bo, { type: "message.public", text: "We object." });
    expect(r.ok ? null : r.error).toEqual({ code: "floor/closed", message: expect.stringContaining("floor") });
    g.do(FACILITATOR, { type: "floor.give", seat: "MER" }).do(bo, { type: "message.public", text: "We object." });
    g.do(FACILITATOR, { type: "floor.configure", openDebate: true }).do(olu, { type: "message.public", text: "Technical note." });
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "seat", seat: "TAM" }, muted: true });
    expect(codeOf(g, cy, { type: "message.public", text: "Let us speak!" })).toBe("role/muted");
    expect(codeOf(g, cy, { type: "message.team", text: "They muted us." })).toBe("ok");
    expect(codeOf(g, ana, { type: "message.public", text: "x", names: ["NOPE"] })).toBe("seat/unknown");
    expect(view(g.state, { kind: "spectator" }).negotiation.messages.public.map((m) => [m.from, m.text])).toEqual([
      ["MER", "We object."],
      ["CERT", "Technical note."],
    ]);
  });

  it("M2: team chat reaches only the seat's players and the chair", () => {
    const g = forum("negotiation").do(ana, { type: "message.team", text: "Hold the line on N-f." });
    expect(view(g.state, as("dee")).negotiation.messages.team.map((m) => m.text)).toEqual(["Hold the line on N-f."]);
    expect(view(g.state, { kind: "facilitator" }).negotiation.messages.team).toHaveLength(1);
    for (const v of [as("bo"), as("olu"), { kind: "spectator" } as const]) {
      const seen = view(g.state, v);
      expect(seen.negotiation.messages.team).toEqual([]);
      expect(JSON.stringify(seen)).not.toContain("Hold the line");
    }
  });

  it("M3: back-channel messages reach only the two seats and the chair, never oneself", () => {
    const g = forum("negotiation").do(bo, { type: "message.back-channel", to: "TAM", text: "Abstain and we fund your CERT." });
    expect(view(g.state, as("cy")).negotiation.messages.backChannel.map((m) => [m.from, m.to])).toEqual([["MER", "TAM"]]);
    expect(view(g.state, as("bo")).negotiation.messages.backChannel).toHaveLength(1);
    expect(view(g.state, { kind: "facilitator" }).negotiation.messages.backChannel).toHaveLength(1);
    for (const v of [as("ana"), as("dee"), as("olu"), { kind: "spectator" } as const]) {
      expect(JSON.stringify(view(g.state, v))).not.toContain("fund your CERT");
    }
    expect(codeOf(g, bo, { type: "message.back-channel", to: "MER", text: "me" })).toBe("rule/invalid-target");
    expect(codeOf(g, bo, { type: "message.back-channel", to: "XX", text: "?" })).toBe("seat/unknown");
  });

  it("M4: messages respect the length limits and are not empty", () => {
    const long = "x".repeat(LIMITS.messageText + 1);
    const parsed = Action.safeParse({ type: "message.team", text: long });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(String(LIMITS.messageText));
    expect(Action.safeParse({ type: "message.public", text: "   " }).success).toBe(false);
    expect(Action.safeParse({ type: "message.back-channel", to: "MER", text: "ok" }).success).toBe(true);
  });

  it("M5: the chair's broadcast reaches everyone", () => {
    const g = forum("investigation").do(FACILITATOR, { type: "chair.broadcast", text: "Ten minutes left." });
    expect(view(g.state, { kind: "spectator" }).negotiation.messages.public).toMatchObject([{ from: "chair", text: "Ten minutes left." }]);
    expect(codeOf(g, ana, { type: "chair.broadcast", text: "I am the chair now." })).toBe("role/not-allowed");
  });
});
