"""Fixtures every folder may use: a fresh PostgreSQL database (see ``pgkit``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pgkit import fresh_database, server_url


@pytest.fixture
def database_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server (skipped without one, failed in CI)."""
    with fresh_database(server_url()) as url:
        yield url
