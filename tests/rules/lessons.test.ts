import { describe, expect, it } from "vitest";
import { playGame } from "../../shared/bots/play.ts";
import { lessonsOf } from "../../shared/rules/crisis/lessons.ts";
import { replay } from "../../shared/rules/engine.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import { viewFor } from "../../shared/view/view-for.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const standard = loadBuiltin("standard");
const presence = { players: new Set<string>(), facilitator: true };

describe("debrief lessons", () => {
  const game = playGame(standard, 3);
  const lessons = lessonsOf(game.state);

  it("D3: the end draws at most six lessons from the record, most telling first, always with the escalation", () => {
    expect(lessons.length).toBeGreaterThan(1);
    expect(lessons.length).toBeLessThanOrEqual(6);
    const escalation = lessons.find((l) => l.kind === "escalation");
    expect(escalation).toEqual({ kind: "escalation", from: game.state.crisis.series[0]?.escalation, to: game.state.escalation, unanswered: expect.any(Number) });
    const order = ["norm-tipped", "norm-enforced", "wrong-attribution", "norm-eroded", "escalation", "pledges"];
    const ranks = lessons.map((l) => order.indexOf(l.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("D3: a wrong public attribution becomes a lesson naming who accused whom and the truth", () => {
    // the first seed whose game has a wrong public attribution and room for it among the lessons
    const found = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      .map((seed) => playGame(standard, seed).state)
      .map((state) => ({ state, lessons: lessonsOf(state) }))
      .find((g) => g.lessons.some((l) => l.kind === "wrong-attribution"));
    expect(found).toBeDefined();
    const lesson = found?.lessons.find((l) => l.kind === "wrong-attribution");
    const statement = found?.state.crisis.statements.find((s) => s.inject === (lesson?.kind === "wrong-attribution" ? lesson.inject : "") && s.correct === false);
    expect(lesson).toMatchObject({ accused: statement?.accused, truth: expect.any(String) });
    if (lesson?.kind === "wrong-attribution") expect(lesson.truth).not.toBe(lesson.accused);
  });

  it("D3: lessons reach players only once the game has ended; the facilitator sees them as they form", () => {
    const mid = replay(createInitialState(standard, 3), game.log.slice(0, Math.floor(game.log.length * 0.7)));
    expect(viewFor(mid, { kind: "player", playerId: "bot-VAL" }, presence, 0).crisis.lessons).toEqual([]);
    expect(viewFor(mid, { kind: "facilitator" }, presence, 0).crisis.lessons.length).toBeGreaterThan(0);
    expect(viewFor(game.state, { kind: "spectator" }, presence, 0).crisis.lessons).toEqual(lessons);
  });
});
