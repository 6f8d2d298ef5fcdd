// The validator CLI as an instructor runs it: OK lines, file:line messages, exit codes.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = "server/cli/validate-scenario.ts";

function run(...files: string[]) {
  const out = spawnSync(process.execPath, [cli, ...files], { cwd: root, encoding: "utf8" });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe("scenario:validate CLI", () => {
  it("prints OK for every valid file and exits 0", () => {
    const r = run("server/scenarios/seminar.yaml", "server/scenarios/standard.yaml", "server/scenarios/full-forum.yaml");
    expect(r.stdout.trim().split("\n")).toEqual([
      "OK server/scenarios/seminar.yaml",
      "OK server/scenarios/standard.yaml",
      "OK server/scenarios/full-forum.yaml",
    ]);
    expect(r.status).toBe(0);
  });

  it("prints every problem as file:line: path: message and exits 1", () => {
    const file = "tests/scenario/broken/several-at-once.yaml";
    const r = run("server/scenarios/quickstart.yaml", file);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("OK server/scenarios/quickstart.yaml");
    expect(lines).toContain(`${file}:30: delegations[1].capacity: expected a number, got text "six"`);
    expect(lines).toContain(`${file}:52: injects[0].evidence[0].pointsTo: "ZAR" is not a delegation, observer or actor in this scenario (did you mean "KAR"?)`);
    expect(lines).toHaveLength(6);
    expect(r.status).toBe(1);
  });

  it("reports a missing file without a stack trace", () => {
    const r = run("no/such/scenario.yaml");
    expect(r.stdout.trim()).toBe("no/such/scenario.yaml: cannot read the file (no such file)");
    expect(r.status).toBe(1);
  });

  it("explains its usage when called without files", () => {
    const r = run();
    expect(r.stderr).toContain("usage: npm run scenario:validate");
    expect(r.status).toBe(2);
  });
});
