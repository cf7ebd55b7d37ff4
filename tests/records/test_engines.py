"""One records interface, two engines, the same behaviour: every test here runs on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3

import psycopg
import pytest
from engine_kit import SALT, Engine, Engines

from records import Interaction, Stats
from records.migrations import MigrationError, migrate_sqlite, steps
from records.postgres_database import PostgresDatabase

ASKER, OTHER = 1001, 1002
DAY = 24 * 3600


def hashed(user_id: int) -> str:
    return hashlib.sha256(f"{SALT}{user_id}".encode()).hexdigest()


async def test_an_interaction_is_kept_under_the_users_salted_hash_never_their_id(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "Tổng đài 111 là gì?", "answer", "vi", "hotline-111-what", 0.91))
    [row] = await engine.rows()
    assert row["user_hash"] == hashed(ASKER)
    assert str(ASKER) not in " ".join(str(value) for value in row.values())
    assert (row["question"], row["outcome"], row["entry_id"], row["lang"], row["via"]) == (
        "Tổng đài 111 là gì?", "answer", "hotline-111-what", "vi", "message")
    assert row["score"] == pytest.approx(0.91)
    assert row["feedback"] is None


async def test_a_crisis_message_is_never_stored_even_if_a_handler_passes_its_text(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "em bị đánh, cứu em", "urgent", "vi"))
    [row] = await engine.rows()
    assert (row["question"], row["outcome"]) == ("", "urgent")


async def test_phone_numbers_and_email_addresses_are_masked_before_they_are_stored(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "gọi 0912 345 678 hoặc mail an@example.org", "decline", "vi"))
    [row] = await engine.rows()
    assert row["question"] == "gọi [số] hoặc mail [email]"


async def test_feedback_marks_the_users_latest_interaction_with_that_entry_only(engine: Engine) -> None:
    for user in (ASKER, ASKER, OTHER):
        await engine.records.log(Interaction(user, "Tổng đài 111 là gì?", "answer", "vi", "hotline-111-what", 0.9))
    await engine.settle()
    await engine.records.set_feedback(ASKER, "hotline-111-what", -1)
    await engine.records.set_feedback(ASKER, "entry-never-shown", 1)
    assert [row["feedback"] for row in await engine.rows()] == [None, -1, None]


async def test_a_chosen_language_is_answered_from_memory_and_kept_across_a_restart(engines: Engines) -> None:
    first = await engines.open()
    assert first.records.language(ASKER) is None
    await first.records.set_language(ASKER, "en")
    assert first.records.language(ASKER) == "en"  # at once, before any write
    await first.settle()
    await engines.close(first)
    again = await engines.open()
    await again.settle()
    if again.database:  # PostgreSQL reads the choices when its listener connects
        await again.database.listening.wait()
    assert (again.records.language(ASKER), again.records.language(OTHER)) == ("en", None)


async def test_forget_deletes_the_users_rows_and_language_and_nobody_elses(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "câu hỏi một", "decline", "vi"))
    await engine.records.log(Interaction(ASKER, "câu hỏi hai", "decline", "vi"))
    await engine.records.log(Interaction(OTHER, "câu hỏi ba", "decline", "vi"))
    await engine.records.set_language(ASKER, "en")
    removed = await engine.records.forget(ASKER)
    assert removed == 3  # two questions and the language
    assert engine.records.language(ASKER) is None
    assert [row["question"] for row in await engine.rows()] == ["câu hỏi ba"]


async def test_purge_deletes_only_rows_past_the_retention_period(engines: Engines) -> None:
    now = [1_700_000_000.0]
    engine = await engines.open(clock=lambda: now[0])
    await engine.records.log(Interaction(ASKER, "old", "decline", "vi"))
    now[0] += 20 * DAY
    await engine.records.log(Interaction(ASKER, "new", "decline", "vi"))
    await engine.settle()
    now[0] += 11 * DAY
    assert await engine.records.purge() == 1
    assert [row["question"] for row in await engine.rows()] == ["new"]


async def test_stats_count_outcomes_most_asked_entries_unanswered_questions_and_feedback(engines: Engines) -> None:
    now = [1_700_000_000.0]
    engine = await engines.open(clock=lambda: now[0])
    await engine.records.log(Interaction(ASKER, "long ago", "decline", "vi"))
    await engine.settle()
    now[0] += 10 * DAY
    asked = [
        (ASKER, "Tổng đài 111 là gì?", "answer", "hotline-111-what"),
        (OTHER, "Tổng đài 111 là gì?", "answer", "hotline-111-what"),
        (ASKER, "VN vào LHQ năm nào", "answer", "vn-un-join"),
        (ASKER, "  Thời tiết  ", "decline", None),
        (OTHER, "thời tiết", "decline", None),
        (OTHER, "b", "decline", None),
        (OTHER, "a", "decline", None),
        (ASKER, "", "urgent", None),
        (ASKER, "cảm ơn", "smalltalk", "thanks"),
    ]
    for user, question, outcome, entry_id in asked:
        await engine.records.log(Interaction(user, question, outcome, "vi", entry_id, 0.9))
    await engine.records.log(Interaction(ASKER, "", "answer", "vi", "vn-un-join", 1.0, via="button"))
    await engine.settle()
    await engine.records.set_feedback(OTHER, "hotline-111-what", 1)
    await engine.records.set_feedback(ASKER, "vn-un-join", -1)
    await engine.settle()
    found = await engine.records.stats(7)
    assert found == Stats(
        days=7,
        questions=9,
        outcomes={"answer": 3, "decline": 4, "urgent": 1, "smalltalk": 1},
        top_entries=[("hotline-111-what", 2), ("vn-un-join", 1)],
        unanswered=[("thời tiết", 2), ("a", 1), ("b", 1)],
        feedback={1: 1, -1: 1},
    )
    assert (await engine.records.stats(30)).questions == 10


async def test_writes_from_one_user_are_kept_in_the_order_they_were_made(engine: Engine) -> None:
    for number in range(50):
        await engine.records.log(Interaction(ASKER, f"câu {number}", "decline", "vi"))
    assert [row["question"] for row in await engine.rows()] == [f"câu {n}" for n in range(50)]


def test_each_engine_has_numbered_steps_and_the_first_creates_the_same_tables() -> None:
    sqlite_steps, postgres_steps = steps("sqlite"), steps("postgres")
    assert [s.version for s in sqlite_steps] == list(range(1, len(sqlite_steps) + 1))
    assert [s.version for s in postgres_steps] == list(range(1, len(postgres_steps) + 1))
    for table in ("interactions", "languages"):
        assert f"CREATE TABLE IF NOT EXISTS {table} (" in sqlite_steps[0].sql
        assert f"CREATE TABLE {table} (" in postgres_steps[0].sql


def test_sqlite_is_migrated_once_and_a_database_made_before_migrations_keeps_its_rows(tmp_path: object) -> None:
    db = sqlite3.connect(":memory:")
    db.executescript("CREATE TABLE interactions (id INTEGER PRIMARY KEY, at REAL NOT NULL, user_hash TEXT NOT NULL,"
                     " question TEXT NOT NULL, outcome TEXT NOT NULL, entry_id TEXT, score REAL NOT NULL DEFAULT 0,"
                     " lang TEXT NOT NULL, via TEXT NOT NULL, feedback INTEGER);"
                     "INSERT INTO interactions (at, user_hash, question, outcome, lang, via)"
                     " VALUES (1, 'h', 'q', 'decline', 'vi', 'message');")
    assert migrate_sqlite(db) == len(steps("sqlite"))
    assert migrate_sqlite(db) == len(steps("sqlite"))
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(steps("sqlite"))
    assert db.execute("SELECT count(*) FROM interactions").fetchone()[0] == 1


def test_a_sqlite_database_from_a_newer_version_is_refused() -> None:
    db = sqlite3.connect(":memory:")
    db.execute(f"PRAGMA user_version = {len(steps('sqlite')) + 1}")
    with pytest.raises(MigrationError, match="newer version"):
        migrate_sqlite(db)


async def test_postgres_is_migrated_once_and_a_database_from_a_newer_version_is_refused(database_url: str) -> None:
    for _ in range(2):
        database = PostgresDatabase(database_url)
        await database.start()
        assert database.available
        await database.stop()
    with psycopg.connect(database_url) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [s.version for s in steps("postgres")]
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, 'from_the_future')",
                     (len(versions) + 1,))
    with pytest.raises(MigrationError, match="newer version"):
        await PostgresDatabase(database_url).start()
