"""The replica tests run the bot, in-process or as ``python -m bot run --webhook``, against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from knowledge.store import KnowledgeStore
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import TOKEN


@pytest.fixture(scope="session")
def knowledge_store() -> KnowledgeStore:
    return KnowledgeStore.open()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(TOKEN)
    await server.start()
    yield server
    await server.stop()
