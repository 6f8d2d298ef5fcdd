// Pictographs (emoji and symbol characters such as ✔ or ⏸) become empty boxes on machines
// without an emoji font, common on classroom PCs: the client draws its icons as SVG instead.
// No catalogue string, stylesheet rule or client source may contain one.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.ts";
import { fr } from "../../client/src/i18n/fr.ts";

const SRC = resolve(import.meta.dirname, "../../client/src");
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

describe("no pictographs in the client", () => {
  it("none in the English and French catalogues", () => {
    const found = [...Object.entries(en), ...Object.entries(fr)].filter(([, text]) => PICTOGRAPH.test(text)).map(([key]) => key);
    expect(found).toEqual([]);
  });

  it("none in the client's sources and stylesheet", () => {
    const found = files(SRC)
      .filter((f) => /\.(ts|css|html)$/.test(f))
      .flatMap((f) => readFileSync(f, "utf8").split("\n").map((line, i) => [f, i + 1, line] as const))
      .filter(([, , line]) => PICTOGRAPH.test(line))
      .map(([f, n]) => `${f.slice(SRC.length + 1)}:${n}`);
    expect(found).toEqual([]);
  });
});
