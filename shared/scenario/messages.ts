// Plain-language messages for zod's issues, for instructors who write scenarios by hand.
// zod's defaults ("Invalid input: expected int, received number") assume a programmer.
import type { z } from "zod";
import { formatPath } from "./issue.ts";
import { didYouMean } from "./suggest.ts";

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return JSON.stringify(short);
}

/** What the author wrote, in words: `text "six"`, `the number 3.5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value.trim() === "" ? "empty text" : `text ${quote(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  return typeof value;
}

function showOption(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  return typeof key === "string" ? key : "";
}

function typeMessage(iss: Extract<RawIssue, { code: "invalid_type" }>): string {
  if (iss.input === undefined) {
    const key = lastKey(iss.path ?? []);
    return key ? `required field "${key}" is missing` : "a required value is missing";
  }
  const expected = EXPECTED[iss.expected] ?? iss.expected;
  if (iss.input === null) return `has no value; expected ${expected}`;
  if (iss.expected === "int" && typeof iss.input === "number") return `expected a whole number, got ${iss.input}`;
  return `expected ${expected}, got ${describeValue(iss.input)}`;
}

function sizeMessage(iss: Extract<RawIssue, { code: "too_small" | "too_big" }>): string {
  const small = iss.code === "too_small";
  const limit = Number(small ? iss.minimum : iss.maximum);
  const exclusive = iss.inclusive === false;
  const input = iss.input;
  switch (iss.origin) {
    case "string": {
      const length = typeof input === "string" ? input.trim().length : 0;
      if (small) return limit <= 1 ? "must not be empty" : `is too short: at least ${limit} characters (got ${length})`;
      return `is too long: at most ${limit} characters (got ${length})`;
    }
    case "array": {
      const count = Array.isArray(input) ? input.length : 0;
      const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;
      return small ? `needs at least ${items(limit)} (got ${count})` : `has too many items: at most ${limit} (got ${count})`;
    }
    default: {
      const got = typeof input === "number" ? ` (got ${input})` : "";
      if (small) return `must be ${exclusive ? "more than" : "at least"} ${limit}${got}`;
      return `must be ${exclusive ? "less than" : "at most"} ${limit}${got}`;
    }
  }
}

function optionMessage(options: readonly unknown[], input: unknown, path: readonly PropertyKey[]): string {
  if (input === undefined) {
    const key = lastKey(path);
    return `required field ${key ? `"${key}" ` : ""}is missing; it must be one of ${options.map(showOption).join(", ")}`;
  }
  const typo = typeof input === "string" ? didYouMean(input, options.filter((o): o is string => typeof o === "string")) : "";
  if (options.length === 1) return `must be ${showOption(options[0])}, got ${describeValue(input)}${typo}`;
  return `must be one of ${options.map(showOption).join(", ")}; got ${describeValue(input)}${typo}`;
}

/**
 * Builds an error map for one parse. Unknown fields are split into one issue per field later
 * (parse.ts), so the map records each object's known fields by path for the suggestions.
 */
export function scenarioErrorMap(knownFields: Map<string, readonly string[]>): z.core.$ZodErrorMap {
  return (iss) => {
    switch (iss.code) {
      case "invalid_type":
        return typeMessage(iss);
      case "too_small":
      case "too_big":
        return sizeMessage(iss);
      case "invalid_value":
        return optionMessage(iss.values, iss.input, iss.path ?? []);
      case "unrecognized_keys": {
        const def: unknown = iss.inst?._zod.def;
        const shape = typeof def === "object" && def !== null && "shape" in def ? def.shape : undefined;
        if (typeof shape === "object" && shape !== null) knownFields.set(formatPath(iss.path ?? []), Object.keys(shape));
        return `unknown ${iss.keys.length === 1 ? "field" : "fields"} ${iss.keys.map((k) => `"${k}"`).join(", ")}`;
      }
      case "invalid_union":
        if (iss.discriminator !== undefined && "options" in iss && Array.isArray(iss.options)) {
          const input: unknown = iss.input;
          const tag = typeof input === "object" && input !== null && iss.discriminator in input ? (input as Record<string, unknown>)[iss.discriminator] : undefined;
          return optionMessage(iss.options, tag, iss.path ?? []);
        }
        return `does not match any allowed form (got ${describeValue(iss.input)})`;
      default:
        return undefined;
    }
  };
}

/** Regex checks carry their own wording in the schema ("an Admiralty grade such as B2"); add what was written. */
export function formatMessage(message: string, input: unknown): string {
  const got = describeValue(input);
  return /^an? /.test(message) ? `expected ${message}, got ${got}` : `${message} (got ${got})`;
}

/** The message for one unknown field, with a suggestion from the object's known fields. */
export function unknownFieldMessage(key: string, known: readonly string[] | undefined): string {
  return `unknown field "${key}"${didYouMean(key, known ?? [])}`;
}
