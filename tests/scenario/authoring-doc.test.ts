// The complete example in the authoring guide must stay valid, or the guide teaches mistakes.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue, parseScenario } from "../../shared/scenario/parse.ts";
import { randomPlay } from "../helpers/random-play.ts";

const guide = readFileSync(fileURLToPath(new URL("../../docs/scenario-authoring.md", import.meta.url)), "utf8");

function exampleFromGuide(): string {
  const match = /<!-- example: complete -->\s*```yaml\n([\s\S]*?)\n```/.exec(guide);
  if (!match?.[1]) throw new Error("docs/scenario-authoring.md has no ```yaml block after <!-- example: complete -->");
  return match[1];
}

describe("scenario authoring guide", () => {
  it("its complete example validates", () => {
    const result = parseScenario(exampleFromGuide());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("its complete example plays to the end", () => {
    const result = parseScenario(exampleFromGuide());
    if (!result.ok) throw new Error("the example is invalid");
    expect(randomPlay(result.scenario, 5).state.stage).toBe("ended");
  });

  it("explains every top-level field of the format", () => {
    const shape = parseScenario(exampleFromGuide());
    expect(shape.ok).toBe(true);
    if (!shape.ok) return;
    for (const field of Object.keys(shape.scenario)) expect(guide).toContain(`| \`${field}\` |`);
  });
});
