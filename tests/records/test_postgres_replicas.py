"""Reloads told to every replica over PostgreSQL: who took the new version, who refused, who said nothing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import psycopg
import pytest
from pgkit import TcpProxy

from records.postgres_database import PostgresDatabase
from records.postgres_replicas import PostgresReplicas, running_replicas


class Replica:
    """A replica's side of reloads, with a knowledge base reduced to its version string."""

    def __init__(self, url: str, name: str, refuse: str = "", wait: float = 3.0) -> None:
        self.version = "v1"
        self.refuse = refuse
        self.followed: list[str] = []
        self.database = PostgresDatabase(url)
        self.replicas = PostgresReplicas(self.database, name, self.follow, lambda: self.version, wait=wait)

    async def follow(self, fingerprint: str) -> tuple[bool, str, str]:
        self.followed.append(fingerprint)
        if self.refuse:
            return False, self.version, self.refuse
        self.version = fingerprint
        return True, self.version, ""

    async def start(self) -> Replica:
        await self.database.start()
        await self.replicas.start()
        await self.database.listening.wait()
        return self

    async def stop(self) -> None:
        await self.replicas.stop()
        await self.database.stop()


async def eventually(check: Callable[[], object], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the condition never became true")
        await asyncio.sleep(0.02)


@pytest.fixture
async def started(database_url: str) -> AsyncIterator[list[Replica]]:
    replicas: list[Replica] = []
    yield replicas
    for replica in replicas:
        await replica.stop()


async def start(started: list[Replica], url: str, name: str, **options: object) -> Replica:
    replica = await Replica(url, name, **options).start()  # type: ignore[arg-type]
    started.append(replica)
    return replica


async def test_every_other_replica_takes_the_announced_version_and_says_so(
    database_url: str, started: list[Replica]
) -> None:
    origin = await start(started, database_url, "a")
    others = [await start(started, database_url, name) for name in ("b", "c")]
    origin.version = "v2"
    began = time.monotonic()
    fleet = await origin.replicas.announce_reload("v2")
    assert time.monotonic() - began < 2  # everyone answered: no waiting out the 3 s
    assert (fleet.serving, fleet.total, fleet.refused, fleet.silent) == (3, 3, (), ())
    assert [other.version for other in others] == ["v2", "v2"]
    assert origin.followed == []  # its own announcement is not followed
    seen = {r["name"]: r["fingerprint"] for r in await running_replicas(origin.database)}
    assert seen == {"a": "v2", "b": "v2", "c": "v2"}


async def test_a_replica_that_refuses_is_named_with_its_reason(database_url: str, started: list[Replica]) -> None:
    origin = await start(started, database_url, "a")
    await start(started, database_url, "b", refuse="the files give version v3, not the announced v2")
    fleet = await origin.replicas.announce_reload("v2")
    assert (fleet.serving, fleet.total) == (1, 2)
    [refusal] = fleet.refused
    assert (refusal.replica, refusal.fingerprint) == ("b", "v1")
    assert "not the announced v2" in refusal.detail


async def test_a_running_replica_that_does_not_answer_is_named_after_the_wait(
    database_url: str, started: list[Replica]
) -> None:
    origin = await start(started, database_url, "a", wait=0.5)
    with psycopg.connect(database_url) as conn:  # a replica that is seen but hears nothing
        conn.execute("INSERT INTO replicas (name, fingerprint) VALUES ('deaf', 'v1')")
    began = time.monotonic()
    fleet = await origin.replicas.announce_reload("v2")
    assert 0.5 <= time.monotonic() - began < 2
    assert (fleet.serving, fleet.silent, fleet.total) == (1, ("deaf",), 2)


async def test_without_the_database_the_report_says_the_others_were_not_told(
    database_url: str, started: list[Replica]
) -> None:
    link = TcpProxy.to(database_url)
    await link.start()
    try:
        origin = await start(started, link.url(database_url), "a")
        link.cut()
        fleet = await origin.replicas.announce_reload("v2")
        for _ in range(3):  # the first attempt may still find the pool's broken connection
            if fleet.unreachable:
                break
            fleet = await origin.replicas.announce_reload("v2")
        assert fleet.unreachable
        assert fleet.serving == 1
    finally:
        await link.stop()


async def test_a_replica_that_was_away_follows_the_reload_it_missed_when_it_is_back(
    database_url: str, started: list[Replica]
) -> None:
    link = TcpProxy.to(database_url)
    await link.start()
    try:
        origin = await start(started, database_url, "a")
        away = await start(started, link.url(database_url), "b")
        link.cut()
        await eventually(lambda: not away.database.listening.is_set())
        origin.version = "v2"
        await origin.replicas.announce_reload("v2")
        assert away.version == "v1"
        link.restore()
        await eventually(lambda: away.version == "v2", seconds=10)
    finally:
        await link.stop()
