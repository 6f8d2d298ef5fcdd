import type { EventStore } from "./event-store.ts";
import { PgStore } from "./pg-store.ts";
import { SqliteStore } from "./sqlite-store.ts";

/** PostgreSQL when a postgres URL is given, otherwise the SQLite file. */
export async function openStore(config: { databaseUrl: string | undefined; sqliteFile: string }): Promise<EventStore> {
  if (config.databaseUrl && /^postgres(ql)?:\/\//.test(config.databaseUrl)) return PgStore.connect(config.databaseUrl);
  return new SqliteStore(config.sqliteFile);
}
