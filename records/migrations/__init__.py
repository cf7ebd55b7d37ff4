"""Numbered schema steps for each engine, applied when the records are opened.

Each engine has a folder of steps, ``records/migrations/<engine>/NNNN_what.sql``, numbered from
0001 without gaps and applied in order, each once, each in its own transaction. SQLite keeps the
number of the last step applied in ``PRAGMA user_version``; PostgreSQL in the table
``schema_migrations`` (one row per step), under an advisory lock, so that replicas starting
at the same time apply a step once.

To change the schema, add the next step to both folders, with the same table and column names
(only the types differ: INTEGER PRIMARY KEY / identity, REAL / DOUBLE PRECISION); a step that
only the shared database needs (the rate limit, the replicas) exists for PostgreSQL alone, so
the numbers of the two folders need not match. A database written by a newer version (a step
this code does not know) is refused rather than used.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # psycopg is needed only for PostgreSQL
    from psycopg import AsyncConnection

FOLDER = Path(__file__).resolve().parent
_STEP = re.compile(r"^(\d{4})_(\w+)\.sql$")
# pg_advisory_xact_lock key taken while migrating: any constant that no other code uses.
POSTGRES_LOCK = 0x7B07_0001


class MigrationError(Exception):
    """The steps cannot be applied: a database from a newer version, or a broken steps folder."""


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    sql: str


@cache
def steps(engine: str) -> tuple[Step, ...]:
    """The steps of ``engine`` ("sqlite" or "postgres"), in order; checks they are numbered 1, 2, 3..."""
    found = []
    for path in sorted((FOLDER / engine).glob("*.sql")):
        match = _STEP.match(path.name)
        if match is None:
            raise MigrationError(f"{path.name}: a step is named NNNN_what.sql")
        found.append(Step(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    for number, step in enumerate(found, start=1):
        if step.version != number:
            raise MigrationError(f"{engine} steps: expected number {number:04d}, found {step.version:04d}")
    return tuple(found)


def _newer(engine: str, current: int, known: int) -> MigrationError:
    return MigrationError(f"the {engine} database is at schema version {current}, but this version of the bot "
                          f"knows only {known}: it was written by a newer version")


def migrate_sqlite(db: sqlite3.Connection) -> int:
    """Apply the SQLite steps the database has not had yet; returns its schema version."""
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    known = steps("sqlite")
    if current > len(known):
        raise _newer("SQLite", current, len(known))
    for step in known[current:]:
        try:
            # user_version is part of the file header, written in the same transaction as the step.
            db.executescript(f"BEGIN;\n{step.sql}\nPRAGMA user_version = {step.version};\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.rollback()
            raise
    return len(known) if known else current


async def migrate_postgres(conn: AsyncConnection[object]) -> int:
    """Apply the PostgreSQL steps the database has not had yet; returns its schema version."""
    known = steps("postgres")
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (POSTGRES_LOCK,))
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        cursor = await conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
        row = await cursor.fetchone()
        current = int(row[0]) if row else 0  # type: ignore[index]
    if current > len(known):
        raise _newer("PostgreSQL", current, len(known))
    for step in known[current:]:
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (POSTGRES_LOCK,))
            cursor = await conn.execute("SELECT 1 FROM schema_migrations WHERE version = %s", (step.version,))
            if await cursor.fetchone():  # another replica applied it while this one waited for the lock
                continue
            await conn.execute(step.sql.encode())  # no parameters: several statements in one go
            await conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                               (step.version, step.name))
    return len(known)
