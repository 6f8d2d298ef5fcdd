// Builds the client once into a temporary folder for browser tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

export async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "normcraft-client-"));
  await build({
    configFile: resolve(import.meta.dirname, "../../client/vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
