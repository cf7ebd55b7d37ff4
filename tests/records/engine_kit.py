"""Both engines behind one face, so each records test runs against SQLite and PostgreSQL (fixtures in conftest)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from records.postgres import PostgresRecords
from records.postgres_database import PostgresDatabase
from records.sqlite import SQLiteRecords

SALT = "test-salt"
RETENTION_DAYS = 30


@dataclass
class Engine:
    """One engine's records, and what a test needs to look inside them."""

    name: str
    records: SQLiteRecords | PostgresRecords
    database: PostgresDatabase | None = None

    async def rows(self) -> list[dict[str, object]]:
        """Every stored interaction, once every queued write is in."""
        if isinstance(self.records, PostgresRecords):
            await self.records.flush()
            return await self.records.interactions()
        return self.records.interactions()

    async def settle(self) -> None:
        if isinstance(self.records, PostgresRecords):
            await self.records.flush()


@dataclass
class Engines:
    """Opens engines of one kind on one storage (a folder or a database), and closes them all."""

    kind: str
    tmp_path: Path
    url: str = ""
    opened: list[Engine] = field(default_factory=list)

    async def open(self, clock: Callable[[], float] = time.time, **options: Any) -> Engine:
        if self.kind == "sqlite":
            engine = Engine("sqlite", SQLiteRecords(self.tmp_path / "bot.sqlite3", SALT, RETENTION_DAYS,
                                                    clock=clock, **options))
        else:
            database = PostgresDatabase(self.url)
            records = PostgresRecords(database, SALT, RETENTION_DAYS, clock=clock, **options)
            await database.start()
            await records.start()
            engine = Engine("postgres", records, database)
        self.opened.append(engine)
        return engine

    async def close(self, engine: Engine) -> None:
        self.opened.remove(engine)
        if isinstance(engine.records, PostgresRecords) and engine.database:
            await engine.records.stop()
            await engine.database.stop()
        else:
            engine.records.close()
