// `npm start`: builds the client when it is missing or older than its sources, then serves.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "client/dist/index.html");

function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "dist" || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return newest;
}

const stale = !existsSync(dist) || statSync(dist).mtimeMs < newestSource(["client", "shared"]);
if (stale) {
  console.log("Building the client…");
  const { build } = await import("vite");
  await build({ configFile: join(root, "client/vite.config.ts"), logLevel: "warn" });
}
await import("../main.ts");
