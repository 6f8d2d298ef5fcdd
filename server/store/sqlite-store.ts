// The default store: one SQLite file through node:sqlite (no native addon to build).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { EventStore, LogEntry, SessionRecord } from "./event-store.ts";
import { SCHEMA_SQL } from "./sql.ts";

type Row = Record<string, unknown>;

export class SqliteStore implements EventStore {
  readonly #db: DatabaseSync;
  readonly #insertEntry;
  readonly #selectEntries;

  constructor(file: string) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.#db = new DatabaseSync(file);
    this.#db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    this.#db.exec(SCHEMA_SQL);
    this.#insertEntry = this.#db.prepare("INSERT INTO log_entries (code, seq, action, actor, at) VALUES (?, ?, ?, ?, ?)");
    this.#selectEntries = this.#db.prepare("SELECT seq, action, actor, at FROM log_entries WHERE code = ? ORDER BY seq");
  }

  async createSession(s: SessionRecord): Promise<void> {
    this.#db
      .prepare(
        "INSERT INTO sessions (code, scenario, seed, facilitator_key_hash, passcode_hash, created_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(s.code, JSON.stringify(s.scenario), s.seed, s.facilitatorKeyHash, s.passcodeHash, s.createdAt, s.endedAt);
  }

  async getSession(code: string): Promise<SessionRecord | null> {
    const row = this.#db.prepare("SELECT * FROM sessions WHERE code = ?").get(code) as Row | undefined;
    return row ? toSession(row) : null;
  }

  async append(code: string, e: LogEntry): Promise<void> {
    this.#insertEntry.run(code, e.seq, JSON.stringify(e.action), JSON.stringify(e.actor), e.at);
  }

  async entries(code: string): Promise<LogEntry[]> {
    return (this.#selectEntries.all(code) as Row[]).map(toEntry);
  }

  async markEnded(code: string, at: number): Promise<void> {
    this.#db.prepare("UPDATE sessions SET ended_at = ? WHERE code = ?").run(at, code);
  }

  async unfinished(): Promise<string[]> {
    const rows = this.#db.prepare("SELECT code FROM sessions WHERE ended_at IS NULL ORDER BY created_at").all() as Row[];
    return rows.map((r) => String(r.code));
  }

  async savePlayerToken(code: string, tokenHash: string, playerId: string): Promise<void> {
    this.#db.prepare("INSERT INTO player_tokens (code, token_hash, player_id) VALUES (?, ?, ?)").run(code, tokenHash, playerId);
  }

  async findPlayerByToken(code: string, tokenHash: string): Promise<string | null> {
    const row = this.#db.prepare("SELECT player_id FROM player_tokens WHERE code = ? AND token_hash = ?").get(code, tokenHash) as Row | undefined;
    return row ? String(row.player_id) : null;
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}

export function toSession(row: Row): SessionRecord {
  return {
    code: String(row.code),
    scenario: JSON.parse(String(row.scenario)),
    seed: Number(row.seed),
    facilitatorKeyHash: String(row.facilitator_key_hash),
    passcodeHash: row.passcode_hash == null ? null : String(row.passcode_hash),
    createdAt: Number(row.created_at),
    endedAt: row.ended_at == null ? null : Number(row.ended_at),
  };
}

export function toEntry(row: Row): LogEntry {
  const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
  return { seq: Number(row.seq), action: parse(row.action), actor: parse(row.actor), at: Number(row.at) };
}
