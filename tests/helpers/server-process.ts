// The real server as its own process (`node server/main.ts`), for tests that kill it: the
// browser tests of reconnection after a crash and a restart on the same database.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export type ServerProcess = { child: ChildProcess; startedAt: number; readyAt: number; output: () => string };

/** Starts the server and resolves once it says it is ready (sessions reopened). */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ["server/main.ts"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Normcraft is ready")) {
        clearTimeout(timer);
        resolvePromise({ child, startedAt, readyAt: Date.now(), output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** SIGKILL: no shutdown handler runs, sockets die as in a crash. Resolves once the process is gone. */
export function killServerProcess(server: ServerProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolvePromise();
    server.child.once("exit", () => resolvePromise());
    server.child.kill("SIGKILL");
  });
}
