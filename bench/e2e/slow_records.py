"""The SQLite records behind a slow disk, for the ``slow-db`` scenario.

A wrapper, not a subclass: it implements ``records.Records`` and hands everything to the
engine, so the bot is built with it exactly as with any other records.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

from records import Interaction, ReviewData, Stats
from records.sqlite import SQLiteRecords


class SlowWrites:
    """Every interaction write takes ``delay`` seconds longer, one write at a time, until ``fast`` is set.

    The delays run on a thread of their own, one after another, as writes would queue behind
    a slow disk however busy the event loop is; each write then goes to the engine in order.
    The queue here has no bound of its own: the engine drops writes past 1,000 pending, and a
    run of the default size never has that many to write.
    """

    def __init__(self, engine: SQLiteRecords, delay: float) -> None:
        self.engine = engine
        self.delay = delay
        self.fast = False  # set when the measurement is over, so closing does not wait out the backlog
        self._waiting = 0
        self._disk = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slow-disk")

    @property
    def pending_writes(self) -> int:
        """Interaction writes waiting for the disk or being written."""
        return self._waiting + self.engine.pending_writes

    async def log(self, interaction: Interaction) -> None:
        self._waiting += 1  # only the event loop's thread counts, as in the engine
        try:
            await asyncio.get_running_loop().run_in_executor(self._disk, self._disk_time)
        finally:
            self._waiting -= 1
        await self.engine.log(interaction)

    async def set_feedback(self, user_id: int, entry_id: str, value: int) -> bool:
        return await self.engine.set_feedback(user_id, entry_id, value)

    def language(self, user_id: int) -> str | None:
        return self.engine.language(user_id)

    async def set_language(self, user_id: int, lang: str) -> None:
        await self.engine.set_language(user_id, lang)

    async def purge(self) -> int:
        return await self.engine.purge()

    async def stats(self, days: int) -> Stats:
        return await self.engine.stats(days)

    async def choose(self, user_id: int, ref: str, entry_id: str) -> bool:
        return await self.engine.choose(user_id, ref, entry_id)

    async def review(self, days: int) -> ReviewData:
        return await self.engine.review(days)

    async def forget(self, user_id: int) -> int:
        return await self.engine.forget(user_id)

    def close(self) -> None:
        self._disk.shutdown(wait=True)
        self.engine.close()

    def _disk_time(self) -> None:
        # Read on the disk's thread, when the write's turn comes, so that setting ``fast``
        # also speeds up the writes already queued.
        if not self.fast:
            time.sleep(self.delay)
