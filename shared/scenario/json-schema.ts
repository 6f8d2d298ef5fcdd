// The published JSON Schema of the scenario format, generated from the zod schema so the two
// never disagree. Editors use it for completion; `npm run scenario:schema` writes it to disk.
import { z } from "zod";
import { SCENARIO_SCHEMA_VERSION, Scenario } from "./schema.ts";

export const SCENARIO_SCHEMA_FILE = "shared/scenario/scenario.schema.json";

export function scenarioJsonSchema(): Record<string, unknown> {
  // "input": what an author writes, so fields with defaults are optional
  const generated = z.toJSONSchema(Scenario, { io: "input", target: "draft-2020-12" });
  return {
    ...generated,
    $id: "https://normcraft.example/scenario.schema.json",
    title: `Normcraft scenario (format version ${SCENARIO_SCHEMA_VERSION})`,
    description: "A Normcraft scenario: forum, delegations, observers, norms, injects with evidence and truth, round plan. See docs/scenario-authoring.md.",
  };
}

/** The file's exact text, so the freshness test and the writer agree byte for byte. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
