"""Pairs every reply the server receives with the update it answers, and counts what went wrong.

The time of an update is taken when it is queued on the server, the time of its reply
when the server receives the matching ``sendMessage`` (same chat, the text the bot
renders for that question) or ``answerInlineQuery`` (same query id).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from testkit.fake_bot_api import Call

SAMPLES_KEPT = 5  # log lines and mismatched texts kept for the report


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
