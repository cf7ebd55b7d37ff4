"""``python -m bot stats --format json``: the configured database's statistics as one object, on either engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from records import Interaction
from records.postgres import PostgresRecords
from records.postgres_database import PostgresDatabase
from records.sqlite import SQLiteRecords

ROOT = Path(__file__).resolve().parents[2]
ASKED = [
    Interaction(1, "Tổng đài 111 là gì?", "answer", "vi", "hotline-111-what", 0.9),
    Interaction(2, "Tổng đài 111 là gì?", "answer", "vi", "hotline-111-what", 0.9),
    Interaction(2, "thời tiết hôm nay", "decline", "vi"),
    Interaction(3, "", "urgent", "vi"),
]


def stats(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))}
    return subprocess.run([sys.executable, "-m", "bot", "stats", *args], env=clean | env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def check(found: dict[str, object], engine: str) -> None:
    assert found["engine"] == engine
    assert found["questions"] == 4
    assert found["outcomes"] == {"answer": 2, "suggest": 0, "decline": 1, "urgent": 1, "smalltalk": 0}
    assert found["feedback"] == {"up": 1, "down": 0}
    assert found["top_entries"] == [{"entry_id": "hotline-111-what", "count": 2}]
    assert found["unanswered"] == [{"question": "thời tiết hôm nay", "count": 1}]


async def test_stats_of_the_sqlite_file_in_the_data_directory(tmp_path: Path) -> None:
    records = SQLiteRecords.open(tmp_path, "salt", 30)
    for interaction in ASKED:
        await records.log(interaction)
    await records.set_feedback(1, "hotline-111-what", 1)
    records.close()
    result = stats({"BOT_DATA_DIR": str(tmp_path)}, "--days", "2", "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    check(found, "sqlite")
    assert found["days"] == 2
    text = stats({"BOT_DATA_DIR": str(tmp_path)})
    assert "sqlite, last 7 days: 4 questions" in text.stdout


async def test_stats_of_the_postgresql_database_with_the_replicas_running(database_url: str) -> None:
    database = PostgresDatabase(database_url)
    records = PostgresRecords(database, "salt", 30)
    await database.start()
    await records.start()
    for interaction in ASKED:
        await records.log(interaction)
    await records.flush()
    await records.set_feedback(1, "hotline-111-what", 1)
    await records.stop()
    await database.stop()
    result = stats({"BOT_DATABASE_URL": database_url}, "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    check(found, "postgresql")
    assert found["replicas"] == []


def test_stats_without_a_database_fail_with_one_line(tmp_path: Path) -> None:
    result = stats({"BOT_DATA_DIR": str(tmp_path / "nothing")}, "--format", "json")
    assert result.returncode == 1
    assert result.stderr.startswith("error: no database at")


@pytest.mark.parametrize("url", ["postgresql://nobody:wrong@127.0.0.1:9/none"])
def test_stats_with_postgresql_unreachable_fail_with_one_line(url: str) -> None:
    result = stats({"BOT_DATABASE_URL": url}, "--format", "json")
    assert result.returncode == 1
    assert result.stderr.startswith("error: PostgreSQL")
    assert "wrong" not in result.stderr  # the password is not shown


async def test_review_reads_the_postgresql_database_when_it_is_configured(database_url: str) -> None:
    database = PostgresDatabase(database_url)
    records = PostgresRecords(database, "salt", 30)
    await database.start()
    await records.start()
    for interaction in ASKED:
        await records.log(interaction)
    await records.log(Interaction(1, "111 ai lập ra", "suggest", "vi", ref="r1", offered=("hotline-111-what",)))
    assert await records.choose(1, "r1", "hotline-111-what")
    await records.stop()
    await database.stop()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))}
    result = subprocess.run([sys.executable, "-m", "bot", "review", "--format", "json"],
                            env=clean | {"BOT_DATABASE_URL": database_url}, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "thời tiết hôm nay" in result.stdout and "111 ai lập ra" in result.stdout
    assert "hotline-111-what" in result.stdout
