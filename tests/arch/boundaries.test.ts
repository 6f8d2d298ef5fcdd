// Architecture rules, checked on the source: shared/ stays pure, and only the network
// adapters know Colyseus.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name)) out.push({ file: relative(root, path), text: readFileSync(path, "utf8") });
    }
  };
  walk(join(root, dir));
  return out;
}

/** Module specifiers of runtime imports (type-only imports are erased and allowed). */
function runtimeImports(text: string): string[] {
  const specs: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (spec) specs.push(spec);
  }
  return specs;
}

/** Code with comments and string contents removed, so prose cannot trip the checks. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
}

describe("architecture", () => {
  const shared = sources("shared");

  it("shared/ has sources to check", () => {
    expect(shared.length).toBeGreaterThan(10);
  });

  it("shared/ imports no Colyseus, Phaser, node built-ins or I/O libraries", () => {
    const forbidden = /^(@colyseus\/|phaser|node:|fs$|path$|crypto$|os$|http$|ws$|express$|pg$)/;
    const offences = shared.flatMap(({ file, text }) => runtimeImports(text).filter((s) => forbidden.test(s)).map((s) => `${file}: ${s}`));
    expect(offences).toEqual([]);
  });

  it("shared/ reads neither the clock nor Math.random", () => {
    const offences = shared.filter(({ text }) => /\bDate\b|Math\.random|performance\.now/.test(code(text))).map((s) => s.file);
    expect(offences).toEqual([]);
  });

  it("client/ never imports server code at run time", () => {
    const offences = sources("client").flatMap(({ file, text }) =>
      runtimeImports(text).filter((s) => /(^|\/)server\//.test(s)).map((s) => `${file}: ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it("only client/src/net/ imports @colyseus/sdk in the client", () => {
    const offences = sources("client")
      .filter(({ file }) => !file.startsWith("client/src/net/"))
      .filter(({ text }) => runtimeImports(text).some((s) => s.startsWith("@colyseus/")))
      .map((s) => s.file);
    expect(offences).toEqual([]);
  });

  it("only server/rooms/projection.ts writes the schema state", () => {
    const offences = sources("server")
      .filter(({ file }) => file !== "server/rooms/projection.ts")
      .filter(({ text }) => /\bthis\.state\.\w+\s*=[^=]/.test(code(text)))
      .map((s) => s.file);
    expect(offences).toEqual([]);
  });

  it("the import checker itself recognises a forbidden import", () => {
    expect(runtimeImports(`import { x } from "node:fs";\nimport type { Y } from "phaser";`)).toEqual(["node:fs"]);
  });
});
