// The built-in scenarios are what classes play: they must validate and keep to the content
// rules the schema leaves open (sizes per format, the full GGE catalogue, readable emblems).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../shared/scenario/parse.ts";
import { PHASES } from "../../shared/scenario/schema.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const GGE_NORMS = ["N-a", "N-b", "N-c", "N-d", "N-e", "N-f", "N-g", "N-h", "N-i", "N-j", "N-k"];

const FORMATS = [
  { id: "seminar", minutes: 45, delegations: [4, 6], rounds: [2, 3], injects: [2, 3], rule: "simple-majority" },
  { id: "standard", minutes: 120, delegations: [8, 12], rounds: [4, 5], injects: [4, 10], rule: "consensus" },
  { id: "full-forum", minutes: 180, delegations: [14, 16], rounds: [6, 12], injects: [8, 16], rule: "two-thirds" },
] as const;

describe.each(FORMATS)("built-in scenario $id", (format) => {
  const scenario = loadBuiltin(format.id);
  const seats = [...scenario.delegations, ...scenario.observers];

  it("parses and validates with its id matching the file name", () => {
    const source = readFileSync(fileURLToPath(new URL(`../../server/scenarios/${format.id}.yaml`, import.meta.url)), "utf8");
    const result = parseScenario(source);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(scenario.id).toBe(format.id);
  });

  it("fits its format: duration, delegations, rounds, injects, decision rule", () => {
    expect(scenario.durationMinutes).toBe(format.minutes);
    expect(scenario.delegations.length).toBeGreaterThanOrEqual(format.delegations[0]);
    expect(scenario.delegations.length).toBeLessThanOrEqual(format.delegations[1]);
    expect(scenario.rounds.length).toBeGreaterThanOrEqual(format.rounds[0]);
    expect(scenario.rounds.length).toBeLessThanOrEqual(format.rounds[1]);
    expect(scenario.injects.length).toBeGreaterThanOrEqual(format.injects[0]);
    expect(scenario.injects.length).toBeLessThanOrEqual(format.injects[1]);
    expect(scenario.forum.decisionRule).toBe(format.rule);
  });

  it("its phase timers fit in the session, leaving time for the debrief", () => {
    const seconds = scenario.rounds.reduce(
      (sum, round) => sum + PHASES.reduce((a, phase) => a + (round.timers?.[phase] ?? scenario.forum.timers[phase]), 0),
      0,
    );
    expect(seconds).toBeLessThanOrEqual(scenario.durationMinutes * 60 * 0.95);
    expect(seconds).toBeGreaterThanOrEqual(scenario.durationMinutes * 60 * 0.6);
  });

  it("carries the eleven 2015 GGE norms and at least four newer candidates", () => {
    const ids = scenario.norms.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(GGE_NORMS));
    expect(scenario.norms.filter((n) => GGE_NORMS.includes(n.id)).every((n) => n.source === "gge-2015")).toBe(true);
    expect(scenario.norms.filter((n) => n.source === "candidate").length).toBeGreaterThanOrEqual(4);
    expect(scenario.norms.find((n) => n.id === "N-f")?.violatedBy).toContain("covert-operation");
  });

  it("offers the core confidence-building measures", () => {
    expect(scenario.cbms.map((c) => c.id)).toEqual(expect.arrayContaining(["CBM-poc", "CBM-incident-channel", "CBM-attribution-review"]));
  });

  it("gives every seat a unique colour-and-shape emblem and objectives, some secret", () => {
    const emblems = new Set(seats.map((s) => `${s.emblem.colour.toLowerCase()}/${s.emblem.shape}`));
    expect(emblems.size).toBe(seats.length);
    for (const seat of seats) {
      expect(seat.objectives.length).toBeGreaterThan(0);
      expect(seat.redLines.length).toBeGreaterThan(0);
    }
    expect(seats.filter((s) => s.objectives.some((o) => o.secret)).length).toBeGreaterThanOrEqual(scenario.delegations.length);
  });

  it("schedules every inject once, each with misleading and hidden evidence somewhere", () => {
    const scheduled = scenario.rounds.flatMap((r) => r.injects);
    expect([...scheduled].sort()).toEqual(scenario.injects.map((i) => i.id).sort());
    const evidence = scenario.injects.flatMap((i) => i.evidence);
    expect(evidence.some((e) => e.misleading)).toBe(true);
    expect(evidence.some((e) => e.visibility.kind === "private")).toBe(true);
    expect(evidence.some((e) => e.visibility.kind === "discoverable")).toBe(true);
    for (const inject of scenario.injects) expect(inject.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it("reveals some truths during play and keeps others for the end", () => {
    const reveals = scenario.injects.map((i) => i.truth.revealRound);
    expect(reveals.some((r) => r !== undefined && r < scenario.rounds.length)).toBe(true);
    if (format.id !== "seminar") expect(reveals.some((r) => r === undefined)).toBe(true);
  });
});

describe("the built-ins together", () => {
  it("hold at least six different injects and vary the decision rule", () => {
    const all = FORMATS.map((f) => loadBuiltin(f.id));
    expect(new Set(all.flatMap((s) => s.injects.map((i) => i.id))).size).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((s) => s.forum.decisionRule)).size).toBe(3);
    expect(all.some((s) => s.forum.silenceProcedure)).toBe(true);
  });

  it("quickstart stays valid", () => {
    expect(loadBuiltin("quickstart").id).toBe("quickstart");
  });
});
