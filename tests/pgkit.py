"""PostgreSQL for tests: the server from TEST_DATABASE_URL, a fresh database per test, and a cuttable link.

``scripts/test-postgres run -- python -m pytest`` starts a throwaway server and sets
TEST_DATABASE_URL. Without it the PostgreSQL tests are skipped, except in CI (CI set),
where they fail: there, every engine must be tested.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from urllib.parse import urlsplit, urlunsplit

import pytest

from testkit.postgres import fresh_database, with_database

__all__ = ["TcpProxy", "fresh_database", "in_ci", "server_url", "with_database", "with_port"]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def server_url() -> str:
    """TEST_DATABASE_URL; skips the test without it, or fails it in CI."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if url:
        return url
    if in_ci():
        pytest.fail("CI is set but TEST_DATABASE_URL is not: run the tests with scripts/test-postgres run")
    pytest.skip("TEST_DATABASE_URL is not set (scripts/test-postgres run -- python -m pytest sets it)")


def with_port(url: str, host: str, port: int) -> str:
    parts = urlsplit(url)
    credentials = parts.netloc.rpartition("@")[0]
    return urlunsplit(parts._replace(netloc=f"{credentials}@{host}:{port}"))


class TcpProxy:
    """A link to the database that a test can cut (connections closed, new ones refused) and restore."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.open = True
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def to(cls, url: str) -> TcpProxy:
        parts = urlsplit(url)
        return cls(parts.hostname or "127.0.0.1", parts.port or 5432)

    def url(self, url: str) -> str:
        """``url``, through this proxy."""
        return with_port(url, "127.0.0.1", self.port)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def cut(self) -> None:
        """Close every connection and refuse new ones, as a database that went away."""
        self.open = False
        for writer in list(self._writers):
            writer.close()

    def restore(self) -> None:
        self.open = True

    async def stop(self) -> None:
        self.cut()
        if self._server:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.open:
            writer.close()
            return
        try:
            target_reader, target_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, target_writer}
        pipes = [asyncio.ensure_future(_pipe(reader, target_writer)),
                 asyncio.ensure_future(_pipe(target_reader, writer))]
        self._tasks.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
                self._tasks.discard(pipe)
            for side in (writer, target_writer):
                side.close()
                self._writers.discard(side)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
