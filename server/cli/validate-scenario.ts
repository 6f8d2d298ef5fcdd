// npm run scenario:validate -- <file>…
// Prints "OK <file>" for each valid scenario, or every problem as "<file>:<line>: <path>: <message>".
// Exits 1 when any file has a problem, 2 when called without files.
import { readFileSync } from "node:fs";
import { parseScenario, type ScenarioIssue } from "../../shared/scenario/parse.ts";

function formatForFile(file: string, issue: ScenarioIssue): string {
  const where = issue.line ? `${file}:${issue.line}` : file;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}

function validateFile(file: string): string[] {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    return [`${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code})`];
  }
  const result = parseScenario(source);
  return result.ok ? [] : result.issues.map((issue) => formatForFile(file, issue));
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run scenario:validate -- <scenario.yaml|scenario.json>…");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const problems = validateFile(file);
  if (problems.length === 0) console.log(`OK ${file}`);
  else {
    failed = true;
    for (const line of problems) console.log(line);
  }
}
process.exit(failed ? 1 : 0);
