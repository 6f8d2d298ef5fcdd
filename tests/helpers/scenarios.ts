// Loads built-in scenario files for tests, failing loudly with every issue if one is invalid.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssue, parseScenario } from "../../shared/scenario/parse.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";

export function loadBuiltin(id: string): Scenario {
  const file = fileURLToPath(new URL(`../../server/scenarios/${id}.yaml`, import.meta.url));
  const result = parseScenario(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(`${id}.yaml is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
  return result.scenario;
}
