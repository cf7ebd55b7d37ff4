"""Replicas that share a PostgreSQL database: who is running, and reloads told to all of them.

Each replica writes its row in ``replicas`` (name, version served, last seen) every few seconds.
A reload is announced with a row in ``reloads`` and a NOTIFY on ``bot_reload`` carrying the new
fingerprint; each other replica loads the same files (``follow``), and answers on
``bot_reload_answer`` whether it now serves that version. The announcer waits up to ``wait``
seconds for the replicas seen in the last ``ALIVE`` seconds, and reports who took the new
version, who refused it (and why) and who did not answer. A replica whose listening connection
was away reads the newest announcement when it is back, and follows it if it missed it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from psycopg import AsyncConnection

from records import RecordsUnavailable
from records.postgres_database import PostgresDatabase
from records.replicas import ReloadRound, ReplicaAnswer

ANNOUNCE = "bot_reload"
ANSWER = "bot_reload_answer"
HEARTBEAT = 5.0  # seconds between a replica's "still here"
ALIVE = 15.0  # a replica seen within this many seconds is expected to answer an announcement
WAIT = 3.0  # seconds the announcer waits for the answers
MAX_DETAIL = 500  # characters of a refusal's reason (a notification holds at most 8,000 bytes)

# ``follow(fingerprint)``: serve that version, from the shared files; returns (ok, version served, why not).
Follow = Callable[[str], Awaitable[tuple[bool, str, str]]]

logger = logging.getLogger(__name__)


class _Round:
    """The answers to one announcement, as they arrive."""

    def __init__(self) -> None:
        self.answers: dict[str, ReplicaAnswer] = {}
        self.changed = asyncio.Event()

    def add(self, answer: ReplicaAnswer) -> None:
        self.answers[answer.replica] = answer
        self.changed.set()

    async def until_answered_by(self, replicas: set[str]) -> None:
        while not replicas <= self.answers.keys():
            self.changed.clear()
            await self.changed.wait()


class PostgresReplicas:
    def __init__(
        self,
        database: PostgresDatabase,
        name: str,
        follow: Follow,
        fingerprint: Callable[[], str],
        wait: float = WAIT,
        heartbeat: float = HEARTBEAT,
    ) -> None:
        self.database = database
        self.name = name
        self.wait = wait
        self.heartbeat = heartbeat
        self._follow = follow
        self._fingerprint = fingerprint
        self._rounds: dict[str, _Round] = {}
        self._last_reload = 0  # the newest announcement this replica knows of
        self._tasks: set[asyncio.Task[Any]] = set()
        database.listen(ANNOUNCE, self._announced)
        database.listen(ANSWER, self._answered)
        database.on_listening(self._catch_up)

    async def start(self) -> None:
        """Join: write this replica's row now (if the database answers), then every ``heartbeat`` seconds."""
        joined = await self._beat_once(joining=True)
        self._spawn(self._beat(joined), "replica-heartbeat")

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

        async def leave(conn: AsyncConnection[Any]) -> None:
            await conn.execute("DELETE FROM replicas WHERE name = %s", (self.name,))

        with contextlib.suppress(RecordsUnavailable):
            await self.database.run(leave, timeout=2)

    # -- announcing ----------------------------------------------------------------------

    async def announce_reload(self, fingerprint: str) -> ReloadRound:
        """Tell every other replica to serve ``fingerprint``; wait up to ``wait`` seconds for their answers."""
        round_id = secrets.token_hex(8)
        answers = self._rounds[round_id] = _Round()
        try:
            try:
                expected = await self.database.run(lambda conn: self._announce(conn, round_id, fingerprint))
            except RecordsUnavailable as error:
                return ReloadRound(fingerprint, unreachable=str(error))
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.wait):
                    await answers.until_answered_by(expected)
            silent = tuple(sorted(expected - answers.answers.keys()))
            return ReloadRound(fingerprint, tuple(sorted(answers.answers.values(), key=lambda a: a.replica)),
                               silent, self.wait)
        finally:
            del self._rounds[round_id]
            await self._beat_once()  # the registry shows the new version at once

    async def _announce(self, conn: AsyncConnection[Any], round_id: str, fingerprint: str) -> set[str]:
        cursor = await conn.execute("INSERT INTO reloads (origin, fingerprint) VALUES (%s, %s) RETURNING id",
                                    (self.name, fingerprint))
        row = await cursor.fetchone()
        reload_id = int(row[0]) if row else 0
        self._last_reload = max(self._last_reload, reload_id)
        cursor = await conn.execute(
            "SELECT name FROM replicas WHERE name <> %s AND seen_at > now() - make_interval(secs => %s)",
            (self.name, ALIVE))
        expected = {str(name) for (name,) in await cursor.fetchall()}
        payload = {"round": round_id, "id": reload_id, "origin": self.name, "fingerprint": fingerprint}
        await conn.execute("SELECT pg_notify(%s, %s)", (ANNOUNCE, json.dumps(payload)))  # sent at commit
        return expected

    def _answered(self, payload: str) -> None:
        data = json.loads(payload)
        waiting = self._rounds.get(str(data.get("round")))
        if waiting is not None:
            waiting.add(ReplicaAnswer(str(data["replica"]), bool(data["ok"]), str(data["fingerprint"]),
                                      str(data.get("detail", ""))))

    # -- following -----------------------------------------------------------------------

    def _announced(self, payload: str) -> Awaitable[None] | None:
        data = json.loads(payload)
        self._last_reload = max(self._last_reload, int(data.get("id", 0)))
        if data.get("origin") == self.name:
            return None
        return self._follow_and_answer(str(data["round"]), str(data["fingerprint"]), str(data.get("origin")))

    async def _follow_and_answer(self, round_id: str, fingerprint: str, origin: str) -> None:
        try:
            ok, served, detail = await self._follow(fingerprint)
        except Exception as error:  # follow reports its own errors; anything else is still an answer
            logger.exception("Following version %s failed", fingerprint)
            ok, served, detail = False, self._fingerprint(), f"{type(error).__name__}: {error}"
        if ok:
            logger.info("Serving version %s, as %s announced", fingerprint, origin)
        else:
            logger.warning("Refused version %s announced by %s: %s", fingerprint, origin, detail)
        await self._beat_once()
        answer = {"round": round_id, "replica": self.name, "ok": ok, "fingerprint": served,
                  "detail": detail[:MAX_DETAIL]}
        with contextlib.suppress(RecordsUnavailable):
            await self.database.notify(ANSWER, json.dumps(answer))

    async def _catch_up(self, first: bool) -> None:
        """After the listener was away: follow the newest announcement if this replica missed it."""
        async def newest(conn: AsyncConnection[Any]) -> tuple[int, str, str] | None:
            cursor = await conn.execute("SELECT id, fingerprint, origin FROM reloads ORDER BY id DESC LIMIT 1")
            row = await cursor.fetchone()
            return (int(row[0]), str(row[1]), str(row[2])) if row else None

        found = await self.database.run(newest)
        if found is None or found[0] <= self._last_reload:
            return
        reload_id, fingerprint, origin = found
        self._last_reload = reload_id
        if not first and fingerprint != self._fingerprint():
            logger.info("Missed the reload to %s while away; following it", fingerprint)
            self._spawn(self._follow_and_answer("", fingerprint, origin), "replica-catch-up")

    # -- being seen ------------------------------------------------------------------------

    async def _beat(self, joined: bool) -> None:
        while True:
            await asyncio.sleep(self.heartbeat)
            joined = await self._beat_once(joining=not joined) or joined

    async def _beat_once(self, joining: bool = False) -> bool:
        """Write this replica's row (its start time too when ``joining``); False if the database is down."""
        async def seen(conn: AsyncConnection[Any]) -> None:
            await conn.execute(
                "INSERT INTO replicas (name, fingerprint) VALUES (%s, %s)"
                " ON CONFLICT (name) DO UPDATE SET seen_at = now(), fingerprint = excluded.fingerprint,"
                " started_at = CASE WHEN %s THEN now() ELSE replicas.started_at END",
                (self.name, self._fingerprint(), joining))

        try:
            await self.database.run(seen)
        except RecordsUnavailable:
            return False
        return True

    def _spawn(self, work: Awaitable[Any], name: str) -> None:
        task = asyncio.ensure_future(work)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def running_replicas(database: PostgresDatabase) -> list[dict[str, object]]:
    """The replicas seen in the last ``ALIVE`` seconds: name, version served, seconds since seen."""
    async def read(conn: AsyncConnection[Any]) -> list[dict[str, object]]:
        cursor = await conn.execute(
            "SELECT name, fingerprint, extract(epoch FROM now() - seen_at)::float AS seen_seconds_ago,"
            " started_at FROM replicas WHERE seen_at > now() - make_interval(secs => %s) ORDER BY name", (ALIVE,))
        return [{"name": name, "fingerprint": fingerprint, "seen_seconds_ago": round(ago, 1),
                 "started_at": started.isoformat()} for name, fingerprint, ago, started in await cursor.fetchall()]

    return await database.run(read)
