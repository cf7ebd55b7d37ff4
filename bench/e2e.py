"""End-to-end benchmark and soak run: the real Application against the local Bot API server.

The bot is built with ``bot.app.build_application`` and long-polls the test suite's
``FakeBotAPI`` (``tests/handlers``), exactly as the handler tests run it. Simulated users
queue updates on the server; the time of an update is taken when it is queued and the
time of its reply when the server receives the matching ``sendMessage`` (same chat, the
text the bot would render for that question) or ``answerInlineQuery`` (same query id).

Scenarios of the default run:

* ``paced``: updates at a steady ``--rate`` (25 a second, under Telegram's 30) from 50 users,
  open loop: the latency a user sees when the bot is not overloaded.
* ``closed``: 50 users (vi/en) each send the next update once the previous one has its
  reply: dev questions, some inline queries, a few stickers/photos. 20 late users arrive
  after a second, each with a first question (a user the bot has not seen yet).
* ``burst``: the same updates, all queued at once.
* ``abuse``: 49 users at a human pace with the default limit of 30 updates a minute, alone,
  then with one user sending 300 questions at once, then with one sending 300 messages of
  4,096 characters of unknown words (the most expensive text to match).
* ``slow-db``: like ``closed`` but every interaction write takes ``--slow-write-ms``.

``paced``, ``closed`` and ``burst`` run twice: with the bot's ``AIORateLimiter`` as deployed (it holds
``sendMessage`` to Telegram's 30 a second) and with that limiter lifted, which measures what
the bot itself can do. The per-user limit is raised for them (to ``--user-rate``) and the
output says so. The server runs on the bot's event loop, so its own work counts against
the bot: the figures are a lower bound.

``--soak N`` pushes N updates (default 10,000) from ``--soak-users`` distinct users (2,000,
arriving all through the run, so whatever is kept per user keeps growing) through the same
harness, ``--workers`` (50) in flight. Half the questions carry an unseen word, new input for
the knowledge base's bounded caches. Between chunks of ``--sample-every`` updates, with
nothing in flight, it samples RSS, tracemalloc and the size of everything in the bot that can
grow, then compares the end with the first sample (the warm-up) and names the lines that grew.
tracemalloc makes the bot about four times slower; ``--no-tracemalloc`` keeps RSS only.
The harness keeps nothing per request: the server's request log is consumed as it is written.

Usage::

    python bench/e2e.py                              # every scenario: about 2.5 minutes
    python bench/e2e.py --scenarios closed burst --limiter lifted
    python bench/e2e.py --soak                       # 10,000 updates: about 4 minutes
    python bench/e2e.py --soak --no-tracemalloc      # about 75 seconds
    python bench/e2e.py --soak 50000 --soak-users 500 --arrival cycle --fresh-share 0 --no-tracemalloc

Writes ``bench/results/e2e.json`` (or ``soak.json``) and prints a table. Nothing here
asserts on time; the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import json
import logging
import os
import platform
import random
import string
import sys
import tempfile
import time
import tracemalloc
from array import array
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "handlers")]

import telegram  # noqa: E402
import updates  # noqa: E402
from fake_bot_api import Call, FakeBotAPI  # noqa: E402
from harness import TOKEN, RunningBot, running_bot  # noqa: E402
from telegram.ext import AIORateLimiter  # noqa: E402

import bot.app  # noqa: E402
from handlers import render  # noqa: E402
from handlers.common import Deps  # noqa: E402
from knowledge import normalize  # noqa: E402
from knowledge.evaluation import load_items  # noqa: E402
from knowledge.schema import Lang  # noqa: E402
from knowledge.store import KnowledgeStore  # noqa: E402
from records import Interaction  # noqa: E402
from records.sqlite import SQLiteRecords as Records  # noqa: E402

DEFAULT_EVAL = ROOT / "eval" / "dev.yaml"
DEFAULT_OUT = ROOT / "bench" / "results"
TELEGRAM_PER_SECOND = 30  # Telegram: about 30 messages a second overall, across chats
TELEGRAM_PER_CHAT = 1  # and 1 a second in one chat
FIRST_USER_ID = 10_000_000  # far from the harness's admin id
REPLY_TIMEOUT = 30.0  # a reply later than this counts as lost (unless it turns up before the end)
STALL_TIMEOUT = 20.0  # a burst is given up when no reply came for this long
GRACE = 0.5  # after the last reply, how long a duplicate has to show up
SAMPLES_KEPT = 5  # log lines and mismatched texts kept for the report


# -- what the bot should send ------------------------------------------------------------


class Predictor:
    """The texts the bot sends for a question, rendered once per question with the bot's own code.

    Users here never pick a language with /lang, so the reply depends on the text alone.
    """

    def __init__(self, store: KnowledgeStore, questions: list[str]) -> None:
        self._store = store
        self._texts: dict[str, tuple[str, ...]] = {}
        # All rendered before any run: the bench's own calls to the knowledge base share its caches,
        # and must neither grow them during a soak nor take the bot's time.
        for question in questions:
            self.question(question)

    def question(self, text: str) -> tuple[str, ...]:
        if text not in self._texts:
            found = self._store.current.ask(text, None)
            self._texts[text] = render.reply(found, asked=text, group=False).texts
        return self._texts[text]

    @staticmethod
    def notice(key: str, lang: Lang) -> tuple[str, ...]:
        return render.notice(key, lang).texts


def lang_of(code: str | None) -> Lang:
    return "en" if (code or "").startswith("en") else "vi"


# -- matching replies to updates -----------------------------------------------------------


@dataclass
class Pending:
    """An update on its way; ``expected`` is the texts still to come (None: any one message)."""

    kind: str
    bucket: str
    chat_id: int | None
    inline_id: str | None
    expected: list[str] | None
    queued_at: float
    done: asyncio.Future[float]
    fetched_at: float | None = None  # when getUpdates handed it to the bot


@dataclass
class Mismatch:
    chat_id: int
    got: str
    expected: str


class ReplyTracker:
    """Sees every request the server records, the moment it is recorded, and pairs replies with updates.

    A message to a chat with nothing pending is a duplicate. A message whose text is not the
    one expected still completes the oldest update of its chat (so it is not also counted
    lost) but is counted as a mismatch, with a sample kept.
    """

    def __init__(self) -> None:
        self._by_chat: dict[int, list[Pending]] = defaultdict(list)
        self._by_inline: dict[str, Pending] = {}
        self._unfetched: dict[int, Pending] = {}  # by update_id
        self.latencies: dict[str, list[float]] = defaultdict(list)  # "kind" and "bucket:..." keys
        self.replies = 0
        self.duplicates = 0
        self.mismatched = 0
        self.mismatches: list[Mismatch] = []
        self.failed: Counter[str] = Counter()
        self.watched: dict[int, list[str]] = {}  # chats whose messages are only collected
        self.keep_latencies = True

    def expect(
        self, kind: str, update: dict[str, Any], expected: tuple[str, ...] | None, bucket: str = "main"
    ) -> Pending:
        done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        inline = update.get("inline_query")
        chat_id = None if inline else update["message"]["chat"]["id"]
        pending = Pending(
            kind,
            bucket,
            chat_id,
            inline["id"] if inline else None,
            list(expected) if expected is not None else None,
            time.perf_counter(),
            done,
        )
        if inline:
            self._by_inline[inline["id"]] = pending
        else:
            self._by_chat[chat_id].append(pending)  # type: ignore[index]
        return pending

    def queued(self, pending: Pending, update_id: int) -> None:
        self._unfetched[update_id] = pending

    def outstanding(self) -> list[Pending]:
        return [*self._by_inline.values(), *(p for chat in self._by_chat.values() for p in chat)]

    def on_call(self, call: Call) -> None:
        if call.status != 200:
            self.failed[f"{call.method} {call.status}"] += 1
            return
        if call.method == "getUpdates":
            now = time.perf_counter()
            for update in call.result or []:
                fetched = self._unfetched.pop(update["update_id"], None)
                if fetched is not None:
                    fetched.fetched_at = now
        elif call.method == "sendMessage":
            self._on_message(int(call.params["chat_id"]), call.text)
        elif call.method == "answerInlineQuery":
            pending = self._by_inline.pop(str(call.params.get("inline_query_id")), None)
            if pending is None:
                self.duplicates += 1
            else:
                self._complete(pending)

    def _on_message(self, chat_id: int, text: str) -> None:
        if chat_id in self.watched:
            self.watched[chat_id].append(text)
            return
        waiting = self._by_chat.get(chat_id)
        if not waiting:
            self.duplicates += 1
            return
        pending = next((p for p in waiting if p.expected and p.expected[0] == text), None)
        pending = pending or next((p for p in waiting if p.expected is None), None)
        if pending is None:
            pending = waiting[0]
            self.mismatched += 1
            if len(self.mismatches) < SAMPLES_KEPT:
                self.mismatches.append(Mismatch(chat_id, text[:160], (pending.expected or [""])[0][:160]))
        if pending.expected:
            pending.expected.pop(0)
        if not pending.expected:
            waiting.remove(pending)
            if not waiting:
                del self._by_chat[chat_id]  # bounded bookkeeping in the soak
            self._complete(pending)

    def _complete(self, pending: Pending) -> None:
        now = time.perf_counter()
        elapsed = now - pending.queued_at
        self.replies += 1
        if self.keep_latencies:
            self.latencies[pending.kind].append(elapsed)
            self.latencies[f"bucket:{pending.bucket}"].append(elapsed)
            if pending.fetched_at is not None:  # where the time went: waiting to be fetched, or being handled
                self.latencies["stage:fetch"].append(pending.fetched_at - pending.queued_at)
                self.latencies["stage:handle"].append(now - pending.fetched_at)
        if not pending.done.done():
            pending.done.set_result(elapsed)


class CallLog(list[Call]):
    """``FakeBotAPI.calls`` that hands each call to the tracker instead of keeping it.

    The server would otherwise keep every request forever: the harness's memory, not the bot's.
    """

    def __init__(self, on_call: Callable[[Call], None]) -> None:
        super().__init__()
        self._on_call = on_call

    def append(self, call: Call) -> None:
        self._on_call(call)


# -- logs --------------------------------------------------------------------------------


class LogCounter(logging.Handler):
    """Counts WARNING and above from every logger, keeping a few lines to show."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.samples: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if len(self.samples) < SAMPLES_KEPT:
            self.samples.append(f"{record.levelname} {record.name}: {record.getMessage()[:300]}")

    def take(self) -> dict[str, Any]:
        """The counts since the last call, and start again."""
        taken = {
            "warnings": self.counts["WARNING"],
            "errors": sum(n for level, n in self.counts.items() if level != "WARNING"),
            "samples": self.samples,
        }
        self.counts, self.samples = Counter(), []
        return taken


# -- the simulated users -------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    kind: str  # "text", "inline", "non-text"
    update: dict[str, Any]
    expected: tuple[str, ...] | None


class Workload:
    """What a user sends next: mostly dev questions, some inline queries, a few stickers/photos."""

    def __init__(
        self,
        questions: list[str],
        predictor: Predictor,
        seed: int,
        inline_share: float = 0.12,
        non_text_share: float = 0.05,
        fresh_share: float = 0.0,
    ) -> None:
        self.questions = questions
        self.predictor = predictor
        self.rng = random.Random(seed)
        self.inline_share = inline_share
        self.non_text_share = non_text_share
        self.fresh_share = fresh_share  # questions with an unseen word: new input for the bounded caches

    def next(self, sender: dict[str, Any]) -> Sent:
        roll = self.rng.random()
        question = self.rng.choice(self.questions)
        if roll < self.non_text_share:
            make = updates.sticker if self.rng.random() < 0.5 else updates.photo
            return Sent(
                "non-text",
                make(sender),
                self.predictor.notice("type_your_question", lang_of(sender.get("language_code"))),
            )
        if roll < self.non_text_share + self.inline_share:
            return Sent("inline", updates.inline_query(question, sender), None)
        if self.rng.random() < self.fresh_share:
            return Sent("text", updates.message(f"{question} {self.word()}", sender), None)
        return Sent("text", updates.message(question, sender), self.predictor.question(question))

    def word(self, length: int | None = None) -> str:
        return "".join(self.rng.choices(string.ascii_lowercase, k=length or self.rng.randint(5, 9)))

    def gibberish(self, chars: int = 4096) -> str:
        """Unknown words, each corrected against the vocabulary: the costliest text to match."""
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < chars:
            words.append(self.word())
        return " ".join(words)[:chars]


def make_users(count: int, first_id: int = FIRST_USER_ID) -> list[dict[str, Any]]:
    """Distinct users, every other one with an English Telegram client."""
    return [updates.user(first_id + i, "en" if i % 2 else "vi", f"User{i}") for i in range(count)]


# -- running the bot ------------------------------------------------------------------------


@dataclass
class Session:
    bot: RunningBot
    tracker: ReplyTracker
    limiter: str

    def send(self, sent: Sent, bucket: str = "main") -> Pending:
        pending = self.tracker.expect(sent.kind, sent.update, sent.expected, bucket)
        self.tracker.queued(pending, self.bot.api.queue(sent.update)["update_id"])
        return pending

    @property
    def deps(self) -> Deps | None:
        """The handlers' dependencies, for a look at the bot's caches."""
        for group in self.bot.app.handlers.values():
            for handler in group:
                deps = getattr(handler.callback, "keywords", {}).get("deps")
                if isinstance(deps, Deps):
                    return deps
        return None


@contextlib.contextmanager
def telegram_limiter(mode: str) -> Iterator[None]:
    """``lifted``: build the bot with an AIORateLimiter that does not hold sendMessage to 30 a second."""
    if mode == "deployed":
        yield
        return
    original = bot.app.AIORateLimiter  # type: ignore[attr-defined]
    bot.app.AIORateLimiter = lambda **options: AIORateLimiter(**(options | {"overall_max_rate": 0}))  # type: ignore[attr-defined,assignment]
    try:
        yield
    finally:
        bot.app.AIORateLimiter = original  # type: ignore[attr-defined]


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
    store: KnowledgeStore, limiter: str, records_factory: Callable[[Path], Records] | None = None, **settings: Any
) -> AsyncIterator[Session]:
    tracker = ReplyTracker()
    api = FakeBotAPI(TOKEN, calls=CallLog(tracker.on_call))
    await api.start()
    try:
        with tempfile.TemporaryDirectory(prefix="e2e-bench-") as tmp, telegram_limiter(limiter):
            records = records_factory(Path(tmp)) if records_factory else None
            async with running_bot(api, store, Path(tmp), records=records, **settings) as running:
                yield Session(running, tracker, limiter_description(running.app))
    finally:
        await api.stop()


class SlowRecords(Records):
    """Records whose every interaction write takes ``delay`` seconds, until ``fast`` is set."""

    def __init__(self, *args: Any, delay: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.delay = delay
        self.fast = False  # set when the measurement is over, so closing does not wait out the backlog

    def log_now(self, interaction: Interaction) -> None:
        if not self.fast:
            time.sleep(self.delay)
        super().log_now(interaction)


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


# -- results -------------------------------------------------------------------------------


def percentile(samples: list[float], p: float) -> float:
    """Nearest rank, in milliseconds."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50_ms": percentile(samples, 0.50),
        "p95_ms": percentile(samples, 0.95),
        "p99_ms": percentile(samples, 0.99),
        "max_ms": percentile(samples, 1.0),
    }


@dataclass
class ScenarioResult:
    name: str
    description: str
    limiter: str
    user_rate_per_minute: int
    users: int
    updates: int
    replies: int
    lost: int
    duplicates: int
    mismatched: int
    elapsed_s: float
    updates_per_s: float
    latency: dict[str, float]
    by_kind: dict[str, dict[str, float]]
    buckets: dict[str, dict[str, float]]
    stages: dict[str, dict[str, float]]
    failed_calls: dict[str, int]
    log: dict[str, Any]
    mismatch_samples: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


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


# -- scenarios -------------------------------------------------------------------------------


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
    records_factory: Callable[[Path], Records] | None = None,
    description: str = "",
) -> ScenarioResult:
    workload = Workload(config.questions, config.predictor, config.seed)
    users = make_users(config.users)
    async with bot_session(config.store, limiter, records_factory, user_rate_per_minute=config.user_rate) as session:
        started = time.perf_counter()
        jobs = [user_loop(session, workload, u, config.rounds) for u in users]
        jobs.append(late_arrivals(session, workload, config.late_users, after=1.0))
        sent = sum(await asyncio.gather(*jobs))
        elapsed = time.perf_counter() - started
        backlog = session.bot.records.pending_writes
        if isinstance(session.bot.records, SlowRecords):
            session.bot.records.fast = True
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
    delay = config.slow_write_ms / 1000

    def factory(directory: Path) -> Records:
        return SlowRecords(directory / "bot.sqlite3", "bench-salt", 90, delay=delay)

    return await closed(
        config,
        "lifted",
        "slow-db",
        factory,
        (f"closed loop as above, every interaction write takes {config.slow_write_ms:g} ms"),
    )


async def run_scenarios(config: Config, names: list[str], limiters: list[str]) -> list[ScenarioResult]:
    plan: list[tuple[str, Callable[[], Any]]] = []
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


# -- soak -------------------------------------------------------------------------------------


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


SIZES = {  # column: what it counts, and its bound
    "languages": "Records._languages: language per user hash (no bound)",
    "backlog": "interaction writes queued or being written (Records.pending_writes)",
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


def open_connections(ptb_bot: Any) -> int:
    """Connections in the httpx pool of the bot's calls (not getUpdates); -1 when not found."""
    try:
        return len(ptb_bot._request[1]._client._transport._pool.connections)
    except (AttributeError, IndexError, TypeError):
        return -1


def cache_sizes(session: Session) -> dict[str, int]:
    """The sizes of what can grow in the bot (and in the harness), read defensively: -1 when not found."""
    deps = session.deps
    app = session.bot.app
    matcher = getattr(deps.store.current, "matcher", None) if deps else None
    fold = getattr(normalize, "_fold_chunk", None)
    return {
        "languages": len(getattr(session.bot.records, "_languages", ())),
        "backlog": session.bot.records.pending_writes,
        "limiter": len(getattr(deps.limiter, "_seen", ())) if deps else -1,
        "corrections": len(getattr(matcher, "_corrections", ())),
        "fold_lru": fold.cache_info().currsize if fold is not None and hasattr(fold, "cache_info") else -1,
        "user_data": len(app.user_data),
        "chat_data": len(app.chat_data),
        "ptb_ids": len(getattr(app, "_user_ids_to_be_updated_in_persistence", ()))
        + len(getattr(app, "_chat_ids_to_be_updated_in_persistence", ())),
        "groups": len(getattr(app.bot.rate_limiter, "_group_limiters", ())),
        "conns": open_connections(app.bot),
        "tasks": len(asyncio.all_tasks()),
        "srv_chats": len(session.bot.api._chats),
    }


@dataclass
class MemorySample:
    updates: int
    elapsed_s: float
    rss_mib: float
    traced_mib: float | None
    sizes: dict[str, int]


@dataclass
class SoakResult:
    updates: int
    users: int
    workers: int
    limiter: str
    user_rate_per_minute: int
    fresh_share: float
    arrival: str
    duration_s: float
    updates_per_s: float
    replies: int
    lost: int
    duplicates: int
    mismatched: int
    failed_calls: dict[str, int]
    log: dict[str, Any]
    latency: dict[str, float]
    samples: list[MemorySample]
    warmup_updates: int
    rss_growth_mib: float
    traced_growth_mib: float | None
    growth_kib_by_owner: dict[str, float]
    top_growth: list[str]


def sample(session: Session, done: int, started: float, traced: bool) -> MemorySample:
    gc.collect()  # what is left is held, not garbage waiting for a collection
    current = tracemalloc.get_traced_memory()[0] / 2**20 if traced else None
    return MemorySample(
        done,
        round(time.perf_counter() - started, 2),
        round(rss_kib() / 1024, 2),
        round(current, 2) if current is not None else None,
        cache_sizes(session),
    )


def owner(filename: str) -> str:
    """Whose memory a line allocates: the bot's code, its libraries, Python's own, or this harness's."""
    if filename.startswith((str(ROOT / "bench"), str(ROOT / "tests"))):
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
            samples.append(sample(session, done, started, traced))
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


# -- printing ----------------------------------------------------------------------------------


def print_scenarios(results: list[ScenarioResult]) -> None:
    head = (
        f"{'scenario':<18} {'limiter':<26} {'upd':>5} {'upd/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'repl':>5} {'lost':>4} {'dup':>4} {'mism':>4} {'warn':>4} {'err':>4}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        lat = r.latency
        print(
            f"{r.name:<18} {r.limiter:<26} {r.updates:>5} {r.updates_per_s:>7.1f} {lat['p50_ms']:>8.1f} "
            f"{lat['p95_ms']:>8.1f} {lat['p99_ms']:>8.1f} {lat['max_ms']:>8.1f} {r.replies:>5} {r.lost:>4} "
            f"{r.duplicates:>4} {r.mismatched:>4} {r.log['warnings']:>4} {r.log['errors']:>4}"
        )
    print()
    for r in results:
        print(f"{r.name}: {r.description}; per-user limit {r.user_rate_per_minute}/min")
        for label, s in [*((b, s) for b, s in r.buckets.items() if b != "main"), *r.stages.items()]:
            print(
                f"    {label:<8} n={s['n']:<4} p50 {s['p50_ms']:7.1f} ms  p99 {s['p99_ms']:7.1f} ms"
                f"  max {s['max_ms']:7.1f} ms"
            )
        if r.extra:
            print("    " + ", ".join(f"{k}={v}" for k, v in r.extra.items()))
        for line in [*r.log["samples"], *(f"mismatch {m}" for m in r.mismatch_samples)]:
            print(f"    {line}")
        if r.failed_calls:
            print(f"    failed calls: {r.failed_calls}")
    capacity = max(
        (r.updates_per_s for r in results if r.name in ("closed", "burst") and r.limiter.startswith("lifted")),
        default=None,
    )
    print(f"\nTelegram's limits: about {TELEGRAM_PER_SECOND} messages/s overall, {TELEGRAM_PER_CHAT}/s per chat.")
    if capacity:
        print(
            f"Bot capacity with its own 30/s limiter lifted: {capacity:.0f} updates/s = "
            f"{capacity / TELEGRAM_PER_SECOND:.1f} x Telegram's {TELEGRAM_PER_SECOND}/s."
        )


def print_soak(r: SoakResult) -> None:
    print(
        f"soak: {r.updates} updates from {r.users} users, {r.workers} in flight, {r.limiter}, "
        f"per-user limit {r.user_rate_per_minute}/min, {r.fresh_share:.0%} of questions with an unseen word, "
        f"users {'arriving all through the run' if r.arrival == 'spread' else 'in turn, all known after a round'}"
    )
    print(
        f"under load {r.duration_s:.1f}s = {r.updates_per_s:.0f} updates/s; p50 {r.latency['p50_ms']:.1f} ms, "
        f"p99 {r.latency['p99_ms']:.1f} ms"
    )
    print(
        f"replies {r.replies}, lost {r.lost}, duplicates {r.duplicates}, mismatched {r.mismatched}, "
        f"failed calls {r.failed_calls or 0}, log warnings {r.log['warnings']}, errors {r.log['errors']}"
    )
    for line in r.log["samples"]:
        print(f"    {line}")
    names = list(r.samples[0].sizes)
    print(f"\n{'updates':>7} {'s':>6} {'RSS MiB':>8} {'traced':>7} " + " ".join(f"{n:>11}" for n in names))
    for s in r.samples:
        traced = f"{s.traced_mib:7.2f}" if s.traced_mib is not None else f"{'-':>7}"
        print(
            f"{s.updates:>7} {s.elapsed_s:>6.1f} {s.rss_mib:>8.2f} {traced} "
            + " ".join(f"{s.sizes[n]:>11}" for n in names)
        )
    traced = f"{r.traced_growth_mib:+.2f} MiB traced, " if r.traced_growth_mib is not None else ""
    print(f"\ngrowth from {r.warmup_updates} updates to the end: {traced}{r.rss_growth_mib:+.2f} MiB RSS")
    if r.growth_kib_by_owner:
        print("traced growth by owner (KiB): " + ", ".join(f"{k} {v:+.1f}" for k, v in r.growth_kib_by_owner.items()))
    if r.top_growth:
        print("largest growth by line (tracemalloc):")
        for line in r.top_growth:
            print(f"  {line}")
    print("\ncolumns:")
    for name in names:
        print(f"  {name:<11} {SIZES.get(name, '')}")


# -- main ----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="questions file (dev.yaml)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory for e2e.json / soak.json")
    parser.add_argument("--users", type=int, default=50, help="simulated users at once")
    parser.add_argument("--rounds", type=int, default=20, help="updates per user in closed and burst")
    parser.add_argument("--late-users", type=int, default=20, help="new users arriving during closed")
    parser.add_argument(
        "--user-rate",
        type=int,
        default=1_000_000,
        help="per-user limit (a minute) for paced, closed, burst, slow-db and the soak",
    )
    parser.add_argument("--slow-write-ms", type=float, default=20.0, help="write time in slow-db")
    parser.add_argument("--rate", type=float, default=25.0, help="updates a second in paced")
    parser.add_argument("--paced-seconds", type=float, default=20.0, help="how long paced sends")
    parser.add_argument(
        "--scenarios",
        nargs="+",
        default=["paced", "closed", "burst", "abuse", "slow-db"],
        choices=["paced", "closed", "burst", "abuse", "slow-db"],
    )
    parser.add_argument(
        "--limiter",
        choices=["deployed", "lifted", "both"],
        default="both",
        help="the bot's 30/s sendMessage limiter in paced, closed and burst",
    )
    parser.add_argument("--seed", type=int, default=7)
    soak_group = parser.add_argument_group("soak")
    soak_group.add_argument(
        "--soak",
        type=int,
        nargs="?",
        const=10_000,
        default=None,
        metavar="N",
        help="run the soak with N updates (10,000 if N is left out) instead of the scenarios",
    )
    soak_group.add_argument("--soak-users", type=int, default=2_000, help="distinct users in the soak")
    soak_group.add_argument("--workers", type=int, default=50, help="users in flight at once in the soak")
    soak_group.add_argument("--sample-every", type=int, default=1_000, help="updates between memory samples")
    soak_group.add_argument("--soak-limiter", choices=["deployed", "lifted"], default="lifted")
    soak_group.add_argument(
        "--fresh-share",
        type=float,
        default=0.5,
        help="share of soak questions given an unseen word (new input for the caches)",
    )
    soak_group.add_argument(
        "--arrival",
        choices=["spread", "cycle"],
        default="spread",
        help="spread: new users all through the run; cycle: the same users in turn",
    )
    soak_group.add_argument("--no-tracemalloc", action="store_true", help="RSS only; faster")
    return parser.parse_args(argv)


def write(out: Path, name: str, payload: dict[str, Any]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


async def main(args: argparse.Namespace) -> int:
    logs = LogCounter()
    logging.getLogger().addHandler(logs)
    logging.getLogger().setLevel(logging.WARNING)
    logging.captureWarnings(True)  # Python warnings count too, as log records of "py.warnings"
    store = KnowledgeStore.open()
    questions = [i.question for i in load_items(args.eval)]
    config = Config(
        store,
        Predictor(store, questions),
        questions,
        args.users,
        args.rounds,
        args.late_users,
        args.user_rate,
        args.slow_write_ms,
        args.rate,
        args.paced_seconds,
        args.seed,
        logs,
    )
    meta: dict[str, Any] = {
        "command": " ".join(sys.argv),
        "python": platform.python_version(),
        "ptb": telegram.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "questions": len(config.questions),
    }
    logs.take()  # loading the base is not the bot's run
    started = time.perf_counter()
    if args.soak is not None:
        traced = not args.no_tracemalloc
        if traced:
            tracemalloc.start()
        result = await soak(
            config,
            args.soak,
            args.soak_users,
            args.workers,
            args.sample_every,
            args.soak_limiter,
            traced,
            args.fresh_share,
            args.arrival,
        )
        meta["wall_s"] = round(time.perf_counter() - started, 1)
        print_soak(result)
        path = write(args.out, "soak.json", {"meta": meta, "soak": asdict(result)})
        bad = result.lost or result.duplicates or result.log["errors"]
    else:
        limiters = ["deployed", "lifted"] if args.limiter == "both" else [args.limiter]
        results = await run_scenarios(config, args.scenarios, limiters)
        meta["wall_s"] = round(time.perf_counter() - started, 1)
        print_scenarios(results)
        path = write(args.out, "e2e.json", {"meta": meta, "scenarios": [asdict(r) for r in results]})
        bad = any(r.lost or r.duplicates or r.log["errors"] for r in results)
    print(f"\nwall clock {meta['wall_s']}s; written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse_args())))
