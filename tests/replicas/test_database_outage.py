"""The whole bot on PostgreSQL while the database is away: it starts, it answers, and it writes later.

The real Application, wired by ``bot.backend.open_backend`` as ``python -m bot run`` wires it,
polls the fake Bot API; the database is reached through a link the test cuts and restores.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from pgkit import TcpProxy

from bot.app import build_application, default_limiters
from bot.backend import Backend, open_backend
from knowledge.store import KnowledgeStore
from records.postgres import PostgresRecords
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import ADMIN_ID, POLL_TIMEOUT, settings_for

ASKER = updates.user(4001)
ADMIN = updates.user(ADMIN_ID, first_name="Admin")


async def eventually(check: Callable[[], object], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the condition never became true")
        await asyncio.sleep(0.05)


@asynccontextmanager
async def bot_on(url: str, api: FakeBotAPI, store: KnowledgeStore, tmp_path: Path) -> AsyncIterator[Backend]:
    settings = settings_for(api, tmp_path, database_url=url, replica_name="only")
    backend = open_backend(settings, store)
    app = build_application(settings, store, backend.records, backend.limiter, default_limiters(settings)[1],
                            replicas=backend.replicas, services=backend.services)
    await app.initialize()
    assert app.post_init and app.post_shutdown and app.updater
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT)
    try:
        yield backend
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)


async def ask(api: FakeBotAPI, text: str, sender: dict[str, Any] = ASKER) -> str:
    since = api.mark()
    api.queue(updates.message(text, sender))
    [reply] = await api.wait_for("sendMessage", since=since, where=lambda c: c.chat_id == sender["id"])
    return reply.text


async def test_the_bot_starts_and_answers_without_postgresql_and_keeps_its_records_for_later(
    database_url: str, api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    link = TcpProxy.to(database_url)
    await link.start()
    link.cut()
    try:
        async with bot_on(link.url(database_url), api, knowledge_store, tmp_path) as backend:
            records = backend.records
            assert isinstance(records, PostgresRecords)
            assert "Tổng đài 111" in await ask(api, "Tổng đài 111 là gì?")
            assert "I will answer in English" in await ask(api, "/lang en")
            assert "Hotline 111" in await ask(api, "Tổng đài 111 là gì?")  # the choice, from memory
            stats = await ask(api, "/stats", ADMIN)
            assert "Cơ sở dữ liệu tạm thời không trả lời" in stats
            assert records.pending_writes == 3  # two questions and a language
            link.restore()
            await eventually(lambda: records.pending_writes == 0)
            assert [row["outcome"] for row in await records.interactions()] == ["answer", "answer"]

            link.cut()  # and once more, while it runs
            assert "Hotline 111" in await ask(api, "Tổng đài 111 là gì?")
            await eventually(lambda: records.pending_writes == 1)
            link.restore()
            await eventually(lambda: records.pending_writes == 0)
            assert "questions: 3" in await ask(api, "/stats", ADMIN)
    finally:
        await link.stop()
