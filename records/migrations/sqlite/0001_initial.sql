-- The questions asked and how they went, and each user's /lang choice.
-- Databases made before migrations were numbered already have these tables: IF NOT EXISTS keeps them.
CREATE TABLE IF NOT EXISTS interactions (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    outcome TEXT NOT NULL,
    entry_id TEXT,
    score REAL NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    via TEXT NOT NULL,
    feedback INTEGER
);
CREATE INDEX IF NOT EXISTS interactions_at ON interactions (at);
CREATE INDEX IF NOT EXISTS interactions_user_entry ON interactions (user_hash, entry_id);
CREATE TABLE IF NOT EXISTS languages (
    user_hash TEXT PRIMARY KEY,
    lang TEXT NOT NULL
);
