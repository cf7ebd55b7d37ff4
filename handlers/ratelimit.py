"""Per-user rate limit: a sliding window of one minute.

Past the limit a user gets one notice; further messages are ignored until older
ones leave the window. Other users are not affected.

``UserRateLimiter`` counts in this process's memory (one process, SQLite). With several
replicas, ``SharedRateLimiter`` asks the shared database (``records.postgres_limits``), so
a user writing to two replicas is limited as one user, and counts in memory only while
the database cannot answer.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Literal, Protocol

from records import RecordsUnavailable

Verdict = Literal["allow", "notify", "ignore"]

logger = logging.getLogger(__name__)


class RateLimiter(Protocol):
    async def check(self, user_id: int) -> Verdict:
        """"allow" this update, "notify" the user once that they are past the limit, or "ignore" it."""


class UserRateLimiter:
    """The limit in this process's memory."""

    def __init__(self, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._notified: set[int] = set()
        self._checks = 0

    async def check(self, user_id: int) -> Verdict:
        return self.check_now(user_id)

    def check_now(self, user_id: int) -> Verdict:
        now = self._clock()
        self._forget_idle(now)
        seen = self._seen.setdefault(user_id, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) < self.per_minute:
            seen.append(now)
            self._notified.discard(user_id)
            return "allow"
        if user_id in self._notified:
            return "ignore"
        self._notified.add(user_id)
        return "notify"

    def _forget_idle(self, now: float) -> None:
        self._checks += 1
        if self._checks % 1000:
            return
        idle = [user for user, seen in self._seen.items() if not seen or seen[-1] <= now - self.window]
        for user in idle:
            del self._seen[user]
            self._notified.discard(user)


class SharedRateLimiter:
    """The limit kept in the shared database, and this process's own while the database cannot answer."""

    def __init__(self, shared: RateLimiter, local: UserRateLimiter) -> None:
        self.shared = shared
        self.local = local
        self.local_checks = 0  # verdicts given from memory because the database could not answer

    async def check(self, user_id: int) -> Verdict:
        try:
            return await self.shared.check(user_id)
        except RecordsUnavailable:
            self.local_checks += 1
            if self.local_checks == 1 or self.local_checks % 1_000 == 0:
                logger.warning("The shared rate limit is unavailable; limiting per replica (%d times so far)",
                               self.local_checks)
            return self.local.check_now(user_id)
