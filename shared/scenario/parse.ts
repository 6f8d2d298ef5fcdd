// Reading a scenario file: YAML or JSON text → a validated Scenario, or every problem found.
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { formatPath, makeIssue, type LineOf, type ScenarioIssue } from "./issue.ts";
import { formatMessage, scenarioErrorMap, unknownFieldMessage } from "./messages.ts";
import { migrateScenario } from "./migrate.ts";
import { Scenario } from "./schema.ts";
import { lineFinder } from "./source-lines.ts";
import { crossReferenceIssues } from "./validate.ts";

export { formatIssue, formatPath, type ScenarioIssue } from "./issue.ts";

export type ParseResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Uploads and files beyond this are refused before parsing; the largest built-in is far smaller. */
export const MAX_SCENARIO_CHARS = 1_000_000;

const noLines: LineOf = () => undefined;

/** Parses YAML (a superset of JSON) and validates shape, ranges and cross-references. */
export function parseScenario(source: string): ParseResult {
  if (source.length > MAX_SCENARIO_CHARS) {
    return { ok: false, issues: [{ path: "", message: `the file is too large (${source.length} characters; at most ${MAX_SCENARIO_CHARS})` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const line = lineCounter.linePos(e.pos[0]).line;
        return { path: "", message: `not valid YAML or JSON: ${yamlMessage(e.code, e.message)}`, ...(line ? { line } : {}) };
      }),
    };
  }
  return validateScenario(doc.toJS({ maxAliasCount: 100 }), lineFinder(doc, lineCounter));
}

/** Validates an already-parsed object (from JSON upload or tests). */
export function validateScenario(data: unknown, lineOf: LineOf = noLines): ParseResult {
  const migrated = migrateScenario(data);
  if (!migrated.ok) return { ok: false, issues: [makeIssue([], migrated.message, lineOf)] };
  const knownFields = new Map<string, readonly string[]>();
  const parsed = Scenario.safeParse(migrated.data, { error: scenarioErrorMap(knownFields), reportInput: true });
  const shapeIssues = parsed.success ? [] : parsed.error.issues.flatMap((i) => shapeIssue(i, knownFields, lineOf));
  const crossIssues = crossReferenceIssues(parsed.success ? parsed.data : migrated.data)
    .map((i) => makeIssue(i.path, i.message, lineOf))
    // a value the schema already rejected needs no second message
    .filter((c) => !shapeIssues.some((s) => s.path === c.path));
  const issues = [...shapeIssues, ...crossIssues];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: sortByLine(issues) };
  return { ok: true, scenario: parsed.data };
}

function shapeIssue(issue: z.core.$ZodIssue, knownFields: ReadonlyMap<string, readonly string[]>, lineOf: LineOf): ScenarioIssue[] {
  if (issue.code === "unrecognized_keys") {
    const known = knownFields.get(formatPath(issue.path));
    return issue.keys.map((key) => makeIssue([...issue.path, key], unknownFieldMessage(key, known), lineOf));
  }
  if (issue.code === "invalid_format" && issue.format === "regex") return [makeIssue(issue.path, formatMessage(issue.message, issue.input), lineOf)];
  return [makeIssue(issue.path, issue.message, lineOf)];
}

/** Reading order: by line, issues without a line last; the sort is stable within a line. */
function sortByLine(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

function yamlMessage(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return `a field appears twice in the same place (${message.split("\n")[0]})`;
  if (code === "TAB_AS_INDENT") return "indent with spaces, not tabs";
  return message.split("\n")[0] ?? message;
}
