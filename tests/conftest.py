"""Fixtures every folder may use: the packaged knowledge base, the fake Bot API and a fresh
PostgreSQL database (see ``pgkit``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from pgkit import fresh_database, server_url

from knowledge.store import KnowledgeStore
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import TOKEN


@pytest.fixture(scope="session")
def knowledge_store() -> KnowledgeStore:
    """The real packaged knowledge base, loaded once (nothing reloads it)."""
    return KnowledgeStore.open()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(TOKEN)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def database_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server (skipped without one, failed in CI)."""
    with fresh_database(server_url()) as url:
        yield url
