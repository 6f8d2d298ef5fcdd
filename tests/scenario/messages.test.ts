// What instructors read: plain messages, every problem at once, lines for YAML and JSON alike.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { MAX_SCENARIO_CHARS, formatIssue, parseScenario, validateScenario } from "../../shared/scenario/parse.ts";
import { migrateScenario } from "../../shared/scenario/migrate.ts";
import { closest } from "../../shared/scenario/suggest.ts";

const quickstart = readFileSync(fileURLToPath(new URL("../../server/scenarios/quickstart.yaml", import.meta.url)), "utf8");
const quickstartData = (): Record<string, unknown> => parseYaml(quickstart) as Record<string, unknown>;

function issuesOf(source: string): string[] {
  const result = parseScenario(source);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("scenario messages", () => {
  it("accepts the same scenario written as JSON, and reports JSON lines", () => {
    const data = quickstartData();
    expect(parseScenario(JSON.stringify(data, null, 2)).ok).toBe(true);
    const broken = JSON.stringify({ ...data, seed: "one" }, null, 2);
    const line = broken.split("\n").findIndex((l) => l.includes('"seed"')) + 1;
    expect(issuesOf(broken)).toEqual([`seed: expected a number, got text "one" (line ${line})`]);
  });

  it("reports shape and cross-reference problems together, in file order", () => {
    const source = quickstart.replace("capacity: 6", "capacity: 6.5").replace("rounds:\n  - injects: []", "rounds:\n  - injects: [ghost]");
    const issues = issuesOf(source);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^delegations\[0\]\.capacity: expected a whole number, got 6\.5 \(line \d+\)$/);
    expect(issues[1]).toMatch(/^rounds\[0\]\.injects\[0\]: "ghost" is not an inject in this scenario \(line \d+\)$/);
  });

  it("splits several unknown fields into one message each, with suggestions where one fits", () => {
    const source = quickstart.replace("seed: 1", "seed: 1\nsed: 2\nbanana: yes");
    const issues = issuesOf(source);
    expect(issues).toContain('sed: unknown field "sed" (did you mean "seed"?) (line 11)');
    expect(issues).toContain('banana: unknown field "banana" (line 12)');
  });

  it("names too-long text and too many items in words", () => {
    const data = quickstartData();
    const long = { ...data, title: "x".repeat(130), rounds: Array.from({ length: 13 }, () => ({ injects: [] })) };
    const result = validateScenario(long);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      "title: is too long: at most 120 characters (got 130)",
      "rounds: has too many items: at most 12 (got 13)",
    ]);
  });

  it("checks objective goals, discoverable evidence and observers against the rest of the file", () => {
    const data = quickstartData();
    const delegations = data.delegations as Record<string, unknown>[];
    const val = { ...delegations[0], objectives: [{ id: "O1", text: "t", points: 5, goal: { kind: "cbm-established", cbm: "CBM-none" } }] };
    const observer = { ...delegations[2], id: "OBS", name: "Watchers", capabilities: { offense: 2, defense: 1, intelligence: 1, dependency: 1, weight: 1 } };
    const inject = {
      id: "i1", title: "t", narrative: "n", victims: ["TAM"], truth: { perpetrator: "VAL", kind: "state", summary: "s" },
      evidence: [{ id: "e1", kind: "sigint", title: "t", text: "t", grade: "B2", visibility: { kind: "discoverable", cost: 1, minIntelligence: 5 } }],
    };
    const tooHigh = structuredClone(data);
    (tooHigh.delegations as Record<string, unknown>[])[0] = { ...val, capabilities: { offense: 5, defense: 4, intelligence: 4, dependency: 5, weight: 5 } };
    const result = validateScenario({ ...tooHigh, observers: [observer], injects: [inject], rounds: [{ injects: ["i1"] }] });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'delegations[0].objectives[0].goal.cbm: "CBM-none" is not a confidence-building measure listed under cbms',
      "observers[0].capabilities.offense: observers have no offensive options, so offense must be 0 (got 2)",
      "injects[0].evidence[0].visibility.minIntelligence: needs intelligence reach 5, but no seat has more than 4, so nobody could ever uncover it",
    ]);
  });

  it("refuses a truth revealed before its inject fires", () => {
    const data = quickstartData();
    const inject = { id: "i1", title: "t", narrative: "n", victims: ["TAM"], truth: { perpetrator: "VAL", kind: "state", summary: "s", revealRound: 1 } };
    const result = validateScenario({ ...data, injects: [inject], rounds: [{}, { injects: ["i1"] }] });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(["injects[0].truth.revealRound: the truth is revealed in round 1, before the inject fires in round 2"]);
  });

  it("refuses an empty file, a list, and a file past the size limit", () => {
    expect(issuesOf("")).toEqual(["the file is empty; a scenario starts with `schemaVersion: 1`"]);
    expect(issuesOf("- a\n- b\n")[0]).toMatch(/^a scenario is a group of fields/);
    expect(issuesOf("#".repeat(MAX_SCENARIO_CHARS + 1))[0]).toMatch(/^the file is too large/);
  });

  it("leaves a current-version file unchanged and refuses a newer one", () => {
    const data = quickstartData();
    expect(migrateScenario(data)).toEqual({ ok: true, data });
    expect(migrateScenario({ ...data, schemaVersion: 9 })).toMatchObject({ ok: false, message: expect.stringContaining("version 9") });
  });

  it("suggests only plausible typos", () => {
    expect(closest("decisonRule", ["decisionRule", "votingMode"])).toBe("decisionRule");
    expect(closest("ZZZ", ["VAL", "KAR"])).toBeUndefined();
    expect(closest("val", ["VAL"])).toBe("VAL");
  });
});
