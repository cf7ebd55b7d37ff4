"""The ``engines`` fixture: every test that takes it runs once on SQLite and once on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from engine_kit import Engine, Engines
from pgkit import fresh_database, server_url


@pytest.fixture(params=["sqlite", "postgres"])
async def engines(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Engines]:
    if request.param == "sqlite":
        found = Engines("sqlite", tmp_path)
        yield found
    else:
        with fresh_database(server_url()) as url:
            found = Engines("postgres", tmp_path, url)
            yield found
            for engine in list(found.opened):
                await found.close(engine)
        return
    for engine in list(found.opened):
        await found.close(engine)


@pytest.fixture
async def engine(engines: Engines) -> Engine:
    return await engines.open()

