// Boots a real Normcraft server (Colyseus + REST) on a port for integration tests.
import { boot, type ColyseusTestServer } from "@colyseus/testing";
import { createApp } from "../../server/app.ts";
import { ScenarioCatalog } from "../../server/scenarios/catalog.ts";
import { createSession } from "../../server/sessions/create-session.ts";
import type { EventStore } from "../../server/store/event-store.ts";
import { SqliteStore } from "../../server/store/sqlite-store.ts";
import type { CreateSessionRequest } from "../../shared/protocol/messages.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { Connection, type JoinAs } from "../../client/src/net/connection.ts";
import { freePort } from "./ports.ts";
import { loadBuiltin } from "./scenarios.ts";

export type TestServer = {
  colyseus: ColyseusTestServer;
  store: EventStore;
  port: number;
  create(request?: CreateSessionRequest): Promise<{ code: string; facilitatorKey: string }>;
  join(code: string, as: JoinAs): Promise<Connection>;
  close(): Promise<void>;
  /** Moves the server's clock forward: deadlines come due without waiting. */
  advanceClock(ms: number): void;
};

/** Boots on a free port unless `port` is given. */
export async function startServer(opts: { port?: number; scenarios?: Scenario[]; store?: EventStore; clientDist?: string; botDelayMs?: number; publicUrl?: string } = {}): Promise<TestServer> {
  const port = opts.port ?? (await freePort());
  const store = opts.store ?? new SqliteStore(":memory:");
  const catalog = new ScenarioCatalog(opts.scenarios ?? [loadBuiltin("quickstart")]);
  let skew = 0;
  const deps = { store, catalog, now: () => Date.now() + skew, idleMinutes: 60, reconnectSeconds: 30, botDelayMs: opts.botDelayMs ?? 5, ...(opts.clientDist ? { clientDist: opts.clientDist } : {}), ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}) };
  const colyseus = await boot(createApp(deps), port);
  const connections: Connection[] = [];
  return {
    colyseus,
    store,
    port,
    async create(request = { scenarioId: catalog.list()[0]?.id ?? "quickstart" }) {
      const outcome = await createSession(request, deps);
      if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
      return outcome.value;
    },
    async join(code, as) {
      const c = await Connection.join(code, as, `ws://localhost:${port}`);
      connections.push(c);
      return c;
    },
    advanceClock(ms) {
      skew += ms;
    },
    async close() {
      for (const c of connections) c.leave();
      await colyseus.shutdown();
      await store.close();
    },
  };
}

/** Resolves once `predicate` holds for the connection's view (checked on every change). */
export function until<T>(conn: Connection, predicate: (c: Connection) => T, timeoutMs = 5000): Promise<Exclude<T, null | undefined | false | 0 | "">> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = predicate(conn);
      if (value) {
        off();
        clearTimeout(timer);
        resolve(value as Exclude<T, null | undefined | false | 0 | "">);
        return true;
      }
      return false;
    };
    const off = conn.onChange(check);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`condition not met within ${timeoutMs} ms; view stage: ${conn.view?.session.stage}`));
    }, timeoutMs);
    check();
  });
}

/** Starts the session and walks it to the vote on a first proposal tabled by `proposer` (P1). */
export async function bringToVote(chair: Connection, proposer: Connection, title = "Points of contact", text = "A points-of-contact directory."): Promise<void> {
  await chair.act({ type: "session.start" });
  await chair.act({ type: "phase.advance" });
  await chair.act({ type: "phase.advance" });
  await proposer.act({ type: "proposal.table", title, text });
  await chair.act({ type: "phase.advance" });
  await until(proposer, (c) => c.view?.question === "P1");
}

/** A quickstart session with Ana heading Valdoria and Bo heading Meridia, voting on P1. */
export async function votingSession(s: TestServer, title?: string, text?: string) {
  const { code, facilitatorKey } = await s.create({ scenarioId: "quickstart" });
  const chair = await s.join(code, { as: "facilitator", key: facilitatorKey });
  const ana = await s.join(code, { as: "player", name: "Ana" });
  const bo = await s.join(code, { as: "player", name: "Bo" });
  for (const c of [chair, ana, bo]) await until(c, (x) => x.view && x.welcome);
  await ana.act({ type: "seat.claim", seat: "VAL" });
  await bo.act({ type: "seat.claim", seat: "MER" });
  await bringToVote(chair, ana, title, text);
  return { code, chair, ana, bo };
}
