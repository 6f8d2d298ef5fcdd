// One problem found in a scenario file, and how it is written for an instructor to read.

export type ScenarioIssue = {
  /** Where, as a path into the file: `injects[2].evidence[0].pointsTo`. Empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** 1-based line in the source file, when known. */
  readonly line?: number;
};

export type IssuePath = readonly PropertyKey[];

/** Finds the source line of a path; scenarios validated from plain data have none. */
export type LineOf = (path: IssuePath) => number | undefined;

export function formatPath(path: IssuePath): string {
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

export function makeIssue(path: IssuePath, message: string, lineOf: LineOf): ScenarioIssue {
  const line = lineOf(path);
  return { path: formatPath(path), message, ...(line ? { line } : {}) };
}
