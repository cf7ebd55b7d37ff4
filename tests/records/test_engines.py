"""One records interface, two engines, the same behaviour: every test here runs on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3

import psycopg
import pytest
from engine_kit import SALT, Engine, Engines

from records import Asked, Chosen, Disliked, Interaction, ReviewData, Stats
from records.migrations import MigrationError, migrate_sqlite, steps
from records.postgres_database import PostgresDatabase
from records.sqlite import SCHEMA_VERSION

ASKER, OTHER = 1001, 1002
DAY = 24 * 3600


def hashed(user_id: int) -> str:
    return hashlib.sha256(f"{SALT}{user_id}".encode()).hexdigest()


async def test_an_interaction_is_kept_under_the_users_salted_hash_never_their_id(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "Tổng đài 111 là gì?", "answer", "vi", "hotline-111-what", 0.91))
    [row] = await engine.rows()
    assert row["user_hash"] == hashed(ASKER)
    # Not in the time: a timestamp's digits may happen to hold "1001".
    assert ASKER not in row.values()
    assert not any(str(ASKER) in value for value in row.values() if isinstance(value, str))
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


async def test_a_suggest_row_keeps_its_ref_and_offered_ids_and_a_choice_marks_the_one_pressed(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "111 là gì", "suggest", "vi", ref="abc123",
                                         offered=("hotline-111-what", "hotline-111-who")))
    await engine.settle()
    assert await engine.records.choose(ASKER, "abc123", "hotline-111-who") is True
    [row] = await engine.rows()
    assert (row["ref"], row["offered"], row["chosen"]) == ("abc123", "hotline-111-what hotline-111-who",
                                                           "hotline-111-who")


async def test_a_choice_is_refused_for_an_entry_not_offered_another_users_question_or_an_unknown_ref(
    engine: Engine,
) -> None:
    await engine.records.log(Interaction(ASKER, "111 là gì", "suggest", "vi", ref="abc123",
                                         offered=("hotline-111-what",)))
    assert await engine.records.choose(ASKER, "abc123", "vn-un-join") is False
    assert await engine.records.choose(OTHER, "abc123", "hotline-111-what") is False
    assert await engine.records.choose(ASKER, "zzz999", "hotline-111-what") is False
    [row] = await engine.rows()
    assert row["chosen"] is None


async def test_feedback_finds_the_row_that_chose_the_entry_and_a_new_choice_clears_it(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "111 là gì", "suggest", "vi", ref="abc123",
                                         offered=("hotline-111-what", "hotline-111-who")))
    assert await engine.records.choose(ASKER, "abc123", "hotline-111-what")
    await engine.records.set_feedback(ASKER, "hotline-111-what", -1)
    await engine.settle()
    assert [row["feedback"] for row in await engine.rows()] == [-1]
    assert await engine.records.choose(ASKER, "abc123", "hotline-111-who")
    [row] = await engine.rows()
    assert (row["chosen"], row["feedback"]) == ("hotline-111-who", None)


async def test_review_lists_unanswered_questions_chosen_suggestions_and_disliked_entries(engines: Engines) -> None:
    now = [1_700_000_000.0]
    engine = await engines.open(clock=lambda: now[0])
    await engine.records.log(Interaction(ASKER, "long ago", "decline", "vi"))
    await engine.settle()
    now[0] += 20 * DAY
    offered = ("hotline-111-what", "hotline-111-who")
    await engine.records.log(Interaction(ASKER, "thời tiết", "decline", "vi"))
    await engine.records.log(Interaction(OTHER, "thời tiết", "decline", "vi"))
    await engine.records.log(Interaction(OTHER, "b", "decline", "vi"))
    await engine.records.log(Interaction(ASKER, "111 ai lập", "suggest", "vi", ref="r1", offered=offered))
    await engine.records.log(Interaction(OTHER, "111 ai lập", "suggest", "vi", ref="r2", offered=offered))
    await engine.records.log(Interaction(ASKER, "111 nghĩa là", "suggest", "vi", ref="r3", offered=offered))
    await engine.records.log(Interaction(OTHER, "gì đó", "suggest", "vi", ref="r4", offered=offered))
    await engine.records.log(Interaction(ASKER, "VN vào LHQ", "answer", "vi", "vn-un-join", 0.9))
    await engine.records.log(Interaction(ASKER, "", "urgent", "vi"))
    await engine.records.log(Interaction(ASKER, "", "answer", "vi", "vn-un-join", 1.0, via="button"))
    assert await engine.records.choose(ASKER, "r1", "hotline-111-who")
    assert await engine.records.choose(OTHER, "r2", "hotline-111-who")
    assert await engine.records.choose(ASKER, "r3", "hotline-111-what")
    await engine.records.set_feedback(ASKER, "hotline-111-what", -1)  # the choice of r3, then 👎
    await engine.records.set_feedback(ASKER, "vn-un-join", -1)  # the button row, the latest
    await engine.settle()
    found = await engine.records.review(10)
    assert found == ReviewData(
        days=10,
        unanswered=[Asked("thời tiết", 2), Asked("111 nghĩa là", 1), Asked("b", 1), Asked("gì đó", 1)],
        chosen=[Chosen("111 ai lập", "hotline-111-who", 2)],
        disliked=[Disliked("hotline-111-what", 1), Disliked("vn-un-join", 1)],
    )
    assert Asked("long ago", 1) in (await engine.records.review(30)).unanswered


async def test_forget_deletes_the_users_chosen_suggestions_from_the_review(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "111 ai lập", "suggest", "vi", ref="r1",
                                         offered=("hotline-111-who",)))
    assert await engine.records.choose(ASKER, "r1", "hotline-111-who")
    await engine.records.log(Interaction(OTHER, "thời tiết", "decline", "vi"))
    await engine.settle()
    assert (await engine.records.review(30)).chosen == [Chosen("111 ai lập", "hotline-111-who", 1)]
    assert await engine.records.forget(ASKER) == 1
    found = await engine.records.review(30)
    assert (found.chosen, found.unanswered) == ([], [Asked("thời tiết", 1)])
    assert await engine.records.choose(ASKER, "r1", "hotline-111-who") is False


async def test_masked_text_is_what_the_review_lists_and_a_crisis_message_is_never_listed(engine: Engine) -> None:
    await engine.records.log(Interaction(ASKER, "số em 0912345678 gọi giúp", "decline", "vi"))
    await engine.records.log(Interaction(OTHER, "em muốn chết", "urgent", "vi"))
    await engine.settle()
    found = await engine.records.review(30)
    assert found.unanswered == [Asked("số em [số] gọi giúp", 1)]
    assert [row["question"] for row in await engine.rows()] == ["số em [số] gọi giúp", ""]


async def test_crisis_texts_an_older_version_stored_are_cleared_when_the_records_open(engines: Engines) -> None:
    first = await engines.open()
    await first.records.log(Interaction(ASKER, "placeholder", "urgent", "vi"))
    await first.records.log(Interaction(ASKER, "keep me", "decline", "vi"))
    await first.settle()
    await engines.close(first)
    # What an older version wrote: the crisis message's own text.
    if engines.kind == "sqlite":
        db = sqlite3.connect(engines.tmp_path / "bot.sqlite3")
        with db:
            db.execute("UPDATE interactions SET question = 'em bị đánh' WHERE outcome = 'urgent'")
        db.close()
    else:
        with psycopg.connect(engines.url) as conn:
            conn.execute("UPDATE interactions SET question = 'em bị đánh' WHERE outcome = 'urgent'")
    again = await engines.open()
    assert [row["question"] for row in await again.rows()] == ["", "keep me"]


async def test_the_review_columns_are_added_to_a_database_of_the_first_schema_step(engines: Engines) -> None:
    engine_steps = steps(engines.kind)
    review_step = next(s.version for s in engine_steps if s.name == "review")
    if engines.kind == "sqlite":
        db = sqlite3.connect(engines.tmp_path / "bot.sqlite3")
        db.executescript(engine_steps[0].sql + "\nPRAGMA user_version = 1;")
        db.execute("INSERT INTO interactions (at, user_hash, question, outcome, lang, via)"
                   " VALUES (1e12, 'h', 'q', 'decline', 'vi', 'message')")
        db.commit()
        db.close()
    else:
        with psycopg.connect(engines.url) as conn:
            conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                         " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            for step in engine_steps[:review_step - 1]:
                conn.execute(step.sql.encode())
                conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                             (step.version, step.name))
            conn.execute("INSERT INTO interactions (at, user_hash, question, outcome, lang, via)"
                         " VALUES (1e12, 'h', 'q', 'decline', 'vi', 'message')")
    engine = await engines.open()
    [row] = await engine.rows()
    assert (row["question"], row["ref"], row["offered"], row["chosen"]) == ("q", None, None, None)


def test_the_sqlite_review_step_keeps_main_s_user_version_numbering() -> None:
    assert [(s.version, s.name) for s in steps("sqlite")][:2] == [(1, "initial"), (2, "review")]
    assert SCHEMA_VERSION == 2
    for engine in ("sqlite", "postgres"):
        review = next(s.sql for s in steps(engine) if s.name == "review")
        for column in ("ref", "offered", "chosen"):
            assert f"ADD COLUMN {column} TEXT" in review
