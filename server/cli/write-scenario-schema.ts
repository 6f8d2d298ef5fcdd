// npm run scenario:schema — regenerates the published JSON Schema from the zod scenario schema.
// A test fails when the committed file is out of date, so run this after changing schema.ts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";

const target = fileURLToPath(new URL(`../../${SCENARIO_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${SCENARIO_SCHEMA_FILE}`);
