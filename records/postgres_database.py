"""One replica's connection to PostgreSQL: a pool for queries and one connection that listens.

The database may be down when the bot starts, or go away while it runs, and the bot keeps
answering all the same. ``run`` gives a piece of work a pooled connection, or raises
``RecordsUnavailable`` at once while the database is known to be down (so nothing waits on
it); a supervisor tries again, with backoff up to a few seconds, and when the database
answers it applies the schema migrations and sets ``up``. The listening connection serves
``listen``'s channels (LISTEN/NOTIFY); each time it (re)connects it calls the ``on_listening``
callbacks, so that caches kept from notifications are read afresh after a gap.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from psycopg import AsyncConnection, sql
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from records import RecordsUnavailable
from records.migrations import MigrationError, migrate_postgres

logger = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[AsyncConnection[Any]], Awaitable[T]]

CONNECT_TIMEOUT = 3.0  # seconds to open a connection
QUERY_TIMEOUT = 5.0  # seconds for a piece of work, waiting for a connection included
LIVENESS = 5.0  # seconds between checks that the listening connection is alive
FIRST_RETRY, LAST_RETRY = 0.2, 5.0  # seconds between attempts to reach a database that is down


class PostgresDatabase:
    """The pool, the listener and whether the database is reachable; start and stop it in the event loop."""

    def __init__(self, url: str, *, name: str = "vn-un-qa-bot", min_size: int = 1, max_size: int = 10,
                 connect_timeout: float = CONNECT_TIMEOUT) -> None:
        self.url = url
        self.name = name
        self.connect_timeout = connect_timeout
        self.up = asyncio.Event()  # set while the database answers
        self.listening = asyncio.Event()  # set while notifications arrive
        self._down = asyncio.Event()
        self._pool_size = (min_size, max_size)
        self._pool = self._new_pool()
        self._channels: dict[str, list[Callable[[str], object]]] = {}
        self._on_listening: list[Callable[[bool], Awaitable[None]]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._migrated = False
        self._outage_logged = False
        self._stopping = False
        self.problem = "not connected yet"  # why the database was last found unreachable

    @property
    def available(self) -> bool:
        return self.up.is_set()

    # -- registration, before start ------------------------------------------------------

    def listen(self, channel: str, callback: Callable[[str], object]) -> None:
        """Call ``callback(payload)`` for each NOTIFY on ``channel``; a coroutine it returns runs as a task."""
        self._channels.setdefault(channel, []).append(callback)

    def on_listening(self, callback: Callable[[bool], Awaitable[None]]) -> None:
        """Await ``callback(first)`` each time the listener (re)connects; ``first`` on the first time."""
        self._on_listening.append(callback)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, wait: float = CONNECT_TIMEOUT, listen: bool = True) -> None:
        """Open the pool and try the database for up to ``wait`` seconds; if it is down, carry on without it.

        ``listen=False`` opens no listening connection (for a one-off command). Raises
        ``MigrationError`` when the database was written by a newer version of the bot.
        """
        logging.getLogger("psycopg.pool").setLevel(logging.ERROR)  # an outage is logged once, here
        try:
            await self._connect(timeout=wait)
        except (psycopg.Error, PoolTimeout, TimeoutError, OSError) as error:
            self._went_down(error)
        self._spawn(self._supervise(), "postgres-supervisor")
        if listen:
            self._spawn(self._listen(), "postgres-listener")

    async def stop(self) -> None:
        self._stopping = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.up.clear()
        await self._pool.close(timeout=2)

    # -- work ----------------------------------------------------------------------------

    async def run(self, work: Work[T], timeout: float = QUERY_TIMEOUT) -> T:
        """``await work(connection)`` in a transaction that commits when it returns.

        Raises ``RecordsUnavailable`` at once while the database is down, and when this attempt
        fails to reach it (which marks it down). An error that the database returns for the
        work itself (a constraint, a syntax error) is raised as it is.
        """
        if not self.available:
            raise RecordsUnavailable(f"PostgreSQL is unreachable ({self.problem})")
        try:
            async with asyncio.timeout(timeout), self._pool.connection(timeout=timeout) as conn:
                return await work(conn)
        except (psycopg.OperationalError, psycopg.InterfaceError, PoolTimeout, TimeoutError, OSError) as error:
            self._went_down(error)
            raise RecordsUnavailable(f"PostgreSQL: {_describe(error)}") from error

    async def notify(self, channel: str, payload: str) -> None:
        async def send(conn: AsyncConnection[Any]) -> None:
            await conn.execute("SELECT pg_notify(%s, %s)", (channel, payload))

        await self.run(send)

    # -- staying connected -----------------------------------------------------------------

    def _new_pool(self) -> AsyncConnectionPool[AsyncConnection[Any]]:
        min_size, max_size = self._pool_size
        return AsyncConnectionPool(
            self.url, min_size=min_size, max_size=max_size, open=False, name=self.name,
            kwargs={"connect_timeout": max(1, round(self.connect_timeout)), "application_name": self.name[:63]},
        )

    async def _connect(self, timeout: float) -> None:
        """Reach the database, migrate it the first time, and put a new pool in service.

        The first connection is one of its own, so that a failure says why. The pool is new
        after each outage: the old one would wait out its own reconnection backoff, which
        grows to minutes, before it served again.
        """
        async with asyncio.timeout(timeout + 1):
            conn = await AsyncConnection.connect(self.url, connect_timeout=max(1, round(timeout)),
                                                 application_name=self.name[:63])
            async with conn:
                if not self._migrated:
                    await migrate_postgres(conn)
                    self._migrated = True
                else:
                    await conn.execute("SELECT 1")
        pool = self._new_pool()
        try:
            await pool.open(wait=True, timeout=timeout)
        except BaseException:
            await pool.close(timeout=0)
            raise
        old, self._pool = self._pool, pool
        self._spawn(old.close(timeout=0), "postgres-old-pool")
        if self._outage_logged:
            logger.warning("PostgreSQL answers again; writing what waited")
        self._outage_logged = False
        self._down.clear()
        self.up.set()

    def _went_down(self, error: BaseException) -> None:
        if self._stopping:
            return
        self.problem = _describe(error)
        if not self._outage_logged:
            logger.warning("PostgreSQL is unreachable (%s); answering on, records wait in memory",
                           _describe(error))
            self._outage_logged = True
        self.up.clear()
        self._down.set()

    async def _supervise(self) -> None:
        """While the database is down, try it again and again, backing off; once up, wait for the next outage."""
        delay = FIRST_RETRY
        while True:
            if self.available:
                await self._down.wait()
                delay = FIRST_RETRY
                continue
            await asyncio.sleep(delay)
            try:
                await self._connect(timeout=self.connect_timeout)
            except MigrationError as error:
                logger.error("%s", error)
                delay = LAST_RETRY
            except (psycopg.Error, PoolTimeout, TimeoutError, OSError):
                delay = min(delay * 2, LAST_RETRY)

    async def _listen(self) -> None:
        """Keep one connection LISTENing to the registered channels and hand each notification on."""
        first = True
        while True:
            await self.up.wait()
            try:
                conn = await AsyncConnection.connect(self.url, autocommit=True,
                                                     connect_timeout=max(1, round(self.connect_timeout)))
            except (psycopg.Error, OSError) as error:
                self._went_down(error)
                await asyncio.sleep(FIRST_RETRY)
                continue
            try:
                async with conn:
                    for channel in self._channels:
                        await conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    for callback in self._on_listening:
                        await callback(first)
                    first = False
                    self.listening.set()
                    while True:
                        async for note in conn.notifies(timeout=LIVENESS):
                            self._dispatch(note.channel, note.payload)
                        await conn.execute("SELECT 1")  # a connection that died quietly raises here
            except (psycopg.Error, OSError) as error:
                self._went_down(error)
            except RecordsUnavailable:
                pass  # a callback could not reach the database: it is marked down; listen again when back
            finally:
                self.listening.clear()
            await asyncio.sleep(FIRST_RETRY)

    def _dispatch(self, channel: str, payload: str) -> None:
        for callback in self._channels.get(channel, ()):
            try:
                result = callback(payload)
            except Exception:
                logger.exception("Handling a notification on %s failed", channel)
                continue
            if inspect.isawaitable(result):
                self._spawn(result, f"notification-{channel}")

    def _spawn(self, work: Awaitable[Any], name: str) -> None:
        task = asyncio.ensure_future(work)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("%s failed", task.get_name(), exc_info=task.exception())


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError | PoolTimeout):
        return "no answer in time"
    first_line = str(error).strip().splitlines()
    return first_line[0] if first_line else type(error).__name__
