// One suite, two stores: SQLite (node:sqlite, in a temp file) and PostgreSQL (the machine's
// server, in a schema of its own that is dropped afterwards).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { EventStore, SessionRecord } from "../../server/store/event-store.ts";
import { PgStore } from "../../server/store/pg-store.ts";
import { SqliteStore } from "../../server/store/sqlite-store.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const schemaName = `normcraft_test_${process.pid}_${Date.now()}`;

const scenario = loadBuiltin("quickstart");
const session = (code: string, createdAt = 1): SessionRecord => ({
  code,
  scenario,
  seed: 7,
  facilitatorKeyHash: "f".repeat(64),
  passcodeHash: null,
  createdAt,
  endedAt: null,
});

// Each test reopens the same database, so what one test wrote is durable for the next.
const sqliteFile = join(mkdtempSync(join(tmpdir(), "normcraft-store-")), "test.sqlite");

const stores: [string, () => Promise<EventStore>][] = [
  ["SQLite", async () => new SqliteStore(sqliteFile)],
  [
    "PostgreSQL",
    async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schemaName}`);
      await admin.end();
      return PgStore.connect(`${PG_URL}?options=${encodeURIComponent(`-c search_path=${schemaName}`)}`);
    },
  ],
];

afterAll(async () => {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
  await admin.end();
});

describe.each(stores)("%s store", (_name, open) => {
  it("stores a session and gives it back whole", async () => {
    const store = await open();
    await store.createSession(session("AAAAAA"));
    expect(await store.getSession("AAAAAA")).toEqual(session("AAAAAA"));
    expect(await store.getSession("NOPE42")).toBeNull();
    await store.close();
  });

  it("appends log entries and reads them back in order", async () => {
    const store = await open();
    await store.createSession(session("BBBBBB"));
    const entries = [
      { seq: 1, action: { type: "player.join" as const, playerId: "p1", name: "Ana" }, actor: { kind: "system" as const }, at: 10 },
      { seq: 2, action: { type: "seat.claim" as const, seat: "VAL" }, actor: { kind: "player" as const, playerId: "p1" }, at: 20 },
      { seq: 3, action: { type: "session.start" as const }, actor: { kind: "facilitator" as const }, at: 30 },
    ];
    for (const e of entries) await store.append("BBBBBB", e);
    expect(await store.entries("BBBBBB")).toEqual(entries);
    expect(await store.entries("AAAAAA")).toEqual([]);
    await store.close();
  });

  it("refuses a second entry at the same position", async () => {
    const store = await open();
    await store.createSession(session("CCCCCC"));
    const e = { seq: 1, action: { type: "session.start" as const }, actor: { kind: "facilitator" as const }, at: 1 };
    await store.append("CCCCCC", e);
    await expect(store.append("CCCCCC", e)).rejects.toThrow();
    expect(await store.entries("CCCCCC")).toHaveLength(1);
    await store.close();
  });

  it("lists unfinished sessions oldest first and forgets ended ones", async () => {
    const store = await open();
    await store.createSession(session("DDDDD2", 300));
    await store.createSession(session("DDDDD1", 200));
    await store.markEnded("AAAAAA", 999);
    const open1 = await store.unfinished();
    expect(open1.indexOf("DDDDD1")).toBeLessThan(open1.indexOf("DDDDD2"));
    expect(open1).not.toContain("AAAAAA");
    await store.close();
  });

  it("finds a player by seat token hash within one session only", async () => {
    const store = await open();
    await store.savePlayerToken("BBBBBB", "hash-1", "p1");
    expect(await store.findPlayerByToken("BBBBBB", "hash-1")).toBe("p1");
    expect(await store.findPlayerByToken("CCCCCC", "hash-1")).toBeNull();
    expect(await store.findPlayerByToken("BBBBBB", "hash-2")).toBeNull();
    await store.close();
  });
});
