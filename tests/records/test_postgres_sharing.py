"""What PostgreSQL adds: replicas that see each other's choices, and records that survive an outage."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable

import pytest
from pgkit import TcpProxy

from records import Interaction, RecordsUnavailable
from records.postgres import PostgresRecords
from records.postgres_database import PostgresDatabase

ASKER, OTHER = 1001, 1002
SALT = "test-salt"


async def eventually(check: Callable[[], object], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the condition never became true")
        await asyncio.sleep(0.02)


class Replica:
    """One process's records on the shared database, opened and closed by the test."""

    def __init__(self, url: str, **options: object) -> None:
        self.database = PostgresDatabase(url)
        self.records = PostgresRecords(self.database, SALT, 30, **options)  # type: ignore[arg-type]

    async def start(self, wait: float = 3.0) -> Replica:
        await self.database.start(wait=wait)
        await self.records.start()
        return self

    async def stop(self) -> None:
        await self.records.stop()
        await self.database.stop()


@pytest.fixture
async def proxy(database_url: str) -> AsyncIterator[TcpProxy]:
    link = TcpProxy.to(database_url)
    await link.start()
    yield link
    await link.stop()


async def interactions_once_up(replica: Replica, seconds: float = 10.0) -> list[dict[str, object]]:
    """The stored rows, read again if the database is marked down meanwhile.

    After a cut, the writer may write through a fresh connection before the listener's
    cut connection reports the outage; the database is then down until the supervisor
    reconnects (a second at most), with nothing lost.
    """
    async with asyncio.timeout(seconds):
        while True:
            try:
                return await replica.records.interactions()
            except RecordsUnavailable:
                await replica.database.up.wait()
                await asyncio.sleep(0.05)


async def count_rows(url: str) -> int:
    reader = await Replica(url).start()
    try:
        return len(await reader.records.interactions())
    finally:
        await reader.stop()


async def test_a_language_chosen_at_one_replica_is_answered_by_the_other_and_forgotten_by_both(
    database_url: str,
) -> None:
    one, two = await Replica(database_url).start(), await Replica(database_url).start()
    try:
        await two.database.listening.wait()
        await one.records.set_language(ASKER, "en")
        await eventually(lambda: two.records.language(ASKER) == "en")
        assert await one.records.forget(ASKER) == 1
        await eventually(lambda: two.records.language(ASKER) is None)
        assert one.records.language(OTHER) is None
    finally:
        await one.stop()
        await two.stop()


async def test_records_wait_while_postgres_is_away_and_are_written_when_it_is_back(
    database_url: str, proxy: TcpProxy, caplog: pytest.LogCaptureFixture
) -> None:
    replica = await Replica(proxy.url(database_url)).start()
    try:
        await replica.records.log(Interaction(ASKER, "before", "decline", "vi"))
        await replica.records.flush()
        with caplog.at_level(logging.WARNING, logger="records.postgres_database"):
            proxy.cut()
            for number in range(3):
                await replica.records.log(Interaction(ASKER, f"during {number}", "decline", "vi"))
            await replica.records.set_language(OTHER, "en")
            await eventually(lambda: not replica.database.available)
            assert replica.records.pending_writes == 4
            assert replica.records.language(OTHER) == "en"  # answered from memory all along
            with pytest.raises(RecordsUnavailable):
                await replica.records.stats(7)
            proxy.restore()
            await asyncio.wait_for(replica.records.flush(), 10)
            # A batch already inside run() when the outage was found may be written by the pool's own
            # reconnection before the supervisor's, which is the one that says the database is back.
            await eventually(lambda: replica.database.available, seconds=15)
        assert "PostgreSQL is unreachable" in caplog.text
        assert "PostgreSQL answers again" in caplog.text
        rows = await replica.records.interactions()
        assert [row["question"] for row in rows] == ["before", "during 0", "during 1", "during 2"]
        assert replica.records.dropped_writes == 0
    finally:
        await replica.stop()


async def test_the_records_start_without_postgres_and_write_once_it_comes_up(
    database_url: str, proxy: TcpProxy
) -> None:
    proxy.cut()
    started = time.monotonic()
    replica = await Replica(proxy.url(database_url)).start(wait=1.0)
    try:
        assert time.monotonic() - started < 3
        assert not replica.database.available
        await replica.records.log(Interaction(ASKER, "asked while the database was down", "decline", "vi"))
        await replica.records.set_language(ASKER, "en")
        assert replica.records.language(ASKER) == "en"
        proxy.restore()
        await asyncio.wait_for(replica.records.flush(), 15)  # the schema is made first
        assert [row["question"] for row in await replica.records.interactions()] == [
            "asked while the database was down"]
        await replica.database.listening.wait()
        assert replica.records.language(ASKER) == "en"  # the fresh read kept the choice it wrote
    finally:
        await replica.stop()
    assert await count_rows(database_url) == 1


async def test_past_the_bound_records_are_dropped_counted_and_warned_about(
    database_url: str, proxy: TcpProxy, caplog: pytest.LogCaptureFixture
) -> None:
    replica = await Replica(proxy.url(database_url), max_pending_writes=2).start()
    try:
        proxy.cut()
        with caplog.at_level(logging.WARNING, logger="records.postgres"):
            for number in range(5):
                await replica.records.log(Interaction(ASKER, f"q{number}", "decline", "vi"))
        assert (replica.records.pending_writes, replica.records.dropped_writes) == (2, 3)
        assert "records not kept so far: 1" in caplog.text
        proxy.restore()
        await asyncio.wait_for(replica.records.flush(), 10)
        assert [row["question"] for row in await interactions_once_up(replica)] == ["q0", "q1"]
    finally:
        await replica.stop()


async def test_forget_while_the_database_is_away_says_so_and_is_done_when_it_is_back(
    database_url: str, proxy: TcpProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("records.postgres.FORGET_WAIT", 0.3)
    replica = await Replica(proxy.url(database_url)).start()
    try:
        await replica.records.log(Interaction(ASKER, "mine", "decline", "vi"))
        await replica.records.log(Interaction(OTHER, "theirs", "decline", "vi"))
        await replica.records.flush()
        proxy.cut()
        await replica.records.log(Interaction(ASKER, "mine, while away", "decline", "vi"))
        with pytest.raises(RecordsUnavailable):
            await replica.records.forget(ASKER)
        proxy.restore()
        await asyncio.wait_for(replica.records.flush(), 10)
        assert [row["question"] for row in await replica.records.interactions()] == ["theirs"]
    finally:
        await replica.stop()


async def test_records_left_at_stop_with_the_database_away_are_counted_as_lost(
    database_url: str, proxy: TcpProxy, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("records.postgres.FLUSH_AT_STOP", 0.2)
    replica = await Replica(proxy.url(database_url)).start()
    proxy.cut()
    await replica.records.log(Interaction(ASKER, "never written", "decline", "vi"))
    with caplog.at_level(logging.WARNING, logger="records.postgres"):
        await replica.stop()
    assert "Stopping with 1 writes PostgreSQL never took" in caplog.text
    assert replica.records.dropped_writes == 1


async def test_a_write_postgres_refuses_is_dropped_alone_and_the_rest_of_its_batch_is_kept(database_url: str) -> None:
    replica = Replica(database_url)
    for question, lang in (("one", "vi"), ("broken", "v\x00i"), ("two", "vi")):
        await replica.records.log(Interaction(ASKER, question, "decline", lang))  # queued before the writer starts
    await replica.start()
    try:
        await asyncio.wait_for(replica.records.flush(), 10)
        assert [row["question"] for row in await replica.records.interactions()] == ["one", "two"]
        assert replica.records.dropped_writes == 1
    finally:
        await replica.stop()


async def test_a_question_with_a_nul_character_is_stored_without_it(database_url: str) -> None:
    replica = await Replica(database_url).start()
    try:
        await replica.records.log(Interaction(ASKER, "a\x00b", "decline", "vi"))
        await replica.records.flush()
        assert [row["question"] for row in await replica.records.interactions()] == ["ab"]
    finally:
        await replica.stop()
