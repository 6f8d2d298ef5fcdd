// The event store: sessions, their scenario and seed, players' credentials, and the
// append-only log of accepted actions. Two implementations pass the same tests:
// SQLite through node:sqlite (the default, no set-up) and PostgreSQL through pg.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";

export type SessionRecord = {
  readonly code: string;
  readonly scenario: Scenario;
  readonly seed: number;
  /** sha-256 of the facilitator key; the key itself is never stored. */
  readonly facilitatorKeyHash: string;
  readonly passcodeHash: string | null;
  readonly createdAt: number;
  readonly endedAt: number | null;
};

export type LogEntry = {
  /** 1-based position in the session's log. */
  readonly seq: number;
  readonly action: Action;
  readonly actor: Actor;
  readonly at: number;
};

export interface EventStore {
  createSession(session: SessionRecord): Promise<void>;
  getSession(code: string): Promise<SessionRecord | null>;
  /** Appends one accepted action. Resolves only once the entry is durable. */
  append(code: string, entry: LogEntry): Promise<void>;
  entries(code: string): Promise<LogEntry[]>;
  markEnded(code: string, at: number): Promise<void>;
  /** Codes of sessions that have not ended, oldest first: rebuilt at start-up. */
  unfinished(): Promise<string[]>;
  savePlayerToken(code: string, tokenHash: string, playerId: string): Promise<void>;
  findPlayerByToken(code: string, tokenHash: string): Promise<string | null>;
  close(): Promise<void>;
}
