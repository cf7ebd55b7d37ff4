"""The replica tests run the bot, in-process or as ``python -m bot run --webhook``, against the fake Bot API."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "handlers"))  # fake_bot_api, updates, harness

from fake_bot_api import FakeBotAPI
from harness import TOKEN

from knowledge.store import KnowledgeStore


@pytest.fixture(scope="session")
def knowledge_store() -> KnowledgeStore:
    return KnowledgeStore.open()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(TOKEN)
    await server.start()
    yield server
    await server.stop()
