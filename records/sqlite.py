"""The SQLite engine of the records: the questions asked and how they went, and each user's language.

Users are known only by ``sha256(salt + user id)``. SQLite runs on one writer thread,
so writes happen in the order they were asked for and never block the event loop.
Rows older than the retention period are deleted at startup and then once a day.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from records import (
    CLEAR_URGENT_TEXTS,
    MAX_REVIEW_ROWS,
    Asked,
    Chosen,
    Disliked,
    Interaction,
    ReviewData,
    Stats,
    stored_question,
)
from records.migrations import migrate_sqlite, steps

DB_FILE = "bot.sqlite3"
DAY = 24 * 3600
# Interactions waiting for a slow disk; past this many, new ones are not recorded,
# so that a stuck database costs statistics, not memory.
MAX_PENDING_WRITES = 1_000

logger = logging.getLogger(__name__)

# The schema steps are records/migrations/sqlite/NNNN_*.sql; PRAGMA user_version counts those applied
# (step 2, the editors' review columns, is user_version 2 as before the steps moved to files).
SCHEMA_VERSION = len(steps("sqlite"))

T = TypeVar("T")


class SQLiteRecords:
    """The embedded engine: one SQLite file, written on one thread."""

    def __init__(
        self,
        path: Path,
        salt: str,
        retention_days: int,
        clock: Callable[[], float] = time.time,
        max_pending_writes: int = MAX_PENDING_WRITES,
    ) -> None:
        self.path = path
        self.max_pending_writes = max_pending_writes
        self.pending_writes = 0
        self.dropped_writes = 0
        self._salt = salt
        self.retention_days = retention_days
        self._clock = clock
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="records")
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        # Deleted and overwritten text is zeroed on disk, not left readable in free pages.
        self._db.execute("PRAGMA secure_delete=ON")
        migrate_sqlite(self._db)
        self._forget_urgent_texts()
        # Only people who chose a language with /lang have a row, so all of them fit in
        # memory; reading them here keeps a question from ever waiting behind queued writes.
        self._languages: dict[str, str] = dict(self._db.execute("SELECT user_hash, lang FROM languages"))
        self._last_purge = 0.0

    @property
    def schema_version(self) -> int:
        with self._lock:
            found: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return found

    @classmethod
    def open(cls, directory: Path, salt: str, retention_days: int) -> SQLiteRecords:
        directory.mkdir(parents=True, exist_ok=True)
        return cls(directory / DB_FILE, salt, retention_days)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        with self._lock:
            self._db.close()

    def user_hash(self, user_id: int) -> str:
        return hashlib.sha256(f"{self._salt}{user_id}".encode()).hexdigest()

    # -- async API for handlers ----------------------------------------------------

    async def log(self, interaction: Interaction) -> None:
        """Record an interaction, unless the database has fallen too far behind (then count it)."""
        if self.pending_writes >= self.max_pending_writes:
            self.dropped_writes += 1
            if self.dropped_writes == 1 or self.dropped_writes % 1_000 == 0:
                logger.warning("The database is %d writes behind; interactions not recorded so far: %d",
                               self.pending_writes, self.dropped_writes)
            return
        self.pending_writes += 1  # only the event loop's thread counts, so no lock
        try:
            await self._run(self.log_now, interaction)
        finally:
            self.pending_writes -= 1

    async def set_feedback(self, user_id: int, entry_id: str, value: int) -> bool:
        return await self._run(self.set_feedback_now, user_id, entry_id, value)

    async def choose(self, user_id: int, ref: str, entry_id: str) -> bool:
        return await self._run(self.choose_now, user_id, ref, entry_id)

    async def review(self, days: int) -> ReviewData:
        return await self._run(self.review_now, days)

    def language(self, user_id: int) -> str | None:
        """The language the user chose with /lang, if any."""
        return self._languages.get(self.user_hash(user_id))

    async def set_language(self, user_id: int, lang: str) -> None:
        key = self.user_hash(user_id)
        self._languages[key] = lang
        await self._run(self._write_language, key, lang)

    async def forget(self, user_id: int) -> int:
        key = self.user_hash(user_id)
        self._languages.pop(key, None)
        return await self._run(self.forget_now, key)

    async def purge(self) -> int:
        return await self._run(self.purge_now)

    async def stats(self, days: int) -> Stats:
        return await self._run(self.stats_now, days)

    # -- synchronous work, on the writer thread -------------------------------------

    def log_now(self, interaction: Interaction) -> None:
        now = self._clock()
        question = stored_question(interaction)
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO interactions (at, user_hash, question, outcome, entry_id, score, lang, via, ref, offered)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now, self.user_hash(interaction.user_id), question, interaction.outcome,
                 interaction.entry_id, interaction.score, interaction.lang, interaction.via, interaction.ref,
                 " ".join(interaction.offered) or None),
            )
        if now - self._last_purge >= DAY:
            self.purge_now()

    def _forget_urgent_texts(self) -> None:
        """Clear the text of crisis messages an older version stored, and push the change out of the WAL."""
        with self._lock, self._db:
            cleared = self._db.execute(CLEAR_URGENT_TEXTS).rowcount
        if cleared:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            logger.info("Cleared the text of %d stored crisis messages", cleared)

    def set_feedback_now(self, user_id: int, entry_id: str, value: int) -> bool:
        """Mark the user's latest interaction that answered with this entry, or chose it; False if there is none."""
        with self._lock, self._db:
            cursor = self._db.execute(
                "UPDATE interactions SET feedback = ? WHERE id = ("
                " SELECT id FROM interactions WHERE user_hash = ? AND (entry_id = ? OR chosen = ?)"
                " ORDER BY id DESC LIMIT 1)",
                (value, self.user_hash(user_id), entry_id, entry_id),
            )
        return cursor.rowcount > 0

    def choose_now(self, user_id: int, ref: str, entry_id: str) -> bool:
        """Set ``chosen`` on the user's suggest row ``ref`` if it offered ``entry_id``; a new choice clears 👍/👎."""
        key = self.user_hash(user_id)
        with self._lock, self._db:
            row = self._db.execute(
                "SELECT id, offered, chosen FROM interactions WHERE user_hash = ? AND ref = ? AND outcome = 'suggest'"
                " ORDER BY id DESC LIMIT 1", (key, ref)).fetchone()
            if row is None or entry_id not in (row[1] or "").split():
                return False
            if row[2] != entry_id:
                self._db.execute("UPDATE interactions SET chosen = ?, feedback = NULL WHERE id = ?", (entry_id, row[0]))
        return True

    def forget_now(self, user_hash: str) -> int:
        """Delete the user's rows; secure_delete zeroes them and the checkpoint empties the WAL of them."""
        with self._lock, self._db:
            removed = self._db.execute("DELETE FROM interactions WHERE user_hash = ?", (user_hash,)).rowcount
            removed += self._db.execute("DELETE FROM languages WHERE user_hash = ?", (user_hash,)).rowcount
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return removed

    def purge_now(self) -> int:
        now = self._clock()
        with self._lock, self._db:
            cursor = self._db.execute("DELETE FROM interactions WHERE at < ?", (now - self.retention_days * DAY,))
        self._last_purge = now
        return cursor.rowcount

    def stats_now(self, days: int) -> Stats:
        since = self._clock() - days * DAY
        where = "WHERE at >= ? AND via = 'message'"
        with self._lock:
            outcomes = dict(self._db.execute(
                f"SELECT outcome, COUNT(*) FROM interactions {where} GROUP BY outcome", (since,)).fetchall())
            top = self._db.execute(
                f"SELECT entry_id, COUNT(*) AS n FROM interactions {where} AND outcome = 'answer'"
                " AND entry_id IS NOT NULL GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT 5", (since,)).fetchall()
            unanswered = self._db.execute(
                f"SELECT lower(trim(question)) AS q, COUNT(*) AS n FROM interactions {where}"
                " AND outcome = 'decline' GROUP BY q ORDER BY n DESC, q LIMIT 5", (since,)).fetchall()
            feedback = dict(self._db.execute(
                "SELECT feedback, COUNT(*) FROM interactions WHERE at >= ? AND feedback IS NOT NULL"
                " GROUP BY feedback", (since,)).fetchall())
        return Stats(days, sum(outcomes.values()), outcomes, top, unanswered, feedback)

    def review_now(self, days: int) -> ReviewData:
        since = self._clock() - days * DAY
        asked = "FROM interactions WHERE at >= ? AND via = 'message' AND question != ''"
        with self._lock:
            unanswered = self._db.execute(
                f"SELECT question, COUNT(*) AS n {asked}"
                " AND (outcome = 'decline' OR (outcome = 'suggest' AND (chosen IS NULL OR feedback < 0)))"
                " GROUP BY question ORDER BY n DESC, question LIMIT ?", (since, MAX_REVIEW_ROWS)).fetchall()
            chosen = self._db.execute(
                f"SELECT question, chosen, COUNT(*) AS n {asked}"
                " AND outcome = 'suggest' AND chosen IS NOT NULL AND (feedback IS NULL OR feedback > 0)"
                " GROUP BY question, chosen ORDER BY n DESC, question, chosen LIMIT ?",
                (since, MAX_REVIEW_ROWS)).fetchall()
            disliked = self._db.execute(
                "SELECT COALESCE(chosen, entry_id) AS item, COUNT(*) AS n FROM interactions"
                " WHERE at >= ? AND feedback < 0 AND COALESCE(chosen, entry_id) IS NOT NULL"
                " GROUP BY item ORDER BY n DESC, item LIMIT ?", (since, MAX_REVIEW_ROWS)).fetchall()
        return ReviewData(
            days,
            unanswered=[Asked(q, n) for q, n in unanswered],
            chosen=[Chosen(q, e, n) for q, e, n in chosen],
            disliked=[Disliked(e, n) for e, n in disliked],
        )

    def interactions(self) -> list[dict[str, object]]:
        """Every stored row, oldest first; for tests and the curious admin."""
        with self._lock:
            cursor = self._db.execute("SELECT * FROM interactions ORDER BY id")
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _write_language(self, key: str, lang: str) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO languages (user_hash, lang) VALUES (?, ?)"
                " ON CONFLICT (user_hash) DO UPDATE SET lang = excluded.lang", (key, lang))

    async def _run(self, func: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, func, *args)
