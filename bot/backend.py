"""Where the bot keeps what it keeps, chosen by the settings, with what each choice brings.

- ``BOT_DATABASE_URL`` unset: one process, SQLite in ``BOT_DATA_DIR``, the rate limit in memory,
  nobody else to tell about a reload.
- ``BOT_DATABASE_URL=postgresql://...``: any number of replicas sharing one PostgreSQL
  database for the records, the chosen languages, the per-user rate limit and reloads.
  psycopg is imported only then.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from bot.settings import Settings
from handlers.admin import follow_reload
from handlers.ratelimit import RateLimiter, SharedRateLimiter, UserRateLimiter
from knowledge.store import KnowledgeStore
from records import Records
from records.migrations import MigrationError
from records.replicas import Replicas, SingleReplica
from records.sqlite import SQLiteRecords


class Service(Protocol):
    """Something that runs beside the handlers, started before the first update and stopped after the last."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class BackendError(Exception):
    """The records cannot be opened as configured; the message says which setting to look at."""


@dataclass(frozen=True)
class Backend:
    engine: str  # "sqlite" or "postgresql"
    records: Records
    limiter: RateLimiter
    replicas: Replicas
    services: tuple[Service, ...] = ()


def open_backend(settings: Settings, store: KnowledgeStore) -> Backend:
    """The records, the rate limit and the replicas for ``settings``; raises ``BackendError``."""
    per_minute = settings.user_rate_per_minute
    if settings.database_url is None:
        try:
            records = SQLiteRecords.open(settings.data_dir, settings.salt(), settings.retention_days)
        except (OSError, sqlite3.Error, MigrationError) as error:
            raise BackendError(f"BOT_DATA_DIR {settings.data_dir} is not usable: {error}") from error
        return Backend("sqlite", records, UserRateLimiter(per_minute), SingleReplica())
    if settings.user_salt is None:
        raise BackendError("BOT_DATABASE_URL needs BOT_USER_SALT, the same on every replica "
                           "(e.g. the output of: openssl rand -hex 32)")
    from records.postgres import PostgresRecords
    from records.postgres_database import PostgresDatabase
    from records.postgres_limits import PostgresRateLimiter
    from records.postgres_replicas import PostgresReplicas

    salt = settings.user_salt.get_secret_value()
    database = PostgresDatabase(settings.database_url.get_secret_value(), name=f"bot {settings.replica_name}")
    shared_limit = PostgresRateLimiter(database, salt, per_minute)
    replicas = PostgresReplicas(database, settings.replica_name, partial(follow_reload, store),
                                lambda: store.current.fingerprint(), wait=settings.reload_wait)
    pg_records = PostgresRecords(database, salt, settings.retention_days)
    return Backend("postgresql", pg_records, SharedRateLimiter(shared_limit, UserRateLimiter(per_minute)), replicas,
                   (database, pg_records, shared_limit, replicas))
