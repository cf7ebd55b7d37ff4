from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.base import Thresholds
from knowledge.store import KnowledgeStore
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import RunningBot, running_bot


@pytest.fixture
async def bot(api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(api, knowledge_store, tmp_path) as running:
        yield running


@pytest.fixture(scope="session")
def suggesting_store() -> KnowledgeStore:
    """The real base with an answer threshold nothing reaches, so questions get suggestions."""
    return KnowledgeStore.open(thresholds=Thresholds(answer=1.01))
