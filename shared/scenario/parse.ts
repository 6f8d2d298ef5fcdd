// Reading a scenario file: YAML or JSON text → a validated Scenario, or every problem found.
import { parseDocument, LineCounter } from "yaml";
import type { z } from "zod";
import { Scenario } from "./schema.ts";
import { crossReferenceIssues } from "./validate.ts";

export type ScenarioIssue = {
  /** Where, as a path into the file: `injects[2].evidence[0].pointsTo`. Empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** 1-based line in the source file, when known. */
  readonly line?: number;
};

export type ParseResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Parses YAML (a superset of JSON) and validates shape, ranges and cross-references. */
export function parseScenario(source: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        path: "",
        message: `not valid YAML or JSON: ${e.message.split("\n")[0]}`,
        ...(e.linePos?.[0] ? { line: e.linePos[0].line } : {}),
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return validateScenario(doc.toJS(), lineOf);
}

/** Validates an already-parsed object (from JSON upload or tests). */
export function validateScenario(data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): ParseResult {
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => toIssue(i, lineOf)) };
  const crossIssues = crossReferenceIssues(parsed.data);
  if (crossIssues.length > 0) {
    return {
      ok: false,
      issues: crossIssues.map((i) => {
        const line = lineOf(i.path);
        return { path: formatPath(i.path), message: i.message, ...(line ? { line } : {}) };
      }),
    };
  }
  return { ok: true, scenario: parsed.data };
}

function toIssue(issue: z.core.$ZodIssue, lineOf: (path: readonly PropertyKey[]) => number | undefined): ScenarioIssue {
  const line = lineOf(issue.path);
  return { path: formatPath(issue.path), message: issue.message, ...(line ? { line } : {}) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path ? `${issue.path}: ` : "";
  return `${where}${issue.message}${issue.line ? ` (line ${issue.line})` : ""}`;
}
