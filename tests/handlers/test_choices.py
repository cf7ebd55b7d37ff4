"""What people chose: a pressed suggestion and 👍/👎 are kept on the question that led there."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from handlers.callbacks import Answer
from knowledge.store import KnowledgeStore
from records.sqlite import DB_FILE, SCHEMA_VERSION
from testkit import updates
from testkit.fake_bot_api import Call, FakeBotAPI
from testkit.harness import RunningBot, eventually, running_bot

ASKER = updates.user(6006)
OTHER = updates.user(6007, first_name="Minh")
QUESTION = "Tổng đài 111 là gì?"


@pytest.fixture
async def suggesting_bot(api: FakeBotAPI, suggesting_store: KnowledgeStore, tmp_path: Path
                         ) -> AsyncIterator[RunningBot]:
    async with running_bot(api, suggesting_store, tmp_path) as running:
        yield running


async def _suggestions(bot: RunningBot, question: str = QUESTION) -> tuple[Call, list[Answer]]:
    [shown] = await bot.send(updates.message(question, ASKER))
    offered = [Answer.parse(data) for _, data in shown.buttons()]
    assert offered and all(a is not None and a.ref for a in offered)
    return shown, [a for a in offered if a is not None]


async def test_a_pressed_suggestion_is_kept_on_the_question_with_what_was_offered(suggesting_bot: RunningBot) -> None:
    bot = suggesting_bot
    shown, offered = await _suggestions(bot)
    await bot.press(offered[-1].pack() or "", shown, ASKER)
    await eventually(lambda: [row["chosen"] for row in bot.records.interactions()] == [offered[-1].item_id])
    [row] = bot.records.interactions()  # no second row for the press
    assert (row["question"], row["outcome"], row["via"]) == (QUESTION, "suggest", "message")
    assert str(row["offered"]).split() == [a.item_id for a in offered]
    assert row["ref"] == offered[0].ref


async def test_feedback_after_a_pressed_suggestion_marks_the_question_that_led_there(
    suggesting_bot: RunningBot,
) -> None:
    bot = suggesting_bot
    shown, offered = await _suggestions(bot)
    since = bot.api.mark()
    await bot.press(offered[0].pack() or "", shown, ASKER)
    [answer] = bot.api.of("editMessageText", since)
    await bot.press(f"f:-:{offered[0].item_id}", answer, ASKER)
    await eventually(lambda: [row["feedback"] for row in bot.records.interactions()] == [-1])
    [row] = bot.records.interactions()
    assert (row["question"], row["chosen"]) == (QUESTION, offered[0].item_id)


async def test_a_press_by_someone_else_or_with_a_tampered_reference_is_only_a_button_press(
    suggesting_bot: RunningBot,
) -> None:
    bot = suggesting_bot
    shown, offered = await _suggestions(bot)
    await bot.press(offered[0].pack() or "", shown, OTHER)
    forged = Answer(offered[0].lang, offered[0].item_id, ref="zzzzzz").pack() or ""
    await bot.press(forged, shown, ASKER)
    await eventually(lambda: len(bot.records.interactions()) == 3)
    question, *presses = bot.records.interactions()
    assert question["chosen"] is None
    assert [p["via"] for p in presses] == ["button", "button"]


async def test_a_question_from_a_topic_list_is_a_button_press(bot: RunningBot) -> None:
    [listing] = await bot.send(updates.message("/topics", ASKER))
    [page] = await bot.send(updates.callback_query(listing.buttons()[0][1], listing.result, ASKER),
                            "editMessageText")
    data = next(d for _, d in page.buttons() if d.startswith("a:"))
    assert Answer.parse(data) == Answer("vi", data.split(":")[2])  # no reference to a question
    await bot.press(data, page, ASKER)
    await eventually(lambda: len(bot.records.interactions()) == 1)
    assert bot.records.interactions()[0]["via"] == "button"


# The schema before versions were counted (user_version 0), as deployed bots have it.
PREVIOUS_SCHEMA = """
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, user_hash TEXT NOT NULL, question TEXT NOT NULL,
    outcome TEXT NOT NULL, entry_id TEXT, score REAL NOT NULL DEFAULT 0, lang TEXT NOT NULL, via TEXT NOT NULL,
    feedback INTEGER
);
CREATE INDEX interactions_at ON interactions (at);
CREATE INDEX interactions_user_entry ON interactions (user_hash, entry_id);
CREATE TABLE languages (user_hash TEXT PRIMARY KEY, lang TEXT NOT NULL);
"""


async def test_a_database_of_the_previous_schema_is_upgraded_at_start_and_keeps_its_rows(
    api: FakeBotAPI, suggesting_store: KnowledgeStore, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / DB_FILE) as old:
        old.executescript(PREVIOUS_SCHEMA)
        old.execute("INSERT INTO interactions (at, user_hash, question, outcome, lang, via, feedback)"
                    " VALUES (?, 'somebody', 'câu hỏi cũ', 'decline', 'vi', 'message', NULL)", (time.time(),))
        old.execute("INSERT INTO languages VALUES ('somebody', 'en')")
    old.close()
    async with running_bot(api, suggesting_store, tmp_path) as bot:
        assert bot.records.schema_version == SCHEMA_VERSION == 2
        assert [row["question"] for row in bot.records.interactions()] == ["câu hỏi cũ"]
        shown, offered = await _suggestions(bot)
        await bot.press(offered[0].pack() or "", shown, ASKER)
        await eventually(lambda: bot.records.interactions()[-1]["chosen"] == offered[0].item_id)
        review = await bot.records.review(7)
        assert [a.question for a in review.unanswered] == ["câu hỏi cũ"]
        assert [(c.question, c.entry_id) for c in review.chosen] == [(QUESTION, offered[0].item_id)]
    async with running_bot(api, suggesting_store, tmp_path) as again:  # opening it again changes nothing
        assert again.records.schema_version == 2 and len(again.records.interactions()) == 2
