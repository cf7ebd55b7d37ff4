"""The per-user rate limit kept in PostgreSQL: the in-memory limit's verdicts, for all replicas at once."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import pytest
from pgkit import TcpProxy

from handlers.ratelimit import SharedRateLimiter, UserRateLimiter
from records import RecordsUnavailable
from records.postgres_database import PostgresDatabase
from records.postgres_limits import PostgresRateLimiter

SALT = "test-salt"
# These tests check the verdicts, not their speed: on a loaded machine a check (forty at once, opening
# the pool's connections) can take longer than the production timeout, past which it would fall back
# to memory and the verdicts tested would not be the database's.
SLOW_MACHINE = 30.0


@pytest.fixture
async def databases(database_url: str) -> AsyncIterator[list[PostgresDatabase]]:
    """Two replicas' connections to one database."""
    opened = [PostgresDatabase(database_url), PostgresDatabase(database_url)]
    for database in opened:
        await database.start()
    yield opened
    for database in opened:
        await database.stop()


async def test_the_shared_limit_gives_the_in_memory_limits_verdicts(databases: list[PostgresDatabase]) -> None:
    now = [1_000.0]
    shared = PostgresRateLimiter(databases[0], SALT, per_minute=3, clock=lambda: now[0], timeout=SLOW_MACHINE)
    local = UserRateLimiter(3, clock=lambda: now[0])
    script = random.Random(7)
    for _ in range(300):
        now[0] += script.choice([0.0, 0.5, 3.0, 20.0, 61.0])
        user = script.choice([1, 2, 3])
        assert await shared.check(user) == local.check_now(user), f"user {user} at {now[0]}"


async def test_a_user_writing_to_two_replicas_is_limited_as_one_user(databases: list[PostgresDatabase]) -> None:
    one, two = (PostgresRateLimiter(database, SALT, per_minute=4, timeout=SLOW_MACHINE) for database in databases)
    verdicts = [await (one if n % 2 else two).check(77) for n in range(8)]
    assert verdicts == ["allow"] * 4 + ["notify", "ignore", "ignore", "ignore"]
    assert await one.check(78) == "allow"  # others are not affected


async def test_a_flood_at_once_across_replicas_gets_exactly_the_limit_and_one_notice(
    databases: list[PostgresDatabase],
) -> None:
    limiters = [PostgresRateLimiter(database, SALT, per_minute=5, timeout=SLOW_MACHINE) for database in databases]
    verdicts = await asyncio.gather(*(limiters[n % 2].check(99) for n in range(40)))
    assert sorted(verdicts).count("allow") == 5
    assert verdicts.count("notify") == 1
    assert verdicts.count("ignore") == 34


async def test_without_the_database_each_replica_limits_from_memory(database_url: str) -> None:
    link = TcpProxy.to(database_url)
    await link.start()
    database = PostgresDatabase(link.url(database_url))
    await database.start()
    try:
        shared = PostgresRateLimiter(database, SALT, per_minute=2)
        limiter = SharedRateLimiter(shared, UserRateLimiter(2))
        assert await limiter.check(5) == "allow"
        link.cut()
        with pytest.raises(RecordsUnavailable):
            for _ in range(10):  # until this replica notices the database is gone
                await shared.check(5)
        assert [await limiter.check(5) for _ in range(4)] == ["allow", "allow", "notify", "ignore"]
        assert limiter.local_checks == 4
    finally:
        await database.stop()
        await link.stop()
