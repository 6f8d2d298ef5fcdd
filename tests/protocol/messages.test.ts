// The protocol's shapes: what a client may send, and what it may not.
import { describe, expect, it } from "vitest";
import { Action, IntentAction, SystemAction } from "../../shared/protocol/actions.ts";
import { ERROR_CODES } from "../../shared/protocol/errors.ts";
import { describeZodError } from "../../shared/protocol/format-zod.ts";
import { CreateSessionRequest, Intent, JoinOptions } from "../../shared/protocol/messages.ts";

describe("intents", () => {
  it("a client cannot send the system's own actions (joining for others, expiring phases)", () => {
    for (const action of [
      { type: "player.join", playerId: "p-x", name: "Mallory" },
      { type: "phase.expire" },
      { type: "floor.expire" },
      { type: "silence.expire" },
    ]) {
      expect(Intent.safeParse({ intentId: "i1", action }).success, action.type).toBe(false);
      expect(Action.safeParse(action).success, action.type).toBe(true);
      expect(SystemAction.safeParse(action).success, action.type).toBe(true);
    }
  });

  it("every intent action is an engine action, and unknown fields are refused", () => {
    const vote = { type: "vote.cast", proposal: "P1", choice: "yes" };
    expect(IntentAction.parse(vote)).toEqual(vote);
    expect(Action.parse(vote)).toEqual(vote);
    expect(IntentAction.safeParse({ ...vote, weight: 99 }).success).toBe(false);
  });

  it("a bad intent is described field by field", () => {
    const parsed = Intent.safeParse({ intentId: "", action: { type: "proposal.table", title: "x".repeat(500), text: "" } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const text = describeZodError(parsed.error);
      expect(text).toMatch(/intentId/);
      expect(text).toMatch(/action\.title/);
    }
  });
});

describe("joining and creating", () => {
  it("join options are one of four shapes, each with the protocol version", () => {
    expect(JoinOptions.safeParse({ protocol: 1, as: "player", name: "Ana" }).success).toBe(true);
    expect(JoinOptions.safeParse({ protocol: 1, as: "player", name: "" }).success).toBe(false);
    expect(JoinOptions.safeParse({ protocol: 1, as: "facilitator", key: "short" }).success).toBe(false);
    expect(JoinOptions.safeParse({ as: "spectator" }).success).toBe(false);
    expect(JoinOptions.safeParse({ protocol: 1, as: "admin" }).success).toBe(false);
  });

  it("session options name real rules and reasonable durations", () => {
    expect(CreateSessionRequest.safeParse({ scenarioId: "seminar", options: { decisionRule: "two-thirds", timers: { voting: 120 } } }).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ scenarioId: "seminar", options: { timers: { voting: 5 } } }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ scenarioId: "seminar", options: { decisionRule: "unanimity" } }).success).toBe(false);
  });

  it("error codes are unique and namespaced", () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
  });
});

describe("join refusals", () => {
  it("carry a translatable code before the sentence, and anything else reads as a plain message", async () => {
    const { joinRefusal, parseJoinRefusal } = await import("../../shared/protocol/join-refusal.ts");
    const text = joinRefusal("join/wrong-passcode", "Wrong passcode for this session.");
    expect(parseJoinRefusal(text)).toEqual({ code: "join/wrong-passcode", message: "Wrong passcode for this session." });
    expect(parseJoinRefusal("socket hang up")).toEqual({ code: null, message: "socket hang up" });
    expect(parseJoinRefusal("made/up-code: no")).toEqual({ code: null, message: "made/up-code: no" });
  });
});
