import { describe, expect, it } from "vitest";
import { FACILITATOR, SYSTEM } from "../helpers/game.ts";
import { ana, bo, codeOf, forum, forumScenario, tableNorm } from "../helpers/forum.ts";
import { RULES } from "../../shared/rules/constants.ts";

const timers = forumScenario().forum.timers;

describe("pause and resume", () => {
  it("F6: while paused, player actions are refused with session/paused and no timer expires", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "session.pause" });
    expect(g.state.paused).toEqual({ since: g.now });
    expect(codeOf(g, ana, { type: "floor.request" })).toBe("session/paused");
    expect(codeOf(g, ana, { type: "message.team", text: "hello" })).toBe("session/paused");
    g.tick(timers.negotiation * 1000 + 1);
    expect(codeOf(g, SYSTEM, { type: "phase.expire" })).toBe("session/paused");
    expect(codeOf(g, FACILITATOR, { type: "session.pause" })).toBe("session/paused");
    // the chair and joining players are not held up
    g.do(SYSTEM, { type: "player.join", playerId: "late", name: "Late" });
    g.do(FACILITATOR, { type: "chair.broadcast", text: "Five minutes, please." });
  });

  it("F7: resuming shifts the phase deadline, the speaker's turn and the silence deadline by the time paused", () => {
    const g = forum("negotiation");
    g.do(FACILITATOR, { type: "floor.give", seat: "MER" });
    const phase = g.state.deadline ?? 0;
    const turn = g.state.floor.speaker?.deadline ?? 0;
    g.tick(5_000).do(FACILITATOR, { type: "session.pause" }).tick(60_000);
    expect(codeOf(g, FACILITATOR, { type: "session.resume" })).toBe("ok");
    expect(g.state.deadline).toBe(phase + 60_000);
    expect(g.state.floor.speaker?.deadline).toBe(turn + 60_000);
    expect(codeOf(g, FACILITATOR, { type: "session.resume" })).toBe("session/not-paused");
    // the paused minute is not booked as speaking time
    g.do(FACILITATOR, { type: "floor.next" });
    expect(g.state.floor.used.MER).toBe(5_000);

    const s = forum("negotiation", { decisionRule: "consensus", silenceProcedure: true });
    tableNorm(s, ana).advanceTo("voting");
    const silence = s.state.silence?.deadline ?? 0;
    s.do(FACILITATOR, { type: "session.pause" }).tick(30_000).do(FACILITATOR, { type: "session.resume" });
    expect(s.state.silence?.deadline).toBe(silence + 30_000);
  });

  it("F11: a phase entered while paused starts its clock when the session resumes", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "session.pause" }).tick(10_000);
    g.do(FACILITATOR, { type: "phase.advance" }).tick(20_000).do(FACILITATOR, { type: "session.resume" });
    expect(g.state.stage).toBe("voting");
    expect(g.state.deadline).toBe(g.now + timers.voting * 1000);
  });
});

describe("extending, ending and configuring", () => {
  it("F8: the chair extends the current phase by N seconds, within the limit", () => {
    const g = forum("negotiation");
    const before = g.state.deadline ?? 0;
    g.do(FACILITATOR, { type: "phase.extend", seconds: 120 });
    expect(g.state.deadline).toBe(before + 120_000);
    const r = g.try(FACILITATOR, { type: "phase.extend", seconds: RULES.maxPhaseExtensionSeconds + 1 });
    expect(r.ok ? null : r.error).toEqual({ code: "rule/limit", message: expect.stringContaining(String(RULES.maxPhaseExtensionSeconds)) });
    expect(codeOf(g, ana, { type: "phase.extend", seconds: 10 })).toBe("role/not-allowed");
    expect(codeOf(forum("lobby"), FACILITATOR, { type: "phase.extend", seconds: 10 })).toBe("session/not-started");
  });

  it("F9: the chair ends the game early; the open question closes with the ballots cast", () => {
    const g = forum("negotiation");
    tableNorm(g, ana).advanceTo("voting").do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" });
    expect(codeOf(g, ana, { type: "session.end" })).toBe("role/not-allowed");
    g.do(FACILITATOR, { type: "session.end" });
    expect(g.state.stage).toBe("ended");
    expect(g.state.deadline).toBeNull();
    expect(g.state.proposals[0]).toMatchObject({ status: "adopted", tally: { yes: 1 } });
    expect(g.state.journal.some((e) => e.event.type === "session.ended")).toBe(true);
    expect(codeOf(g, FACILITATOR, { type: "session.end" })).toBe("session/ended");
  });

  it("F10: in the lobby the chair may switch to a secret ballot and the silence procedure; not after the start", () => {
    const g = forum("lobby").do(FACILITATOR, { type: "session.configure", votingMode: "secret", silenceProcedure: true });
    expect(g.state.procedure).toEqual({ votingMode: "secret", silenceProcedure: true });
    g.do(FACILITATOR, { type: "session.start" });
    expect(codeOf(g, FACILITATOR, { type: "session.configure", votingMode: "roll-call" })).toBe("phase/not-allowed");
    expect(codeOf(forum("lobby"), bo, { type: "session.configure" })).toBe("role/not-allowed");
  });
});
