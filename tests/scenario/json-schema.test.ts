// The committed JSON Schema is generated from the zod schema; it must never drift from it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";

const committed = readFileSync(fileURLToPath(new URL(`../../${SCENARIO_SCHEMA_FILE}`, import.meta.url)), "utf8");

describe("scenario JSON Schema", () => {
  it("is up to date with shared/scenario/schema.ts (run `npm run scenario:schema` if not)", () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it("describes what authors write: defaulted fields are optional, unknown fields are refused", () => {
    const schema = scenarioJsonSchema() as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "id", "forum", "delegations", "norms", "rounds"]));
    expect(schema.required).not.toContain("observers");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("injects");
  });
});
