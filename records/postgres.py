"""The PostgreSQL engine of the records, shared by every replica of the bot.

The same tables and the same behaviour as ``records.sqlite`` (users known only by
``sha256(salt + user id)``, no text kept for a crisis message, personal numbers masked,
rows past the retention period deleted at startup and daily, crisis texts an older version
stored cleared at startup), with what sharing needs:

- Writes never hold up a reply, and never wait on the database: they join an in-memory
  queue that one task writes in order, in batches. While PostgreSQL is down the queue
  keeps up to ``max_pending_writes`` of them, written when it is back; past that, new
  ones are dropped, counted and warned about. A /forget is always kept.
- Chosen languages are answered from memory, like SQLite's, and kept in step with the
  other replicas by LISTEN/NOTIFY: each change is announced on ``bot_languages`` when it
  commits, and the whole table is read again whenever the listener reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import AsyncConnection

from records import (
    CLEAR_URGENT_TEXTS,
    MAX_REVIEW_ROWS,
    Asked,
    Chosen,
    Disliked,
    Interaction,
    RecordsUnavailable,
    ReviewData,
    Stats,
    stored_question,
)
from records.postgres_database import PostgresDatabase

DAY = 24 * 3600
MAX_PENDING_WRITES = 1_000  # as records.sqlite: a stuck database costs statistics, not memory
BATCH = 200  # writes per transaction
FORGET_WAIT = 10.0  # seconds /forget waits for the database before saying it will be done later
CHOOSE_WAIT = 10.0  # seconds a pressed suggestion waits to learn whether its question is stored
FLUSH_AT_STOP = 5.0  # seconds spent writing what is left when the bot stops
LANGUAGE_CHANNEL = "bot_languages"

logger = logging.getLogger(__name__)


def user_hash(salt: str, user_id: int) -> str:
    """How every engine names a user: ``sha256(salt + id)``, never the id."""
    return hashlib.sha256(f"{salt}{user_id}".encode()).hexdigest()


@dataclass
class _Log:
    row: tuple[object, ...]


@dataclass
class _Feedback:
    user_hash: str
    entry_id: str
    value: int


@dataclass
class _Choose:
    user_hash: str
    ref: str
    entry_id: str
    done: asyncio.Future[int] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


@dataclass
class _Language:
    user_hash: str
    lang: str


@dataclass
class _Forget:
    user_hash: str
    done: asyncio.Future[int] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


_Write = _Log | _Feedback | _Choose | _Language | _Forget


class PostgresRecords:
    """Records in a shared PostgreSQL database; ``start`` and ``stop`` it in the bot's event loop."""

    def __init__(
        self,
        database: PostgresDatabase,
        salt: str,
        retention_days: int,
        clock: Callable[[], float] = time.time,
        max_pending_writes: int = MAX_PENDING_WRITES,
    ) -> None:
        self.database = database
        self.retention_days = retention_days
        self.max_pending_writes = max_pending_writes
        self.dropped_writes = 0
        self._salt = salt
        self._clock = clock
        self._queue: deque[_Write] = deque()
        self._queued = asyncio.Event()
        self._languages: dict[str, str] = {}
        # Users whose language change is not written yet: the database does not know it, so
        # neither a notification nor a fresh read of the table may overrule it here.
        self._unsent_languages: Counter[str] = Counter()
        self._tasks: list[asyncio.Task[None]] = []
        self._urgent_cleared = False
        database.listen(LANGUAGE_CHANNEL, self._language_changed)
        database.on_listening(self._read_languages)

    @property
    def pending_writes(self) -> int:
        return len(self._queue)

    def user_hash(self, user_id: int) -> str:
        return user_hash(self._salt, user_id)

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Read the chosen languages (if the database answers) and start the writer.

        The text of crisis messages an older version stored is cleared with that first read, as
        ``SQLiteRecords`` does when it opens (or, if the database is away, with the read the
        listener makes when it is back).
        """
        with contextlib.suppress(RecordsUnavailable):
            await self._read_languages(first=True)
        self._tasks = [asyncio.create_task(self._write_queued(), name="records-writer"),
                       asyncio.create_task(self._purge_daily(), name="records-purge")]

    async def stop(self) -> None:
        """Write what is queued (for a few seconds at most), then count the rest as lost."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.flush(), FLUSH_AT_STOP)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._queue:
            forgets = sum(isinstance(w, _Forget) for w in self._queue)
            logger.warning("Stopping with %d writes PostgreSQL never took (/forget requests among them: %d)",
                           len(self._queue), forgets)
            self.dropped_writes += len(self._queue)
            self._queue.clear()

    def close(self) -> None:
        """Nothing to do: ``stop`` released everything in the event loop."""

    async def flush(self) -> None:
        """Wait until every queued write is in the database (tests, the stats command, stopping)."""
        while self._queue:
            await asyncio.sleep(0.01)

    # -- what handlers call ----------------------------------------------------------------

    async def log(self, interaction: Interaction) -> None:
        """Queue an interaction, with the time it happened (or count it as dropped when the queue is full)."""
        question = stored_question(interaction)
        question = question.replace("\x00", "")  # PostgreSQL's text cannot hold NUL; SQLite's can
        self._enqueue(_Log((self._clock(), self.user_hash(interaction.user_id), question, interaction.outcome,
                            interaction.entry_id, interaction.score, interaction.lang, interaction.via,
                            interaction.ref, " ".join(interaction.offered) or None)))

    async def set_feedback(self, user_id: int, entry_id: str, value: int) -> bool:
        """Queue the 👍/👎 for the user's latest interaction that answered with the entry or chose it.

        True once queued.
        """
        return self._enqueue(_Feedback(self.user_hash(user_id), entry_id, value))

    async def choose(self, user_id: int, ref: str, entry_id: str) -> bool:
        """Set ``chosen`` on the user's suggest row ``ref`` if it offered ``entry_id`` (a new choice clears 👍/👎).

        Written in order after the writes queued before it (the question's own row among them).
        False when there is no such row, or when the queue is full (then nothing is kept). If the
        database does not answer within ``CHOOSE_WAIT`` seconds, True: the choice stays queued
        and is written when it is back, and the caller logs nothing else for the press.
        """
        request = _Choose(self.user_hash(user_id), ref, entry_id)
        if not self._enqueue(request):
            return False
        try:
            return bool(await asyncio.wait_for(asyncio.shield(request.done), CHOOSE_WAIT))
        except TimeoutError:
            return True
        except RecordsUnavailable:
            return False

    async def review(self, days: int) -> ReviewData:
        """As ``SQLiteRecords.review_now``: unanswered questions, chosen suggestions, disliked entries."""
        since = self._clock() - days * DAY
        return await self.database.run(lambda conn: _review(conn, days, since))

    def language(self, user_id: int) -> str | None:
        """The language the user chose with /lang, if any; from memory, never waits."""
        return self._languages.get(self.user_hash(user_id))

    async def set_language(self, user_id: int, lang: str) -> None:
        key = self.user_hash(user_id)
        self._languages[key] = lang
        if self._enqueue(_Language(key, lang)):
            self._unsent_languages[key] += 1

    async def forget(self, user_id: int) -> int:
        """Delete the user's rows here and in every replica's memory; returns how many rows went.

        Runs after the writes queued before it, so that none of them brings a row back. If the
        database does not answer within ``FORGET_WAIT`` seconds, raises ``RecordsUnavailable``:
        the deletion stays queued and happens when it is back (unless this replica stops first).
        """
        key = self.user_hash(user_id)
        self._languages.pop(key, None)
        request = _Forget(key)
        self._unsent_languages[key] += 1
        self._queue.append(request)  # never dropped
        self._queued.set()
        try:
            return await asyncio.wait_for(asyncio.shield(request.done), FORGET_WAIT)
        except TimeoutError:
            raise RecordsUnavailable("PostgreSQL is unreachable; the deletion will be done when it is back") from None

    async def purge(self) -> int:
        """Delete rows past the retention period; 0 without trying while the database is down."""
        since = self._clock() - self.retention_days * DAY

        async def delete(conn: AsyncConnection[Any]) -> int:
            cursor = await conn.execute("DELETE FROM interactions WHERE at < %s", (since,))
            return cursor.rowcount

        try:
            return await self.database.run(delete)
        except RecordsUnavailable:
            return 0

    async def stats(self, days: int) -> Stats:
        since = self._clock() - days * DAY
        return await self.database.run(lambda conn: _stats(conn, days, since))

    async def interactions(self) -> list[dict[str, object]]:
        """Every stored row, oldest first; for tests and the curious admin."""
        async def read(conn: AsyncConnection[Any]) -> list[dict[str, object]]:
            cursor = await conn.execute("SELECT * FROM interactions ORDER BY id")
            names = [column.name for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in await cursor.fetchall()]

        return await self.database.run(read)

    # -- the queue -------------------------------------------------------------------------

    def _enqueue(self, write: _Write) -> bool:
        if len(self._queue) >= self.max_pending_writes:
            self.dropped_writes += 1
            if self.dropped_writes == 1 or self.dropped_writes % 1_000 == 0:
                logger.warning("PostgreSQL is %d writes behind; records not kept so far: %d",
                               len(self._queue), self.dropped_writes)
            return False
        self._queue.append(write)
        self._queued.set()
        return True

    async def _write_queued(self) -> None:
        """The one writer: the oldest writes first, a batch per transaction, again after an outage."""
        while True:
            if not self._queue:
                self._queued.clear()
                await self._queued.wait()
                continue
            await self.database.up.wait()
            batch = list(itertools.islice(self._queue, BATCH))
            try:
                removed = await self._write_batch(batch)
            except RecordsUnavailable:
                continue  # the database is marked down: wait until it is back, then write the same batch
            except Exception:  # a bug, not the database: lose this batch, not the writer
                logger.exception("Writing %d records failed; they are dropped", len(batch))
                self.dropped_writes += len(batch)
                removed = [None] * len(batch)
            for write, count in zip(batch, removed, strict=False):
                self._queue.popleft()
                self._written(write, count)

    async def _write_batch(self, batch: list[_Write]) -> list[int | None]:
        """Write ``batch`` in one transaction; if the database refuses it, each write alone.

        Returns what each write deleted, None for a write the database refused (it is dropped
        and counted), for the whole batch or the part of it that was committed before the
        database went away. Raises ``RecordsUnavailable`` when none of it could be written.
        """
        try:
            return list(await self.database.run(lambda conn: _write(conn, batch)))
        except RecordsUnavailable:
            raise
        except psycopg.Error:
            if len(batch) == 1:
                logger.exception("PostgreSQL refused a write; it is dropped")
                self.dropped_writes += 1
                return [None]
        results: list[int | None] = []
        for write in batch:
            try:
                results += await self._write_batch([write])
            except RecordsUnavailable:
                if not results:
                    raise
                break  # the writes done so far are committed: report those, the rest is written later
        return results

    def _written(self, write: _Write, count: int | None) -> None:
        if isinstance(write, _Language | _Forget):
            self._unsent_languages[write.user_hash] -= 1
            if self._unsent_languages[write.user_hash] <= 0:
                del self._unsent_languages[write.user_hash]
        if isinstance(write, _Choose) and not write.done.done():
            write.done.set_result(count or 0)
        if isinstance(write, _Forget) and not write.done.done():
            if count is None:
                write.done.set_exception(RecordsUnavailable("PostgreSQL refused the deletion"))
                write.done.exception()  # retrieved: nobody may be waiting any more
            else:
                write.done.set_result(count)

    async def _purge_daily(self) -> None:
        while True:
            await asyncio.sleep(DAY)
            removed = await self.purge()
            if removed:
                logger.info("Deleted %d interactions past the retention period", removed)

    # -- languages, shared -----------------------------------------------------------------

    def _language_changed(self, payload: str) -> None:
        """``hash:lang`` when a replica stored a choice, ``hash:`` when it forgot one."""
        key, _, lang = payload.partition(":")
        if key in self._unsent_languages:
            return
        if lang:
            self._languages[key] = lang
        else:
            self._languages.pop(key, None)

    async def _read_languages(self, first: bool) -> None:
        """Read every choice again: notifications may have been missed while the listener was away.

        The first read also clears the text of crisis messages an older version stored.
        """
        async def read(conn: AsyncConnection[Any]) -> tuple[dict[str, str], int]:
            cleared = 0
            if not self._urgent_cleared:
                cursor = await conn.execute(CLEAR_URGENT_TEXTS)
                cleared = cursor.rowcount
            cursor = await conn.execute("SELECT user_hash, lang FROM languages")
            return {key: lang for key, lang in await cursor.fetchall()}, cleared

        stored, cleared = await self.database.run(read)
        if not self._urgent_cleared:
            self._urgent_cleared = True
            if cleared:
                logger.info("Cleared the text of %d stored crisis messages", cleared)
        for key in self._unsent_languages:
            if key in self._languages:
                stored[key] = self._languages[key]
            else:
                stored.pop(key, None)
        self._languages = stored


async def _write(conn: AsyncConnection[Any], batch: list[_Write]) -> list[int]:
    """Carry out ``batch`` in order, in the caller's transaction.

    Returns, for each write, the rows a /forget deleted, or 1 when a choice found its question (else 0).
    """
    removed: list[int] = []
    async with conn.cursor() as cursor:
        for kind, group in itertools.groupby(batch, key=type):
            writes = list(group)
            if kind is _Log:
                await cursor.executemany(
                    "INSERT INTO interactions (at, user_hash, question, outcome, entry_id, score, lang, via, ref,"
                    " offered) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [w.row for w in writes if isinstance(w, _Log)])
                removed += [0] * len(writes)
                continue
            for write in writes:
                removed.append(await _write_one(cursor, write))
    return removed


async def _write_one(cursor: psycopg.AsyncCursor[Any], write: _Write) -> int:
    if isinstance(write, _Feedback):
        await cursor.execute(
            "UPDATE interactions SET feedback = %s WHERE id = ("
            " SELECT id FROM interactions WHERE user_hash = %s AND (entry_id = %s OR chosen = %s)"
            " ORDER BY id DESC LIMIT 1)",
            (write.value, write.user_hash, write.entry_id, write.entry_id))
    elif isinstance(write, _Choose):
        await cursor.execute(
            "SELECT id, offered, chosen FROM interactions WHERE user_hash = %s AND ref = %s AND outcome = 'suggest'"
            " ORDER BY id DESC LIMIT 1", (write.user_hash, write.ref))
        row = await cursor.fetchone()
        if row is None or write.entry_id not in (row[1] or "").split():
            return 0
        if row[2] != write.entry_id:
            await cursor.execute("UPDATE interactions SET chosen = %s, feedback = NULL WHERE id = %s",
                                 (write.entry_id, row[0]))
        return 1

    elif isinstance(write, _Language):
        await cursor.execute(
            "INSERT INTO languages (user_hash, lang) VALUES (%s, %s)"
            " ON CONFLICT (user_hash) DO UPDATE SET lang = excluded.lang", (write.user_hash, write.lang))
        await cursor.execute("SELECT pg_notify(%s, %s)", (LANGUAGE_CHANNEL, f"{write.user_hash}:{write.lang}"))
    elif isinstance(write, _Forget):
        await cursor.execute("DELETE FROM interactions WHERE user_hash = %s", (write.user_hash,))
        count = cursor.rowcount
        await cursor.execute("DELETE FROM languages WHERE user_hash = %s", (write.user_hash,))
        count += cursor.rowcount
        await cursor.execute("DELETE FROM rate_limits WHERE user_hash = %s", (write.user_hash,))
        await cursor.execute("SELECT pg_notify(%s, %s)", (LANGUAGE_CHANNEL, f"{write.user_hash}:"))
        return count
    return 0


async def _stats(conn: AsyncConnection[Any], days: int, since: float) -> Stats:
    """As ``SQLiteRecords.stats_now``; ties are ordered byte by byte (COLLATE "C"), as SQLite does."""
    where = "WHERE at >= %s AND via = 'message'"
    cursor = await conn.execute(f"SELECT outcome, count(*) FROM interactions {where} GROUP BY outcome", (since,))
    outcomes = {outcome: int(n) for outcome, n in await cursor.fetchall()}
    cursor = await conn.execute(
        f"SELECT entry_id, count(*) AS n FROM interactions {where} AND outcome = 'answer'"
        ' AND entry_id IS NOT NULL GROUP BY entry_id ORDER BY n DESC, entry_id COLLATE "C" LIMIT 5', (since,))
    top = [(entry_id, int(n)) for entry_id, n in await cursor.fetchall()]
    cursor = await conn.execute(
        f"SELECT lower(trim(question)) AS q, count(*) AS n FROM interactions {where} AND outcome = 'decline'"
        ' GROUP BY q ORDER BY n DESC, lower(trim(question)) COLLATE "C" LIMIT 5', (since,))
    unanswered = [(question, int(n)) for question, n in await cursor.fetchall()]
    cursor = await conn.execute(
        "SELECT feedback, count(*) FROM interactions WHERE at >= %s AND feedback IS NOT NULL GROUP BY feedback",
        (since,))
    feedback = {int(value): int(n) for value, n in await cursor.fetchall()}
    return Stats(days, sum(outcomes.values()), outcomes, top, unanswered, feedback)


async def _review(conn: AsyncConnection[Any], days: int, since: float) -> ReviewData:
    """As ``SQLiteRecords.review_now``; ties are ordered byte by byte (COLLATE "C"), as SQLite does."""
    asked = "FROM interactions WHERE at >= %s AND via = 'message' AND question != ''"
    cursor = await conn.execute(
        f"SELECT question, count(*) AS n {asked}"
        " AND (outcome = 'decline' OR (outcome = 'suggest' AND (chosen IS NULL OR feedback < 0)))"
        ' GROUP BY question ORDER BY n DESC, question COLLATE "C" LIMIT %s', (since, MAX_REVIEW_ROWS))
    unanswered = [Asked(q, int(n)) for q, n in await cursor.fetchall()]
    cursor = await conn.execute(
        f"SELECT question, chosen, count(*) AS n {asked}"
        " AND outcome = 'suggest' AND chosen IS NOT NULL AND (feedback IS NULL OR feedback > 0)"
        ' GROUP BY question, chosen ORDER BY n DESC, question COLLATE "C", chosen COLLATE "C" LIMIT %s',
        (since, MAX_REVIEW_ROWS))
    chosen = [Chosen(q, e, int(n)) for q, e, n in await cursor.fetchall()]
    cursor = await conn.execute(
        "SELECT coalesce(chosen, entry_id) AS item, count(*) AS n FROM interactions"
        " WHERE at >= %s AND feedback < 0 AND coalesce(chosen, entry_id) IS NOT NULL"
        ' GROUP BY item ORDER BY n DESC, coalesce(chosen, entry_id) COLLATE "C" LIMIT %s', (since, MAX_REVIEW_ROWS))
    disliked = [Disliked(e, int(n)) for e, n in await cursor.fetchall()]
    return ReviewData(days, unanswered=unanswered, chosen=chosen, disliked=disliked)
