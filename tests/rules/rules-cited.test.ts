// RULES.md and the tests keep each other honest: every rule id is cited by a test name.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const rules = [...readFileSync(join(root, "RULES.md"), "utf8").matchAll(/^- \*\*([A-Z]+\d+)\*\*/gm)].map((m) => m[1] ?? "");

function testSources(dir: string): string {
  let text = "";
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) text += testSources(path);
    else if (entry.name.endsWith(".test.ts")) text += readFileSync(path, "utf8");
  }
  return text;
}

describe("RULES.md", () => {
  const tests = testSources(join(root, "tests"));

  it("lists rules, each id once", () => {
    expect(rules.length).toBeGreaterThan(80);
    expect(rules.filter((id, i) => rules.indexOf(id) !== i)).toEqual([]);
  });

  it("every rule is cited by at least one test (as 'ID:' or 'ID/' at the start of a name)", () => {
    const cited = (id: string) => new RegExp(`["'\`/ ]${id}[:/]`).test(tests);
    expect(rules.filter((id) => !cited(id))).toEqual([]);
  });
});
