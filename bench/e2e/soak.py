"""The soak: many updates from many users, with the memory of everything in the bot that can grow sampled.

Between chunks of updates, with nothing in flight, it samples RSS, tracemalloc and the size
of each structure in ``SIZES``, then compares the end with the first sample (the warm-up)
and names the lines that grew. The sizes are read from the objects the bench built the bot
with (store, limiter, records) and from the application, defensively: -1 when not found.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
import tracemalloc
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.e2e.report import MemorySample, SoakResult, summary
from bench.e2e.scenarios import Config
from bench.e2e.session import GRACE, Session, bot_session, wait_reply
from bench.e2e.workload import Workload, make_users
from knowledge import normalize
from knowledge.store import KnowledgeStore

ROOT = Path(__file__).resolve().parents[2]
HARNESS = tuple(str(ROOT / folder) for folder in ("bench", "testkit", "tests"))

SIZES = {  # column: what it counts, and its bound
    "languages": "SQLiteRecords._languages: language per user hash (no bound)",
    "backlog": "interaction writes queued or being written (SQLiteRecords.pending_writes)",
    "limiter": "UserRateLimiter._seen: users seen in the last minute (idle ones dropped every 1,000 checks)",
    "corrections": "Matcher._corrections: spelling corrections (cleared past 50,000)",
    "fold_lru": "normalize._fold_chunk lru_cache (maxsize 65,536)",
    "user_data": "Application.user_data (created only when a handler reads context.user_data)",
    "chat_data": "Application.chat_data (likewise)",
    "ptb_ids": "Application._user/_chat_ids_to_be_updated_in_persistence (emptied only with a persistence)",
    "groups": "AIORateLimiter._group_limiters (groups only; pruned past 512)",
    "conns": "HTTP connections kept open by the bot's request pool (bound 256)",
    "tasks": "asyncio tasks",
    "srv_chats": "harness: FakeBotAPI._chats, one per chat",
}


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_connections(ptb_bot: Any) -> int:
    """Connections in the httpx pool of the bot's calls (not getUpdates); -1 when not found."""
    try:
        return len(ptb_bot._request[1]._client._transport._pool.connections)
    except (AttributeError, IndexError, TypeError):
        return -1


def cache_sizes(session: Session, store: KnowledgeStore) -> dict[str, int]:
    """The sizes of what can grow in the bot (and in the harness)."""
    app = session.bot.app
    matcher = getattr(store.current, "matcher", None)
    fold = getattr(normalize, "_fold_chunk", None)
    return {
        "languages": len(getattr(session.bot.records, "_languages", ())),
        "backlog": session.bot.records.pending_writes,
        "limiter": len(getattr(session.bot.limiter, "_seen", ())),
        "corrections": len(getattr(matcher, "_corrections", ())),
        "fold_lru": fold.cache_info().currsize if fold is not None and hasattr(fold, "cache_info") else -1,
        "user_data": len(app.user_data),
        "chat_data": len(app.chat_data),
        "ptb_ids": len(getattr(app, "_user_ids_to_be_updated_in_persistence", ()))
        + len(getattr(app, "_chat_ids_to_be_updated_in_persistence", ())),
        "groups": len(getattr(app.bot.rate_limiter, "_group_limiters", ())),
        "conns": open_connections(app.bot),
        "tasks": len(asyncio.all_tasks()),
        "srv_chats": len(getattr(session.bot.api, "_chats", ())),
    }


def sample(session: Session, store: KnowledgeStore, done: int, started: float, traced: bool) -> MemorySample:
    gc.collect()  # what is left is held, not garbage waiting for a collection
    current = tracemalloc.get_traced_memory()[0] / 2**20 if traced else None
    return MemorySample(
        done,
        round(time.perf_counter() - started, 2),
        round(rss_kib() / 1024, 2),
        round(current, 2) if current is not None else None,
        cache_sizes(session, store),
    )


def owner(filename: str) -> str:
    """Whose memory a line allocates: the bot's code, its libraries, Python's own, or this harness's."""
    if filename.startswith(HARNESS):
        return "harness"
    if "site-packages" in filename:
        return "libraries"
    return "bot" if filename.startswith(str(ROOT)) else "python"


def growth(
    before: tracemalloc.Snapshot, after: tracemalloc.Snapshot, limit: int = 15
) -> tuple[dict[str, float], list[str]]:
    """Growth in KiB by owner, and the lines that grew most."""
    ignored = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib*")]
    stats = after.filter_traces(ignored).compare_to(before.filter_traces(ignored), "lineno")
    owners: Counter[str] = Counter()
    for stat in stats:
        owners[owner(stat.traceback[0].filename)] += stat.size_diff
    lines = []
    for stat in stats[:limit]:
        where = stat.traceback[0]
        path = where.filename.removeprefix(f"{ROOT}/")
        lines.append(
            f"{stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks  "
            f"{owner(where.filename):<9} {path}:{where.lineno}"
        )
    return {k: round(v / 1024, 1) for k, v in owners.most_common()}, lines


async def settle(session: Session) -> None:
    """Until the interaction writes of the replies just sent are done (at most 5 seconds)."""
    for _ in range(100):
        if session.bot.records.pending_writes <= 0 and len(asyncio.all_tasks()) < 60:
            return
        await asyncio.sleep(0.05)


async def soak(
    config: Config,
    total: int,
    users_count: int,
    workers: int,
    every: int,
    limiter: str,
    traced: bool,
    fresh_share: float,
    arrival: str = "spread",
) -> SoakResult:
    """``total`` updates in chunks of ``every``; memory is sampled between chunks, with nothing in flight,
    so that one sample compares with the next."""
    workload = Workload(config.questions, config.predictor, config.seed, fresh_share=fresh_share)
    users = make_users(users_count)
    samples: list[MemorySample] = []
    snapshots: list[tracemalloc.Snapshot] = []
    latencies = array("d", bytes(8 * total))  # allocated up front: the harness must not grow in the figures
    done = 0
    loaded = 0.0  # seconds under load, without the pauses for sampling
    async with bot_session(config.store, limiter, user_rate_per_minute=config.user_rate) as session:
        session.tracker.keep_latencies = False
        started = time.perf_counter()

        async def worker(numbers: Iterator[int], end: int) -> None:
            nonlocal done
            while (i := next(numbers)) < end:
                # "spread": new users keep arriving all through the run, a few updates each, so that
                # anything kept per user grows all the way. "cycle": every user is known after the
                # first round, so what still grows, grows per update.
                who = i * users_count // total if arrival == "spread" else i % users_count
                pending = session.send(workload.next(users[who]))
                await wait_reply(pending)
                if pending.done.done():
                    latencies[done] = pending.done.result()
                done += 1

        for first in range(0, total, every):
            chunk_started = time.perf_counter()
            numbers = itertools.count(first)
            await asyncio.gather(*(worker(numbers, min(first + every, total)) for _ in range(workers)))
            loaded += time.perf_counter() - chunk_started
            await settle(session)
            samples.append(sample(session, config.store, done, started, traced))
            if traced and (first == 0 or first + every >= total):
                snapshots.append(tracemalloc.take_snapshot())
        await asyncio.sleep(GRACE)
        tracker = session.tracker
        warm, last = samples[0], samples[-1]
        by_owner, top = growth(snapshots[0], snapshots[-1]) if len(snapshots) == 2 else ({}, [])
        traced_growth = (
            last.traced_mib - warm.traced_mib if warm.traced_mib is not None and last.traced_mib is not None else None
        )
        return SoakResult(
            updates=done,
            users=users_count,
            workers=workers,
            limiter=session.limiter,
            user_rate_per_minute=config.user_rate,
            fresh_share=fresh_share,
            arrival=arrival,
            duration_s=round(loaded, 1),
            updates_per_s=round(done / loaded, 1),
            replies=tracker.replies,
            lost=len(tracker.outstanding()),
            duplicates=tracker.duplicates,
            mismatched=tracker.mismatched,
            failed_calls=dict(tracker.failed),
            log=config.logs.take(),
            latency=summary(list(latencies[:done])),
            samples=samples,
            warmup_updates=warm.updates,
            rss_growth_mib=round(last.rss_mib - warm.rss_mib, 2),
            traced_growth_mib=round(traced_growth, 2) if traced_growth is not None else None,
            growth_kib_by_owner=by_owner,
            top_growth=top,
        )
