// Starts Normcraft: store, built-in scenarios, the game server, and reopens unfinished sessions.
import { networkInterfaces } from "node:os";
import { listen } from "@colyseus/tools";
import { createApp } from "./app.ts";
import { configFromEnv } from "./config.ts";
import { ScenarioCatalog } from "./scenarios/catalog.ts";
import { ensureRoom } from "./sessions/create-session.ts";
import { openStore } from "./store/open-store.ts";

const config = configFromEnv();
const catalog = ScenarioCatalog.fromDirectory();
const store = await openStore(config);
const now = () => Date.now();

process.on("uncaughtException", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    console.error(`Port ${config.port} is already in use. Stop the other server or set PORT to another port.`);
    process.exit(1);
  }
  console.error("Unexpected error:", error);
});

const server = await listen(
  createApp({ store, catalog, now, idleMinutes: config.idleMinutes, reconnectSeconds: config.reconnectSeconds, botDelayMs: config.botDelayMs, clientDist: config.clientDist, publicUrl: config.publicUrl }),
  config.port,
);
server.onShutdown(() => store.close());

const unfinished = await store.unfinished();
let reopened = 0;
for (const code of unfinished) {
  try {
    if (await ensureRoom(code, store)) reopened++;
  } catch (error) {
    console.error(`Could not reopen session ${code}:`, error);
  }
}
const where = config.databaseUrl ? "PostgreSQL" : config.sqliteFile;
console.log(`Normcraft is ready at http://localhost:${config.port} (store: ${where}; ${reopened} session(s) reopened).`);
if (config.publicUrl) console.log(`Students join at ${config.publicUrl}`);
else {
  // Students cannot open "localhost": name this machine's network addresses for the projector.
  const lan = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === "IPv4" && !a.internal).map((a) => `http://${a?.address}:${config.port}`);
  if (lan.length > 0) console.log(`Students on the same network can join at ${lan.join(" or ")}; set NORMCRAFT_PUBLIC_URL to show that address on the projector.`);
}
