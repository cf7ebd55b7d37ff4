"""The per-user rate limit, kept in PostgreSQL so that every replica counts a user's messages together.

Same verdicts as ``handlers.ratelimit.UserRateLimiter`` ("allow" while fewer than
``per_minute`` counted messages fall in the last minute, then one "notify", then "ignore"),
decided by the SQL function ``rate_limit_check`` (migration 0002) in one round trip, with
the user's row locked so that two replicas checking the same user take turns. Times are
the database's clock, so replicas whose clocks differ still agree. While the database is
down or slow this raises ``RecordsUnavailable``, and the caller uses its own in-memory
limit (``handlers.ratelimit.SharedRateLimiter``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, Literal

from psycopg import AsyncConnection

from records import RecordsUnavailable
from records.postgres import user_hash
from records.postgres_database import PostgresDatabase

Verdict = Literal["allow", "notify", "ignore"]
VERDICTS: tuple[Verdict, ...] = ("allow", "notify", "ignore")
CHECK_TIMEOUT = 0.5  # seconds; past it a message is counted by this replica alone

logger = logging.getLogger(__name__)


class PostgresRateLimiter:
    def __init__(
        self,
        database: PostgresDatabase,
        salt: str,
        per_minute: int,
        window: float = 60.0,
        clock: Callable[[], float] | None = None,  # seconds since the epoch; None: the database's clock
        timeout: float = CHECK_TIMEOUT,
    ) -> None:
        self.database = database
        self.per_minute = per_minute
        self.window = window
        self.timeout = timeout
        self._salt = salt
        self._clock = clock
        self._sweeper: asyncio.Task[None] | None = None

    async def check(self, user_id: int) -> Verdict:
        """The verdict on one more message from ``user_id``; ``RecordsUnavailable`` if the database cannot say."""
        params = (user_hash(self._salt, user_id), self.per_minute, self.window,
                  self._clock() if self._clock else None)

        async def decide(conn: AsyncConnection[Any]) -> str:
            cursor = await conn.execute("SELECT rate_limit_check(%s, %s, %s, %s)", params)
            row = await cursor.fetchone()
            return str(row[0]) if row else ""

        verdict = await self.database.run(decide, timeout=self.timeout)
        for known in VERDICTS:
            if verdict == known:
                return known
        raise RecordsUnavailable(f"rate_limit_check answered {verdict!r}")

    async def start(self) -> None:
        self._sweeper = asyncio.create_task(self._sweep(), name="rate-limit-sweeper")

    async def stop(self) -> None:
        if self._sweeper:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper

    async def _sweep(self) -> None:
        """Once a window, delete the rows of users who wrote nothing in the last one."""
        async def delete(conn: AsyncConnection[Any]) -> None:
            await conn.execute(
                "DELETE FROM rate_limits WHERE cardinality(hits) = 0"
                " OR hits[cardinality(hits)] <= extract(epoch FROM now()) - %s", (self.window,))

        while True:
            await asyncio.sleep(self.window)
            with contextlib.suppress(RecordsUnavailable):
                await self.database.run(delete)
