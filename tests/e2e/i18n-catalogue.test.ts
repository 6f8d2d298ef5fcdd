// The French and English catalogues have the same keys, the same placeholders in each
// string, no empty strings, and a translation for every error code the server can send.
import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.ts";
import { fr } from "../../client/src/i18n/fr.ts";
import { ERROR_CODES } from "../../shared/protocol/errors.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("client catalogues", () => {
  it("fr and en have exactly the same keys", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it("every French string is non-empty and uses the same placeholders as the English one", () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const french = (fr as Record<string, string>)[key] ?? "";
      if (french.trim() === "") problems.push(`${key}: empty`);
      if (placeholders(french).join() !== placeholders(english).join()) problems.push(`${key}: {${placeholders(english)}} vs {${placeholders(french)}}`);
    }
    expect(problems).toEqual([]);
  });

  it("every server error code has a translation", () => {
    const missing = ERROR_CODES.filter((code) => !(`error.${code}` in en));
    expect(missing).toEqual([]);
  });
});
