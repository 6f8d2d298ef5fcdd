// Scenario files carry a schemaVersion. When the format changes, a migration here lifts an
// older file to the current version before validation, so instructors' files keep working.
import { SCENARIO_SCHEMA_VERSION } from "./schema.ts";

type Data = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file. Version 1 is the first. */
const MIGRATIONS: Readonly<Record<number, (data: Data) => Data>> = {};

export type MigrateResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly message: string };

export function migrateScenario(data: unknown): MigrateResult {
  if (data === null || data === undefined) return { ok: false, message: "the file is empty; a scenario starts with `schemaVersion: 1`" };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, message: "a scenario is a group of fields (schemaVersion, id, title, …), not a single value or a list" };
  }
  const record = data as Data;
  let version = record.schemaVersion;
  // a missing or malformed version is reported by the schema with the other problems
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: true, data };
  if (version > SCENARIO_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `this file is written for scenario format version ${version}, but this version of Normcraft reads version ${SCENARIO_SCHEMA_VERSION}; update Normcraft or rewrite the file`,
    };
  }
  let current = record;
  while (version < SCENARIO_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `there is no way to update a version ${version} scenario to version ${version + 1}` };
    current = { ...step(current), schemaVersion: version + 1 };
    version++;
  }
  return { ok: true, data: current };
}
