// `npm test`: typecheck, then every vitest project. Browser tests need Chromium: without it
// the run says so loudly and runs everything else, except under CI=true where a missing
// browser is a failure, never a skip.
import { spawnSync } from "node:child_process";
import { hasChromium, CHROMIUM_PATH } from "./helpers/browser.ts";

const ci = process.env.CI === "true" || process.env.CI === "1";
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;

const projects = ["unit"];
if (hasChromium()) projects.push("e2e");
else {
  const banner = [
    "",
    "!".repeat(78),
    `!! Chromium is not installed at ${CHROMIUM_PATH}: the browser (end-to-end) tests cannot run.`,
    "!! Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)",
    ci ? "!! CI=true: a missing browser fails the run." : "!! Running every other test now; the browser tests are NOT being run.",
    "!".repeat(78),
    "",
  ].join("\n");
  console.error(banner);
  if (ci) process.exit(1);
}

console.log("Typechecking…");
if (run("tsc", ["-p", "tsconfig.json"]) !== 0) process.exit(1);

const status = run("vitest", ["run", ...projects.flatMap((p) => ["--project", p]), ...process.argv.slice(2)]);
if (!hasChromium()) console.error("\nReminder: the browser tests were not run (Chromium missing; see above).");
process.exit(status);
