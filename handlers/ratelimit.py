"""Per-user rate limit: a sliding window of one minute.

Past the limit a user gets one notice; further messages are ignored until older
ones leave the window. Other users are not affected.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["allow", "notify", "ignore"]


class UserRateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._notified: set[int] = set()
        self._checks = 0

    def check(self, user_id: int) -> Verdict:
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
