-- The same tables, columns and indexes as sqlite/0001_initial.sql, so that a step added to one
-- engine is ported to the other by changing types only. "at" is seconds since the epoch, as there.
CREATE TABLE interactions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at DOUBLE PRECISION NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    outcome TEXT NOT NULL,
    entry_id TEXT,
    score DOUBLE PRECISION NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    via TEXT NOT NULL,
    feedback INTEGER
);
CREATE INDEX interactions_at ON interactions (at);
CREATE INDEX interactions_user_entry ON interactions (user_hash, entry_id);
CREATE TABLE languages (
    user_hash TEXT PRIMARY KEY,
    lang TEXT NOT NULL
);
