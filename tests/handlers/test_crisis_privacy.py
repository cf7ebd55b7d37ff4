"""A message from someone in danger gets the card at once and leaves no trace of its words."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.run import setup_logging
from knowledge.store import KnowledgeStore
from records.sqlite import DB_FILE, SQLiteRecords
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import TOKEN, RunningBot, eventually, running_bot

# Words that appear nowhere else: if any reaches a file or a log line, the message leaked.
CRISIS = "cứu em với, chú Quảng Xuyến nhốt em trong kho Zentravik"
WORDS = ("Quảng", "Xuyến", "Zentravik", "Quang Xuyen", "zentravik")


def _card(text: str) -> bool:
    return "111" in text and "113" in text


async def _carded_and_kept_without_words(bot: RunningBot, text: str) -> dict[str, object]:
    """Send ``text`` in private: it gets the card, and its record is "urgent" with no question kept."""
    [reply] = await bot.send(updates.message(text))
    assert _card(reply.text)
    await eventually(lambda: len(bot.records.interactions()) == 1)
    [row] = bot.records.interactions()
    assert (row["outcome"], row["question"]) == ("urgent", "")
    return row


def _no_file_holds(folder: Path, words: tuple[str, ...]) -> None:
    for path in folder.iterdir():
        content = path.read_bytes()
        for word in words:
            assert word.encode() not in content, path.name


async def test_a_crisis_message_in_private_gets_the_card_and_is_stored_without_its_words(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_record = logging.getLogRecordFactory()
    setup_logging("DEBUG", secrets=[TOKEN])  # as bot.run.main does
    caplog.set_level(logging.DEBUG)
    try:
        async with running_bot(api, knowledge_store, tmp_path) as bot:
            row = await _carded_and_kept_without_words(bot, CRISIS)
            assert row["user_hash"] != str(updates.user()["id"])
    finally:
        logging.setLogRecordFactory(make_record)
    assert "getUpdates" in caplog.text  # the library's DEBUG lines were captured
    for word in WORDS:
        assert word not in caplog.text
    _no_file_holds(tmp_path, WORDS)


async def test_a_crisis_message_in_a_group_gets_the_card_without_quoting_it(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.group_message(f"@{bot.api.username} {CRISIS}"))
    assert _card(reply.text)
    assert "reply_parameters" not in reply.params
    assert not any(word in reply.text for word in WORDS)


async def test_a_question_that_is_not_a_crisis_is_still_quoted_in_a_group(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.group_message(f"@{bot.api.username} Tổng đài 111 là gì?"))
    assert reply.params["reply_parameters"]["message_id"]


def test_crisis_texts_stored_by_an_older_version_are_cleared_at_startup(tmp_path: Path) -> None:
    SQLiteRecords.open(tmp_path, "salt", 30).close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        db.execute(
            "INSERT INTO interactions (at, user_hash, question, outcome, lang, via)"
            " VALUES (1e10, 'h', ?, 'urgent', 'vi', 'message')", (CRISIS,))
        db.execute(
            "INSERT INTO interactions (at, user_hash, question, outcome, lang, via)"
            " VALUES (1e10, 'h', 'Tổng đài 111 là gì?', 'answer', 'vi', 'message')")
    records = SQLiteRecords.open(tmp_path, "salt", 30)
    try:
        assert [r["question"] for r in records.interactions()] == ["", "Tổng đài 111 là gì?"]
    finally:
        records.close()
    _no_file_holds(tmp_path, ("Zentravik",))


# The cues find nothing here; only the learned reader sees the threat (knowledge/crisis_model.py).
MODEL_ONLY = "ông Xuyến bảo nếu em không gửi thêm ảnh thì ông ấy sẽ gửi cho cả lớp Zentravik"


async def test_a_crisis_only_the_model_sees_gets_the_card_and_leaves_no_words_either(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    message = knowledge_store.current.understand(MODEL_ONLY)
    assert knowledge_store.current.cues(message).level == "none"
    async with running_bot(api, knowledge_store, tmp_path) as bot:
        await _carded_and_kept_without_words(bot, MODEL_ONLY)
    _no_file_holds(tmp_path, ("Xuyến", "Zentravik", "zentravik"))
