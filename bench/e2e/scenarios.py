"""The scenarios of the default run: paced, closed loop, burst, abuse and slow database.

Each runs the bot afresh (``session.bot_session``) and returns a ``ScenarioResult``.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from bench.e2e.report import ScenarioResult, summary
from bench.e2e.session import GRACE, REPLY_TIMEOUT, Session, bot_session, wait_all, wait_reply
from bench.e2e.slow_records import SlowWrites
from bench.e2e.tracker import LogCounter
from bench.e2e.workload import FIRST_USER_ID, Predictor, Sent, Workload, make_users
from knowledge.store import KnowledgeStore
from testkit import updates


@dataclass
class Config:
    store: KnowledgeStore
    predictor: Predictor
    questions: list[str]
    users: int
    rounds: int
    late_users: int
    user_rate: int
    slow_write_ms: float
    rate: float
    paced_seconds: float
    seed: int
    logs: LogCounter


async def finish(
    session: Session, name: str, description: str, users: int, sent: int, elapsed: float, logs: LogCounter, **extra: Any
) -> ScenarioResult:
    await asyncio.sleep(GRACE)  # room for a duplicate to arrive before counting
    tracker = session.tracker
    latencies = {k: v for k, v in tracker.latencies.items() if ":" not in k}
    everything = [s for samples in latencies.values() for s in samples]
    return ScenarioResult(
        name=name,
        description=description,
        limiter=session.limiter,
        user_rate_per_minute=session.bot.settings.user_rate_per_minute,
        users=users,
        updates=sent,
        replies=tracker.replies,
        lost=len(tracker.outstanding()),
        duplicates=tracker.duplicates,
        mismatched=tracker.mismatched,
        elapsed_s=round(elapsed, 3),
        updates_per_s=round(tracker.replies / elapsed, 1) if elapsed else 0.0,
        latency=summary(everything),
        by_kind={k: summary(v) for k, v in sorted(latencies.items())},
        buckets={
            k.removeprefix("bucket:"): summary(v)
            for k, v in sorted(tracker.latencies.items())
            if k.startswith("bucket:")
        },
        stages={
            k.removeprefix("stage:"): summary(v) for k, v in sorted(tracker.latencies.items()) if k.startswith("stage:")
        },
        failed_calls=dict(tracker.failed),
        log=logs.take(),
        mismatch_samples=[asdict(m) for m in tracker.mismatches],
        extra=extra,
    )


async def user_loop(
    session: Session, workload: Workload, sender: dict[str, Any], count: int, bucket: str = "main"
) -> int:
    """One user in a closed loop: the next update once the previous one has its reply."""
    for _ in range(count):
        await wait_reply(session.send(workload.next(sender), bucket))
    return count


async def late_arrivals(session: Session, workload: Workload, count: int, after: float) -> int:
    """Users the bot has never seen, arriving while the others are busy: one question each."""
    await asyncio.sleep(after)
    newcomers = make_users(count, FIRST_USER_ID + 500_000)
    pendings = [
        session.send(Sent("text", updates.message(q, u), workload.predictor.question(q)), "late")
        for u, q in zip(newcomers, workload.rng.sample(workload.questions, count), strict=True)
    ]
    await wait_all(pendings, REPLY_TIMEOUT)
    return count


async def closed(
    config: Config,
    limiter: str,
    name: str = "closed",
    slow_write: float | None = None,
    description: str = "",
) -> ScenarioResult:
    workload = Workload(config.questions, config.predictor, config.seed)
    users = make_users(config.users)
    async with bot_session(config.store, limiter, slow_write, user_rate_per_minute=config.user_rate) as session:
        started = time.perf_counter()
        jobs = [user_loop(session, workload, u, config.rounds) for u in users]
        jobs.append(late_arrivals(session, workload, config.late_users, after=1.0))
        sent = sum(await asyncio.gather(*jobs))
        elapsed = time.perf_counter() - started
        records = session.bot.records
        backlog = records.pending_writes
        if isinstance(records, SlowWrites):
            records.fast = True
        return await finish(
            session,
            name,
            description
            or (f"{config.users} users x {config.rounds} updates, closed loop; {config.late_users} late users"),
            config.users + config.late_users,
            sent,
            elapsed,
            config.logs,
            write_backlog_at_end=backlog,
        )


async def paced(config: Config, limiter: str) -> ScenarioResult:
    """Updates arriving at a steady ``config.rate`` a second, below Telegram's 30: latency at a sane load."""
    workload = Workload(config.questions, config.predictor, config.seed)
    users = make_users(config.users)
    total = round(config.rate * config.paced_seconds)
    async with bot_session(config.store, limiter, user_rate_per_minute=config.user_rate) as session:
        started = time.perf_counter()
        pendings = []
        for i in range(total):
            # Keep to the schedule rather than sleeping a fixed gap, so the rate does not drift.
            await asyncio.sleep(max(0.0, started + i / config.rate - time.perf_counter()))
            pendings.append(session.send(workload.next(users[i % len(users)])))
        await wait_all(pendings)
        elapsed = time.perf_counter() - started
        return await finish(
            session,
            "paced",
            f"{config.rate:g} updates/s from {config.users} users for {config.paced_seconds:g}s, open loop",
            config.users,
            total,
            elapsed,
            config.logs,
        )


async def burst(config: Config, limiter: str) -> ScenarioResult:
    workload = Workload(config.questions, config.predictor, config.seed)
    users = make_users(config.users)
    planned = [workload.next(u) for _ in range(config.rounds) for u in users]  # first of every user first
    async with bot_session(config.store, limiter, user_rate_per_minute=config.user_rate) as session:
        started = time.perf_counter()
        pendings = [session.send(s) for s in planned]
        await wait_all(pendings)
        elapsed = time.perf_counter() - started
        return await finish(
            session,
            "burst",
            f"{config.users} users x {config.rounds} updates queued at once",
            config.users,
            len(planned),
            elapsed,
            config.logs,
        )


async def abuse(config: Config, abuser: str | None, per_user: int = 10, spam: int = 300) -> ScenarioResult:
    """49 users at a human pace under the default per-user limit, with or without one abusive user."""
    workload = Workload(config.questions, config.predictor, config.seed, inline_share=0, non_text_share=0)
    others = make_users(config.users - 1)
    bad = updates.user(FIRST_USER_ID + 900_000, "en", "Spammer")
    async with bot_session(config.store, "lifted") as session:
        limit = session.bot.settings.user_rate_per_minute
        session.tracker.watched[bad["id"]] = []
        started = time.perf_counter()
        if abuser:
            texts = (
                [workload.rng.choice(config.questions) for _ in range(spam)]
                if abuser == "questions"
                else [workload.gibberish() for _ in range(spam)]
            )
            for text in texts:
                session.bot.api.queue(updates.message(text, bad))
        sent = sum(await asyncio.gather(*(user_loop(session, workload, u, per_user, "others") for u in others)))
        elapsed = time.perf_counter() - started
        await asyncio.sleep(1.0)  # the abuser's last replies
        got = session.tracker.watched[bad["id"]]
        notice = Predictor.notice("slow_down", "en")[0]
        description = {
            None: "49 users x 10 questions, closed loop, default per-user limit, no abuser "
            "(30/s limiter lifted so only the per-user limit is at work)",
            "questions": f"the same, plus one user sending {spam} dev questions at once",
            "gibberish": f"the same, plus one user sending {spam} x 4,096 chars of unknown words",
        }[abuser]
        extra = {
            "abuser_sent": spam if abuser else 0,
            "abuser_replies": len(got),
            "abuser_notices": got.count(notice),
            "abuser_expected_replies": (limit + 1) if abuser else 0,
        }
        name = f"abuse:{abuser or 'none'}"
        return await finish(session, name, description, config.users, sent, elapsed, config.logs, **extra)


async def slow_db(config: Config) -> ScenarioResult:
    return await closed(
        config,
        "lifted",
        "slow-db",
        config.slow_write_ms / 1000,
        f"closed loop as above, every interaction write takes {config.slow_write_ms:g} ms",
    )


async def run_scenarios(config: Config, names: list[str], limiters: list[str]) -> list[ScenarioResult]:
    plan: list[tuple[str, Callable[[], Awaitable[ScenarioResult]]]] = []
    for name in names:
        if name in ("closed", "burst", "paced"):
            runner = {"closed": closed, "burst": burst, "paced": paced}[name]
            plan += [(f"{name} ({mode})", partial(runner, config, mode)) for mode in limiters]
        elif name == "abuse":
            plan += [(f"abuse ({who})", partial(abuse, config, who)) for who in (None, "questions", "gibberish")]
        elif name == "slow-db":
            plan.append(("slow-db", partial(slow_db, config)))
    results = []
    for label, run in plan:
        started = time.perf_counter()
        print(f"… {label}", file=sys.stderr, flush=True)
        results.append(await run())
        print(f"  done in {time.perf_counter() - started:.1f}s", file=sys.stderr, flush=True)
    return results
