// PostgreSQL store, chosen when DATABASE_URL is a postgres:// URL. Same tables as SQLite.
import pg from "pg";
import type { EventStore, LogEntry, SessionRecord } from "./event-store.ts";
import { SCHEMA_SQL } from "./sql.ts";
import { toEntry, toSession } from "./sqlite-store.ts";

export class PgStore implements EventStore {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  static async connect(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    await pool.query(SCHEMA_SQL);
    return new PgStore(pool);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.#pool.query(
      "INSERT INTO sessions (code, scenario, seed, facilitator_key_hash, passcode_hash, created_at, ended_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [s.code, JSON.stringify(s.scenario), s.seed, s.facilitatorKeyHash, s.passcodeHash, s.createdAt, s.endedAt],
    );
  }

  async getSession(code: string): Promise<SessionRecord | null> {
    const { rows } = await this.#pool.query("SELECT * FROM sessions WHERE code = $1", [code]);
    return rows[0] ? toSession(rows[0]) : null;
  }

  async append(code: string, e: LogEntry): Promise<void> {
    await this.#pool.query("INSERT INTO log_entries (code, seq, action, actor, at) VALUES ($1, $2, $3, $4, $5)", [
      code,
      e.seq,
      JSON.stringify(e.action),
      JSON.stringify(e.actor),
      e.at,
    ]);
  }

  async entries(code: string): Promise<LogEntry[]> {
    const { rows } = await this.#pool.query("SELECT seq, action, actor, at FROM log_entries WHERE code = $1 ORDER BY seq", [code]);
    return rows.map(toEntry);
  }

  async markEnded(code: string, at: number): Promise<void> {
    await this.#pool.query("UPDATE sessions SET ended_at = $1 WHERE code = $2", [at, code]);
  }

  async unfinished(): Promise<string[]> {
    const { rows } = await this.#pool.query("SELECT code FROM sessions WHERE ended_at IS NULL ORDER BY created_at");
    return rows.map((r: { code: string }) => r.code);
  }

  async savePlayerToken(code: string, tokenHash: string, playerId: string): Promise<void> {
    await this.#pool.query("INSERT INTO player_tokens (code, token_hash, player_id) VALUES ($1, $2, $3)", [code, tokenHash, playerId]);
  }

  async findPlayerByToken(code: string, tokenHash: string): Promise<string | null> {
    const { rows } = await this.#pool.query("SELECT player_id FROM player_tokens WHERE code = $1 AND token_hash = $2", [code, tokenHash]);
    return rows[0] ? String(rows[0].player_id) : null;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
