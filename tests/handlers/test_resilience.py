"""Errors from Telegram: rate limits, bad gateways, rejected commands; and no token in logs."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

import pytest

from bot.run import setup_logging
from knowledge.store import KnowledgeStore
from records import Interaction
from records.sqlite import SQLiteRecords
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import TOKEN, RunningBot, running_bot


async def test_429_on_send_message_is_waited_out_and_the_reply_arrives_once(bot: RunningBot) -> None:
    bot.api.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    await bot.round_trip()
    to_user = [c for c in bot.api.of("sendMessage", ok_only=False) if c.chat_id == 1001]
    assert [c.status for c in to_user] == [429, 200]
    assert reply.text == to_user[-1].text


async def test_502_on_get_updates_does_not_stop_polling(bot: RunningBot) -> None:
    bot.api.fail("getUpdates", 502)
    await bot.api.wait_for("getUpdates", where=lambda c: c.status == 502, ok_only=False)
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    await bot.round_trip()
    assert len([c for c in bot.api.of("sendMessage") if c.chat_id == 1001]) == 1
    assert "<b>" in reply.text


async def test_network_errors_on_get_updates_do_not_stop_polling(bot: RunningBot) -> None:
    bot.api.fail("getUpdates", 500, times=2)
    await bot.api.wait_for("getUpdates", where=lambda c: c.status == 500, count=2, ok_only=False)
    await bot.send(updates.message("Tổng đài 111 là gì?"))


async def test_rejected_command_menu_only_warns(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    api.fail("setMyCommands", 400, "Bad Request: BOT_COMMAND_INVALID", times=3)
    with caplog.at_level(logging.WARNING, logger="bot.app"):
        async with running_bot(api, knowledge_store, tmp_path) as bot:
            await bot.send(updates.message("Tổng đài 111 là gì?"))
    assert "Could not set the command menu" in caplog.text


async def test_command_menu_is_set_in_vietnamese_english_and_by_default(bot: RunningBot) -> None:
    menus = bot.api.of("setMyCommands")
    assert sorted(str(c.params.get("language_code")) for c in menus) == ["None", "en", "vi"]
    assert all(len(c.params["commands"]) >= 5 for c in menus)


async def test_the_token_never_appears_in_the_logs(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_record = logging.getLogRecordFactory()
    setup_logging("DEBUG", secrets=[TOKEN])  # as bot.run.main does
    caplog.set_level(logging.DEBUG)
    api.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    api.fail("getUpdates", 502)
    try:
        async with running_bot(api, knowledge_store, tmp_path) as bot:
            await bot.send(updates.message("Tổng đài 111 là gì?"))
            await bot.send(updates.message("<b>hi</b> & <script>"))
            await bot.send(updates.inline_query("111"), "answerInlineQuery")
    finally:
        logging.setLogRecordFactory(make_record)
    assert "getUpdates" in caplog.text  # PTB's debug lines were captured
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


class SlowRecords(SQLiteRecords):
    """Records whose writes block until the test lets them go."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.release = threading.Event()

    def log_now(self, interaction: Interaction) -> None:
        self.release.wait(timeout=10)
        super().log_now(interaction)


async def test_a_slow_database_write_does_not_delay_the_reply(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    records = SlowRecords(tmp_path / "bot.sqlite3", "salt", 30)
    async with running_bot(api, knowledge_store, tmp_path, records=records) as bot:
        await bot.send(updates.message("Tổng đài 111 là gì?"))
        # Someone the bot has not seen yet: looking up their language must not queue behind the write.
        await bot.send(updates.message("What is hotline 111?", updates.user(3003, "en")))
        assert records.interactions() == []  # both replies came while the first write was blocked
        records.release.set()


async def test_the_application_keeps_nothing_per_user_after_answering_many_users(bot: RunningBot) -> None:
    for user_id in range(4000, 4010):
        await bot.send(updates.message("Tổng đài 111 là gì?", updates.user(user_id)))
    # PTB 22 collects these ids for a persistence, and only a persistence empties them.
    assert bot.app._user_ids_to_be_updated_in_persistence == set()
    assert bot.app._chat_ids_to_be_updated_in_persistence == set()
    assert len(bot.app.user_data) == len(bot.app.chat_data) == 0


async def test_a_stuck_database_drops_records_past_the_bound_instead_of_piling_them_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    records = SlowRecords(tmp_path / "bot.sqlite3", "salt", 30, max_pending_writes=2)
    interaction = Interaction(user_id=1001, question="Tổng đài 111 là gì?", outcome="answer", entry_id="x",
                              score=0.9, lang="vi")
    with caplog.at_level(logging.WARNING, logger="records.sqlite"):
        writes = [asyncio.create_task(records.log(interaction)) for _ in range(5)]
        await asyncio.sleep(0.1)
        assert (records.pending_writes, records.dropped_writes) == (2, 3)
        records.release.set()
        await asyncio.gather(*writes)
    assert len(records.interactions()) == 2
    assert records.pending_writes == 0
    assert caplog.text.count("not recorded so far") == 1  # warned once, at the first drop
    assert "interactions not recorded so far: 1" in caplog.text
    records.close()
