// `npm run simulate -- --scenario <id|file> --seed <n> [--rounds <k>] [--json]`
// `npm run simulate -- --scenario <id|file> --seeds 1..500 [--json]`
// Plays whole games with bots in every seat against the engine alone and reports what happened.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { playGame } from "../../shared/bots/play.ts";
import { summarise, type GameSummary } from "../../shared/bots/summary.ts";
import { formatIssue, parseScenario } from "../../shared/scenario/parse.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { aggregate, formatAggregate, formatGame } from "./simulate-report.ts";

const usage = "usage: npm run simulate -- --scenario <id|file> (--seed <n> | --seeds <a>..<b>) [--rounds <k>] [--json]";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    scenario: { type: "string" },
    seed: { type: "string" },
    seeds: { type: "string" },
    rounds: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

function loadScenario(ref: string): Scenario {
  const builtin = join(import.meta.dirname, "../scenarios", `${ref}.yaml`);
  const file = existsSync(builtin) ? builtin : ref;
  if (!existsSync(file)) fail(`No built-in scenario "${ref}" and no such file.\n${usage}`);
  const parsed = parseScenario(readFileSync(file, "utf8"));
  if (!parsed.ok) fail(`${file} is not a valid scenario:\n${parsed.issues.map(formatIssue).join("\n")}`);
  return parsed.scenario;
}

function seedsOf(): number[] {
  if (values.seeds !== undefined) {
    const m = /^(\d+)\.\.(\d+)$/.exec(values.seeds);
    if (!m) fail(`--seeds takes a range like 1..500.\n${usage}`);
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b < a || b - a > 100_000) fail("--seeds: the range must go upwards and hold at most 100,000 seeds.");
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  const seed = Number(values.seed ?? "1");
  if (!Number.isInteger(seed) || seed < 0) fail(`--seed takes a whole number.\n${usage}`);
  return [seed];
}

if (!values.scenario) fail(usage);
const scenario = loadScenario(values.scenario);
const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
if (rounds !== undefined && (!Number.isInteger(rounds) || rounds < 1)) fail("--rounds takes a whole number of at least 1.");
const seeds = seedsOf();

const started = performance.now();
const games: GameSummary[] = [];
let rejected = 0;
for (const seed of seeds) {
  const game = playGame(scenario, seed, rounds === undefined ? {} : { rounds });
  rejected += game.rejections.length;
  games.push(summarise(game.state, seed, game.log.length));
}
const elapsed = performance.now() - started;

if (seeds.length === 1 && games[0]) {
  console.log(values.json ? JSON.stringify(games[0]) : formatGame(games[0], scenario));
} else {
  const stats = aggregate(games);
  console.log(values.json ? JSON.stringify(stats) : formatAggregate(stats, scenario));
}
// Timing goes to stderr so that the same seed gives byte-identical output on stdout.
console.error(`${seeds.length} game(s) in ${(elapsed / 1000).toFixed(2)} s (${(elapsed / seeds.length).toFixed(0)} ms per game); bot moves refused by the rules: ${rejected}`);
