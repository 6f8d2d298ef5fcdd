// Tables shared by both stores. Plain SQL that SQLite and PostgreSQL both accept.
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  scenario TEXT NOT NULL,
  seed BIGINT NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  passcode_hash TEXT,
  created_at BIGINT NOT NULL,
  ended_at BIGINT
);
CREATE TABLE IF NOT EXISTS log_entries (
  code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (code, seq)
);
CREATE TABLE IF NOT EXISTS player_tokens (
  code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
  token_hash TEXT NOT NULL,
  player_id TEXT NOT NULL,
  PRIMARY KEY (code, token_hash)
);
`;
