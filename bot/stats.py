"""``python -m bot stats``: the statistics of the configured database, for people and for monitoring.

Usage::

    python -m bot stats                       # last 7 days, as text
    python -m bot stats --days 30 --format json

Reads the same settings as ``python -m bot run`` (``BOT_DATABASE_URL``, else the SQLite file in
``BOT_DATA_DIR``); needs no Telegram token. The JSON is one object: ``engine``, ``days``,
``questions``, ``outcomes`` (a count for every outcome, zeros included), ``feedback`` (``up``,
``down``), ``top_entries`` and ``unanswered`` (up to five each), and, on PostgreSQL, the
``replicas`` seen in the last 15 seconds. Exit status 1 when the database cannot be read.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bot.settings import Settings
from records import RecordsUnavailable, ReviewData, Stats
from records.sqlite import DB_FILE, SQLiteRecords

OUTCOMES = ("answer", "suggest", "decline", "urgent", "smalltalk")
CONNECT_WAIT = 5.0  # seconds to reach PostgreSQL


class StatsError(Exception):
    """The configured database cannot be read."""


def read(settings: Settings, days: int) -> dict[str, Any]:
    """The statistics of the last ``days`` days, as the JSON object described above."""
    if settings.database_url is None:
        path = settings.data_dir / DB_FILE
        if not path.exists():
            raise StatsError(f"no database at {path} (set BOT_DATA_DIR or BOT_DATABASE_URL)")
        records = SQLiteRecords(path, "", settings.retention_days)  # counting needs no salt
        try:
            return as_json("sqlite", records.stats_now(days))
        finally:
            records.close()
    return asyncio.run(_read_postgres(settings.database_url.get_secret_value(), settings.retention_days, days))


async def _read_postgres(url: str, retention_days: int, days: int) -> dict[str, Any]:
    from records.postgres import PostgresRecords
    from records.postgres_database import PostgresDatabase
    from records.postgres_replicas import running_replicas

    database = PostgresDatabase(url, name="bot stats", max_size=1)
    await database.start(wait=CONNECT_WAIT, listen=False)
    try:
        found = await PostgresRecords(database, "", retention_days).stats(days)
        replicas = await running_replicas(database)
    except RecordsUnavailable as error:
        raise StatsError(str(error)) from error
    finally:
        await database.stop()
    return as_json("postgresql", found) | {"replicas": replicas}


def read_review_postgres(settings: Settings, days: int) -> ReviewData:
    """What ``python -m bot review`` reads, from the PostgreSQL database of ``BOT_DATABASE_URL``."""
    assert settings.database_url is not None
    return asyncio.run(_review_postgres(settings.database_url.get_secret_value(), settings.retention_days, days))


async def _review_postgres(url: str, retention_days: int, days: int) -> ReviewData:
    from records.postgres import PostgresRecords
    from records.postgres_database import PostgresDatabase

    database = PostgresDatabase(url, name="bot review", max_size=1)
    await database.start(wait=CONNECT_WAIT, listen=False)
    try:
        return await PostgresRecords(database, "", retention_days).review(days)  # no user's rows: no salt
    except RecordsUnavailable as error:
        raise StatsError(str(error)) from error
    finally:
        await database.stop()


def as_json(engine: str, found: Stats) -> dict[str, Any]:
    return {
        "engine": engine,
        "days": found.days,
        "questions": found.questions,
        "outcomes": {outcome: found.outcomes.get(outcome, 0) for outcome in OUTCOMES} | found.outcomes,
        "feedback": {"up": found.feedback.get(1, 0), "down": found.feedback.get(-1, 0)},
        "top_entries": [{"entry_id": entry_id, "count": count} for entry_id, count in found.top_entries],
        "unanswered": [{"question": question, "count": count} for question, count in found.unanswered],
    }


def as_text(data: dict[str, Any]) -> str:
    questions = data["questions"]
    lines = [f"{data['engine']}, last {data['days']} days: {questions} questions"]
    for outcome, count in data["outcomes"].items():
        share = 100 * count / questions if questions else 0.0
        lines.append(f"  {outcome:<10}{count:>7}  {share:5.1f}%")
    lines.append(f"feedback: up {data['feedback']['up']}, down {data['feedback']['down']}")
    lines += [f"most asked: {e['count']} × {e['entry_id']}" for e in data["top_entries"]]
    lines += [f"unanswered: {u['count']} × {u['question']}" for u in data["unanswered"]]
    for replica in data.get("replicas", []):
        lines.append(f"replica {replica['name']}: version {replica['fingerprint']}, "
                     f"seen {replica['seen_seconds_ago']} s ago")
    return "\n".join(lines)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)
