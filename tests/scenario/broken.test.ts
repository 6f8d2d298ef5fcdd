// Every file under broken/ holds one kind of mistake and lists, in trailing `# expect:` comments
// (or a `<file>.expect` sidecar for JSON), exactly the problems the validator must report.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue, parseScenario } from "../../shared/scenario/parse.ts";

const dir = fileURLToPath(new URL("./broken/", import.meta.url));
const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

function expectations(file: string, source: string): string[] {
  const sidecar = join(dir, `${file}.expect`);
  if (existsSync(sidecar)) return readFileSync(sidecar, "utf8").split("\n").filter((l) => l.trim() !== "");
  return source
    .split("\n")
    .filter((l) => l.startsWith("# expect: "))
    .map((l) => l.slice("# expect: ".length));
}

describe("broken scenarios", () => {
  it("the corpus covers the kinds of mistake instructors make", () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const kind of ["missing-required-field", "unknown-reference", "duplicate-id", "out-of-range-number", "wrong-type", "bad-yaml-syntax", "unknown-field"]) {
      expect(files.some((f) => f.startsWith(kind))).toBe(true);
    }
  });

  it.each(files)("%s reports exactly its problems, with path and line", (file) => {
    const source = readFileSync(join(dir, file), "utf8");
    const expected = expectations(file, source);
    expect(expected.length).toBeGreaterThan(0);
    const result = parseScenario(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual(expected);
    for (const issue of result.issues) expect(issue.line).toBeGreaterThan(0);
  });
});
