"""One run of the bot for a scenario: the fake server, the bot built with the run's collaborators, the tracker.

The bot is built by ``bot.app.build_application`` through ``testkit.harness.serving``, as the
handler tests build it; what differs from the deployed bot is passed in, never patched:

* the sending limiter: ``deployed`` is ``bot.app.default_limiters``'s ``AIORateLimiter``, which
  holds sending to Telegram's 30 messages a second; ``lifted`` is the same without that overall
  limit, to measure what the bot itself can do;
* the per-user limit, through the settings (raised for most runs, as the output says);
* the records: SQLite in a temporary folder, behind a slow disk for ``slow-db``.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from telegram.ext import AIORateLimiter

from bench.e2e.slow_records import SlowWrites
from bench.e2e.tracker import CallLog, Pending, ReplyTracker
from bench.e2e.workload import Sent
from bot.app import RATE_LIMIT_RETRIES, default_limiters
from bot.settings import Settings
from knowledge.store import KnowledgeStore
from records import Records
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import TOKEN, Limiters, RunningBot, open_records, serving, settings_for

REPLY_TIMEOUT = 30.0  # a reply later than this counts as lost (unless it turns up before the end)
STALL_TIMEOUT = 20.0  # a burst is given up when no reply came for this long
GRACE = 0.5  # after the last reply, how long a duplicate has to show up


class CountedRecords(Records, Protocol):
    """Records that tell how many writes are still to be done (the engine, or the engine behind a slow disk)."""

    @property
    def pending_writes(self) -> int: ...


@dataclass
class Session:
    bot: RunningBot[CountedRecords]
    tracker: ReplyTracker
    limiter: str

    def send(self, sent: Sent, bucket: str = "main") -> Pending:
        pending = self.tracker.expect(sent.kind, sent.update, sent.expected, bucket)
        self.tracker.queued(pending, self.bot.api.queue(sent.update)["update_id"])
        return pending


def limiters(mode: str, settings: Settings) -> Limiters:
    """The per-user limit of ``settings``, and the sending limiter as deployed or ``lifted``."""
    per_user, deployed = default_limiters(settings)
    if mode == "deployed":
        return per_user, deployed
    return per_user, AIORateLimiter(overall_max_rate=0, max_retries=RATE_LIMIT_RETRIES)


def limiter_description(app: Any) -> str:
    """What the running bot's rate limiter actually does, read back rather than assumed."""
    limiter = app.bot.rate_limiter
    if limiter is None:
        return "none"
    base = getattr(limiter, "_base_limiter", None)
    if base is None:
        return "lifted (no overall limit)"
    return f"deployed ({base.max_rate:g} per {base.time_period:g}s)"


@contextlib.asynccontextmanager
async def bot_session(
    store: KnowledgeStore, limiter: str, slow_write: float | None = None, **overrides: Any
) -> AsyncIterator[Session]:
    """The bot on a fresh server and database; ``slow_write`` seconds added to every interaction write."""
    tracker = ReplyTracker()
    api = FakeBotAPI(TOKEN, calls=CallLog(tracker.on_call))
    await api.start()
    try:
        with tempfile.TemporaryDirectory(prefix="e2e-bench-") as tmp:
            settings = settings_for(api, Path(tmp), **overrides)
            engine = open_records(settings)
            records: CountedRecords = SlowWrites(engine, slow_write) if slow_write is not None else engine
            async with serving(api, store, settings, records, limiters(limiter, settings)) as running:
                yield Session(running, tracker, limiter_description(running.app))
    finally:
        await api.stop()


async def wait_reply(pending: Pending, timeout: float = REPLY_TIMEOUT) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.shield(pending.done), timeout)


async def wait_all(pendings: list[Pending], stall: float = STALL_TIMEOUT) -> None:
    """Until every reply came, or none came for ``stall`` seconds."""
    waiting = {p.done for p in pendings if not p.done.done()}
    while waiting:
        finished, waiting = await asyncio.wait(waiting, timeout=stall)
        if not finished:
            return
