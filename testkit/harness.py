"""Runs the real Application against the fake Bot API, and helpers to talk to it.

``running_bot`` is the bot as deployed, with SQLite records in a folder of the test's;
``serving`` runs it with whatever collaborators the caller passes (a benchmark's own
limiters, records behind a slow disk), through the same ``build_application``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from telegram.ext import Application, BaseRateLimiter

from bot.app import build_application, default_limiters
from bot.settings import Settings
from handlers import render
from handlers.ratelimit import UserRateLimiter
from knowledge.base import KnowledgeBase
from knowledge.schema import LANGS
from knowledge.store import KnowledgeStore
from records import Records
from records.replicas import Replicas
from records.sqlite import SQLiteRecords
from testkit import updates
from testkit.bases import copy_shared_files
from testkit.fake_bot_api import Call, FakeBotAPI

TOKEN = "123456789:AAFakeTestToken-for_the_fake_bot_api_123"
ADMIN_ID = 42
BYSTANDER = 2002  # a user who takes part in no test
POLL_TIMEOUT = 1

R = TypeVar("R", bound=Records)
Limiters = tuple[UserRateLimiter, BaseRateLimiter[Any] | None]


RIVER = """
  - id: test-red-river
    topic: un-relations
    questions:
      vi:
        - "Sông Hồng dài bao nhiêu ki lô mét?"
        - "Chiều dài sông Hồng là bao nhiêu?"
        - "sông Hồng dài mấy km"
        - "Độ dài của con sông Hồng"
        - "Sông Hồng chảy qua bao nhiêu cây số?"
        - "Cho mình hỏi sông Hồng dài cỡ nào"
      en:
        - "How long is the Red River?"
        - "What is the length of the Red River?"
        - "Red River length in kilometres"
    answer:
      vi: "Câu trả lời thử nghiệm về sông Hồng: dài 1.149 km."
      en: "A test answer about the Red River: 1,149 km long."
    sources: [seed-000-vn-un]
    checked: 2026-11-23
"""

MOUNTAIN = """
  - id: test-fansipan
    topic: un-relations
    questions:
      vi:
        - "Đỉnh Phan Xi Păng cao bao nhiêu mét?"
        - "Chiều cao của Fansipan là bao nhiêu?"
        - "Fansipan cao mấy mét"
        - "Độ cao đỉnh Fansipan"
        - "Núi Phan Xi Păng cao cỡ nào?"
        - "Cho mình hỏi Fansipan cao bao nhiêu"
      en:
        - "How high is Fansipan?"
        - "What is the height of Mount Fansipan?"
        - "Fansipan height in metres"
    answer:
      vi: "Câu trả lời thử nghiệm về Fansipan: cao 3.143 mét."
      en: "A test answer about Fansipan: 3,143 metres high."
    sources: [seed-000-vn-un]
    checked: 2026-11-23
"""


@dataclass
class RunningBot(Generic[R]):
    api: FakeBotAPI
    app: Application  # type: ignore[type-arg]
    records: R
    settings: Settings
    limiter: UserRateLimiter

    async def send(self, update: dict[str, Any], method: str = "sendMessage", count: int = 1) -> list[Call]:
        """Queue ``update`` and wait for the bot's ``count`` calls of ``method`` that follow it."""
        since = self.api.mark()
        self.api.queue(update)
        return await self.api.wait_for(method, since=since, count=count)

    async def round_trip(self) -> None:
        """A question from a bystander and its answer: after it, a duplicate reply would have shown up."""
        await self.send(updates.message("/help", updates.user(BYSTANDER)))

    async def press(self, data: str, on: Call, sender: dict[str, Any] | None = None) -> Call:
        """Press a button with ``data`` under the message of ``on``; returns the callback's answer."""
        since = self.api.mark()
        self.api.queue(updates.callback_query(data, on.result, sender))
        return (await self.api.wait_for("answerCallbackQuery", since=since))[0]


def settings_for(api: FakeBotAPI, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "token": TOKEN, "base_url": api.base_url, "admin_ids": {ADMIN_ID}, "data_dir": data_dir,
        "user_salt": "test-salt", **overrides,
    }
    return Settings(_env_file=None, **values)


def open_records(settings: Settings) -> SQLiteRecords:
    return SQLiteRecords.open(settings.data_dir, settings.salt(), settings.retention_days)


@asynccontextmanager
async def running_bot(
    api: FakeBotAPI, store: KnowledgeStore, data_dir: Path, records: SQLiteRecords | None = None,
    replicas: Replicas | None = None, **overrides: Any
) -> AsyncIterator[RunningBot[SQLiteRecords]]:
    """The bot as deployed: its own limiters, and SQLite records in ``data_dir`` unless given."""
    settings = settings_for(api, data_dir, **overrides)
    records = records if records is not None else open_records(settings)
    async with serving(api, store, settings, records, default_limiters(settings), replicas) as running:
        yield running


@asynccontextmanager
async def serving(
    api: FakeBotAPI, store: KnowledgeStore, settings: Settings, records: R, limiters: Limiters,
    replicas: Replicas | None = None,
) -> AsyncIterator[RunningBot[R]]:
    """The bot built from these collaborators, long-polling ``api``; ``records`` is closed at the end."""
    limiter, send_limiter = limiters
    app = build_application(settings, store, records, limiter, send_limiter, replicas=replicas)
    await app.initialize()
    if app.post_init:  # as run_polling() does
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT)
    try:
        yield RunningBot(api, app, records, settings, limiter)
    finally:
        if app.updater.running:
            await app.updater.stop()
        await app.stop()
        await app.shutdown()
        records.close()


async def eventually(check: Callable[[], object], attempts: int = 200, pause: float = 0.05) -> None:
    """Wait, a bounded number of times, until ``check()`` is true (e.g. a record written after a reply).

    A check that looks up what is not written yet (``records.interactions()[-1]`` before the first row,
    on a machine slower than the test expects) is not true yet, rather than an error."""
    missing: LookupError | None = None
    for _ in range(attempts):
        try:
            if check():
                return
        except LookupError as error:
            missing = error
        await asyncio.sleep(pause)
    raise AssertionError("the condition never became true") from missing


def expected_texts(kb: KnowledgeBase, question: str) -> tuple[str, ...]:
    """The messages the bot sends, as HTML, for ``question`` typed in a private chat."""
    return render.reply(kb.ask(question), asked=question).texts


def answerable_questions(kb: KnowledgeBase, count: int) -> list[str]:
    """``count`` questions, Vietnamese and English in turn, each answered by its own entry in one message.

    Every question has a reply no other question has, so a reply tells which question it answers.
    """
    found: list[str] = []
    for entry in kb.raw.entries:
        for lang in LANGS:
            question = entry.questions.first(lang)
            reply = kb.ask(question)
            one_message = len(render.reply(reply, asked=question).texts) == 1
            if one_message and (reply.status, reply.id, reply.lang) == ("answer", entry.id, lang):
                found.append(question)
            if len(found) == count:
                return found
    raise AssertionError(f"only {len(found)} questions the base answers in one message")


def write_base(directory: Path, *entries: str) -> None:
    """A knowledge base of ``entries`` (YAML text) beside copies of the real one's shared files."""
    directory.mkdir(parents=True, exist_ok=True)
    copy_shared_files(directory)
    (directory / "entries.yaml").write_text("entries:" + "".join(entries), encoding="utf-8")
