// `npm run bench`: load-tests a Normcraft server with real SDK clients and, in the same run,
// a raw websocket floor with the same clients, groups and rate, then prints both and their
// ratio. Starts its own server (or targets --url), creates the sessions through the REST API,
// and drives the clients from worker processes. See docs/performance.md.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ScenarioCatalog } from "../scenarios/catalog.ts";
import { withOptions } from "../sessions/create-session.ts";
import { SessionRuntime } from "../sessions/session-runtime.ts";
import { SqliteStore } from "../store/sqlite-store.ts";
import { PHASES } from "../../shared/scenario/schema.ts";
import type { ClientPlan, FromWorker, Joined, Report, SessionPlan, Setup } from "./bench/plan.ts";
import { SHAPES, type Shape } from "./bench/shapes.ts";
import { Histogram, wallClock, type LatencySummary } from "./bench/stats.ts";
import { prepareSession } from "./bench/warm.ts";

const root = resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    shape: { type: "string", default: "standard" },
    url: { type: "string" },
    pid: { type: "string" },
    rate: { type: "string" },
    sessions: { type: "string" },
    workers: { type: "string" },
    duration: { type: "string" },
    warmup: { type: "string" },
    warm: { type: "string", default: "0" },
    seed: { type: "string", default: "1" },
    "no-floor": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench -- [--shape standard|${Object.keys(SHAPES).join("|")}] [--rate n] [--sessions n] [--workers n]
       [--duration s] [--warmup s] [--warm n] [--url ws://host:port --pid n] [--no-floor] [--json]
"standard" runs classes, forum, plenary and bots one after the other.`);
  process.exit(0);
}

type RunFigures = {
  answer: LatencySummary;
  seen: LatencySummary;
  sent: number;
  accepted: number;
  rejected: Record<string, number>;
  unanswered: number;
  clients: number;
  bytesPerClientPerSecond: number;
  meanPatchBytes: number;
  framesPerClientPerSecond: number;
  resyncs: number;
  actionsPerSecond: number;
  /** Bytes each client received per action of its session (the cost of one action on the wire). */
  bytesPerActionPerClient: number;
  joinP50: number;
  server: { cpuPercent: number; rssMB: number } | null;
};
type ShapeResult = { shape: string; description: string; rate: number; warm: number; sessions: number; clients: number; createP50: number; reopen: { sessions: number; ms: number; perSessionMs: number } | null; normcraft: RunFigures; floor: RunFigures | null };

// Children are stopped whatever happens, so a failed run leaves no server behind.
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

const shapeNames = args.shape === "standard" ? ["classes", "forum", "plenary", "bots"] : [args.shape];
const results: ShapeResult[] = [];
try {
  for (const name of shapeNames) {
    const base = SHAPES[name];
    if (!base) {
      console.error(`Unknown shape "${name}". Shapes: standard, ${Object.keys(SHAPES).join(", ")}.`);
      process.exit(2);
    }
    const shape: Shape = {
      ...base,
      ...(args.rate ? { rate: Number(args.rate) } : {}),
      ...(args.sessions ? { sessions: Number(args.sessions) } : {}),
      ...(args.workers ? { workers: Number(args.workers) } : {}),
      ...(args.duration ? { durationMs: Number(args.duration) * 1000 } : {}),
      ...(args.warmup ? { warmupMs: Number(args.warmup) * 1000 } : {}),
    };
    const result = await benchShape(shape, Number(args.warm), Number(args.seed));
    results.push(result);
    if (!args.json) print(result);
  }
} catch (error) {
  console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (args.json) console.log(JSON.stringify(results, null, 2));
process.exit(0);

async function benchShape(shape: Shape, warm: number, seed: number): Promise<ShapeResult> {
  const catalog = ScenarioCatalog.fromDirectory(join(root, "server/scenarios"));
  const scenario = catalog.get(shape.scenario);
  if (!scenario) throw new Error(`no built-in scenario ${shape.scenario}`);
  const allSeats = [...scenario.delegations, ...scenario.observers].map((s) => s.id);
  const seats = shape.seats === null ? allSeats : allSeats.slice(0, shape.seats);
  // An observer seat holds one person.
  const perSeat = (seat: string) => (scenario.observers.some((o) => o.id === seat) ? Math.min(1, shape.playersPerSeat) : shape.playersPerSeat);
  const timers = Object.fromEntries(PHASES.map((p) => [p, 3600]));
  let index = 0;
  const clientsOf = (): ClientPlan[] => {
    const out: ClientPlan[] = [{ index: ++index, role: "facilitator", name: "Chair", seat: null, head: false }];
    if (!shape.bots) {
      for (const seat of seats) for (let k = 0; k < perSeat(seat); k++) out.push({ index: ++index, role: "player", name: `${seat} ${k + 1}`, seat, head: k === 0 });
    }
    for (let k = 0; k < shape.spectators + (shape.projector ? 1 : 0); k++) out.push({ index: ++index, role: "spectator", name: `Spectator ${k + 1}`, seat: null, head: false });
    return out;
  };

  // A server of our own, on a fresh SQLite file (prepared with long sessions for --warm).
  const dir = mkdtempSync(join(tmpdir(), "normcraft-bench-"));
  const dbFile = join(dir, "bench.sqlite");
  let plans: SessionPlan[] = [];
  if (warm > 0) {
    if (args.url) throw new Error("--warm prepares the sessions in the store of a server the bench starts; it cannot be used with --url");
    const store = new SqliteStore(dbFile);
    const played = withOptions(scenario, { timers, ...(shape.bots ? { bots: allSeats } : {}) });
    for (let i = 0; i < shape.sessions; i++) plans.push(await prepareSession(store, played, { seats, clients: clientsOf() }, warm, seed + i, Date.now()));
    const t0 = performance.now();
    const loaded = await SessionRuntime.load(store, plans[0]?.code ?? "");
    const oneReplay = performance.now() - t0;
    if (!args.json) console.log(`Prepared ${plans.length} session(s) of ${loaded?.seq ?? 0} actions; reopening one from the store takes ${oneReplay.toFixed(0)} ms.`);
    await store.close();
  }
  const started = args.url ? null : await startServer(dbFile, shape.bots);
  const url = args.url ?? `ws://127.0.0.1:${started?.port}`;
  const pid = args.pid ? Number(args.pid) : started?.child.pid;
  const http = url.replace(/^ws/, "http");
  const reopen = started && warm > 0 ? { sessions: plans.length, ms: started.readyMs, perSessionMs: started.readyMs / plans.length } : null;

  const creations = new Histogram();
  if (warm === 0) {
    for (let i = 0; i < shape.sessions; i++) {
      const t0 = wallClock();
      const res = await fetch(`${http}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenarioId: shape.scenario, seed: seed + i, options: { timers, ...(shape.bots ? { bots: allSeats } : {}) } }),
      });
      if (res.status !== 201) throw new Error(`creating a session: ${res.status} ${await res.text()}`);
      const { code, facilitatorKey } = (await res.json()) as { code: string; facilitatorKey: string };
      creations.record(wallClock() - t0);
      plans.push({ code, key: facilitatorKey, seats, clients: clientsOf(), prepared: false });
    }
  }

  const normcraft = await drive(shape, { mode: "normcraft", url, sessions: plans, seed }, pid ?? null);
  if (started) await stop(started.child);
  let floor: RunFigures | null = null;
  if (!args["no-floor"]) {
    const f = await startFloor();
    floor = await drive(shape, { mode: "floor", url: `ws://127.0.0.1:${f.port}`, sessions: plans.map((p) => ({ ...p, prepared: true })), seed }, f.child.pid ?? null);
    await stop(f.child);
  }
  rmSync(dir, { recursive: true, force: true });
  plans = [];
  return {
    shape: shape.name,
    description: shape.description,
    rate: shape.rate,
    warm,
    sessions: shape.sessions,
    clients: normcraft.clients,
    createP50: creations.percentile(0.5),
    reopen,
    normcraft,
    floor,
  };
}

/** Runs one measurement: workers join their share of clients, then load for the shape's window. */
async function drive(shape: Shape, target: Pick<Setup, "mode" | "url" | "sessions" | "seed">, pid: number | null): Promise<RunFigures> {
  const n = Math.max(1, Math.min(shape.workers, target.sessions.length));
  const shares: SessionPlan[][] = Array.from({ length: n }, () => []);
  target.sessions.forEach((s, i) => shares[i % n]?.push(s));
  const workers = shares.map((sessions, i) => {
    const child = fork(join(import.meta.dirname, "bench/load-worker.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    children.add(child);
    child.send({ type: "setup", ...target, sessions, seed: target.seed + i * 7919, rate: shape.rate, chairRate: shape.chairRate, phaseMs: shape.phaseMs } satisfies Setup);
    return child;
  });
  const joined = await Promise.all(workers.map((w) => next<Joined>(w, "joined")));
  const failures = joined.flatMap((j) => j.failures);
  if (failures.length > 0) throw new Error(`some sessions could not be joined:\n${failures.join("\n")}`);
  const joins = new Histogram();
  for (const j of joined) joins.merge(j.joins);

  const reports = workers.map((w) => next<Report>(w, "report"));
  for (const w of workers) w.send({ type: "go", warmupMs: shape.warmupMs, durationMs: shape.durationMs });
  const usage = pid === null ? null : sampleProcess(pid, shape.warmupMs, shape.durationMs);
  const all = await Promise.all(reports);
  const server = usage ? await usage : null;

  const answer = new Histogram();
  const seen = new Histogram();
  const rejected: Record<string, number> = {};
  let sum = { sent: 0, accepted: 0, unanswered: 0, clients: 0, bytes: 0, frames: 0, patchBytes: 0, patchFrames: 0, resyncs: 0, actions: 0 };
  for (const r of all) {
    answer.merge(r.answer);
    seen.merge(r.seen);
    for (const [code, count] of Object.entries(r.rejected)) rejected[code] = (rejected[code] ?? 0) + count;
    sum = {
      sent: sum.sent + r.sent,
      accepted: sum.accepted + r.accepted,
      unanswered: sum.unanswered + r.unanswered,
      clients: sum.clients + r.clients,
      bytes: sum.bytes + r.bytes,
      frames: sum.frames + r.frames,
      patchBytes: sum.patchBytes + r.patchBytes,
      patchFrames: sum.patchFrames + r.patchFrames,
      resyncs: sum.resyncs + r.resyncs,
      actions: sum.actions + r.actions,
    };
  }
  const seconds = shape.durationMs / 1000;
  return {
    answer: answer.summary(),
    seen: seen.summary(),
    sent: sum.sent,
    accepted: sum.accepted,
    rejected,
    unanswered: sum.unanswered,
    clients: sum.clients,
    bytesPerClientPerSecond: sum.bytes / sum.clients / seconds,
    framesPerClientPerSecond: sum.frames / sum.clients / seconds,
    meanPatchBytes: sum.patchFrames === 0 ? Number.NaN : sum.patchBytes / sum.patchFrames,
    resyncs: sum.resyncs,
    actionsPerSecond: sum.actions / seconds,
    // Each client sees the actions of its own session: bytes per client ÷ actions per session.
    bytesPerActionPerClient: sum.actions === 0 ? Number.NaN : sum.bytes / sum.clients / (sum.actions / target.sessions.length),
    joinP50: joins.percentile(0.5),
    server,
  };
}

function next<T extends FromWorker>(child: ChildProcess, type: T["type"]): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (m: FromWorker) => {
      if (m.type === "failed") reject(new Error(`a load worker failed: ${m.error}`));
      else if (m.type === type) resolvePromise(m as T);
      else return;
      child.off("message", onMessage);
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`a load worker exited (${code}) before "${type}"`)));
  });
}

/** CPU share and peak resident memory of a process over the measured window, from /proc. */
async function sampleProcess(pid: number, warmupMs: number, durationMs: number): Promise<{ cpuPercent: number; rssMB: number }> {
  const ticks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return Number(fields[11]) + Number(fields[12]);
  };
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  await sleep(warmupMs);
  const t0 = performance.now();
  const c0 = ticks();
  let peak = rss();
  const end = t0 + durationMs;
  while (performance.now() < end) {
    await sleep(Math.min(500, end - performance.now()));
    peak = Math.max(peak, rss());
  }
  const elapsed = (performance.now() - t0) / 1000;
  // Linux reports CPU time in clock ticks of 1/100 s.
  return { cpuPercent: ((ticks() - c0) / 100 / elapsed) * 100, rssMB: peak };
}

async function startServer(dbFile: string, bots: boolean): Promise<{ child: ChildProcess; port: number; readyMs: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, "server/main.ts")], {
    env: {
      ...process.env,
      PORT: String(port),
      NORMCRAFT_DB_FILE: dbFile,
      NORMCRAFT_CLIENT_DIST: join(dbFile, "no-client"),
      NORMCRAFT_BOT_DELAY_MS: bots ? "0" : "2500",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  return { child, port, readyMs: performance.now() - t0 };
}

async function startFloor(): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(import.meta.dirname, "bench/floor-server.ts"), String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  children.add(child);
  await new Promise<void>((ok) => child.stdout?.once("data", () => ok()));
  return { child, port };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.once("exit", ok));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}

function print(r: ShapeResult): void {
  const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
  const lat = (s: LatencySummary) => `${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)} / ${f(s.max)}`;
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");
  const n = r.normcraft;
  const fl = r.floor;
  const rows: [string, string, string, string][] = [
    ["intent → answer ms (p50 / p95 / p99 / max)", lat(n.answer), fl ? lat(fl.answer) : "", fl ? `p99 ${ratio(n.answer.p99, fl.answer.p99)}` : ""],
    ["intent → seen by peers ms (p50 / p95 / p99 / max)", lat(n.seen), fl ? lat(fl.seen) : "", fl ? `p99 ${ratio(n.seen.p99, fl.seen.p99)}` : ""],
    ["p50 ratios (answer, seen)", "", "", fl ? `${ratio(n.answer.p50, fl.answer.p50)}, ${ratio(n.seen.p50, fl.seen.p50)}` : ""],
    ["intents sent / answered ok / unanswered", `${n.sent} / ${n.accepted} / ${n.unanswered}`, fl ? `${fl.sent} / ${fl.accepted} / ${fl.unanswered}` : "", ""],
    ["bytes/s per client", f(n.bytesPerClientPerSecond, 0), fl ? f(fl.bytesPerClientPerSecond, 0) : "", ""],
    ["frames/s per client", f(n.framesPerClientPerSecond), fl ? f(fl.framesPerClientPerSecond) : "", ""],
    ["mean view patch, bytes", f(n.meanPatchBytes, 0), "", ""],
    ["actions accepted per second (all sessions)", f(n.actionsPerSecond), fl ? f(fl.actionsPerSecond) : "", ""],
    ["bytes per action per client", f(n.bytesPerActionPerClient, 0), fl ? f(fl.bytesPerActionPerClient, 0) : "", ""],
    ["server CPU %, peak RSS MB", n.server ? `${f(n.server.cpuPercent, 0)} %, ${f(n.server.rssMB, 0)}` : "–", fl?.server ? `${f(fl.server.cpuPercent, 0)} %, ${f(fl.server.rssMB, 0)}` : "", ""],
    ["join p50 ms", f(n.joinP50), fl ? f(fl.joinP50) : "", ""],
  ];
  console.log(`\n== ${r.shape}: ${r.description}`);
  console.log(`   ${r.clients} clients, ${r.shape === "bots" ? "bots at full speed, the chair speaking every 2 s" : `${r.rate} intent/s per player`}${r.warm > 0 ? `, sessions warmed with ${r.warm} actions` : ""}; session creation p50 ${f(r.createP50)} ms${r.reopen ? `; ${r.reopen.sessions} sessions reopened in ${f(r.reopen.ms, 0)} ms at start` : ""}`);
  const widths = [52, 34, 34, 20];
  console.log(["", "normcraft", fl ? "floor (raw ws)" : "", fl ? "ratio" : ""].map((c, i) => c.padEnd(widths[i] ?? 10)).join(""));
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 10)).join(""));
  const refused = Object.entries(n.rejected).sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(", ");
  if (refused) console.log(`   refused by the rules (answered with a code): ${refused}`);
  if (n.resyncs > 0) console.log(`   resyncs requested: ${n.resyncs}`);
}
