"""Inline mode: @bot query in any chat."""

from __future__ import annotations

from testkit import updates
from testkit.fake_bot_api import check_inline_results
from testkit.harness import RunningBot


async def test_inline_query_offers_sourced_answers_with_entry_ids(bot: RunningBot) -> None:
    [answer] = await bot.send(updates.inline_query("Tổng đài 111 là gì"), "answerInlineQuery")
    results = answer.params["results"]
    assert 1 <= len(results) <= 10
    assert results[0]["id"] == "hotline-111-what"
    assert results[0]["title"]
    assert results[0]["description"]
    assert "<i>Nguồn:" in results[0]["input_message_content"]["message_text"]
    assert answer.params["is_personal"] is True
    assert answer.params["cache_time"] <= 60
    assert check_inline_results(answer.params) is None


async def test_empty_inline_query_offers_the_hotline_and_a_few_entries(bot: RunningBot) -> None:
    [answer] = await bot.send(updates.inline_query(""), "answerInlineQuery")
    ids = [r["id"] for r in answer.params["results"]]
    assert "hotline" in ids
    assert 2 <= len(ids) <= 10


async def test_sensitive_inline_query_offers_only_the_hotline_and_a_private_chat(bot: RunningBot) -> None:
    [answer] = await bot.send(updates.inline_query("cứu tôi với, tôi bị bắt cóc"), "answerInlineQuery")
    assert [r["id"] for r in answer.params["results"]] == ["hotline"]
    assert answer.params["button"]["start_parameter"] == "help"


async def test_inline_start_button_leads_to_the_welcome(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("/start help"))
    assert ("📚 Các chủ đề", "T:vi") in reply.buttons()
