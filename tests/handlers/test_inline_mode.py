"""Inline mode: @bot query in any chat."""

from __future__ import annotations

import pytest

from knowledge.store import KnowledgeStore
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


async def test_an_out_of_scope_inline_query_offers_no_unrelated_entries(bot: RunningBot) -> None:
    for asked in ("phở bò ở đâu ngon", "cach lam ho chieu"):
        [answer] = await bot.send(updates.inline_query(asked), "answerInlineQuery")
        assert answer.params["results"] == []
        assert answer.params["button"]["start_parameter"] == "help"


async def test_inline_answers_in_the_language_chosen_with_lang(
    bot: RunningBot, knowledge_store: KnowledgeStore
) -> None:
    await bot.send(updates.message("/lang en"))
    [answer] = await bot.send(updates.inline_query("Tổng đài 111 là gì"), "answerInlineQuery")
    first = answer.params["results"][0]
    assert first["id"] == "hotline-111-what"
    assert first["title"] == knowledge_store.current.question_for("hotline-111-what", "en")
    assert "<i>Source:" in first["input_message_content"]["message_text"]


@pytest.mark.parametrize(
    "asked",
    ["Tổng đài 111 là gì", "vn gia nhap lhq nam nao", "When did Viet Nam join the UN?", "phở bò ở đâu ngon",
     "so cuoc goi den tong dai 111 nam 2021", "cứu tôi với, tôi bị bắt cóc", "cảm ơn bạn nhé"],
)
async def test_a_question_gets_the_same_decision_in_chat_and_inline(
    bot: RunningBot, knowledge_store: KnowledgeStore, asked: str
) -> None:
    decided = knowledge_store.current.ask(asked)
    [chat] = await bot.send(updates.message(asked))
    [inline] = await bot.send(updates.inline_query(asked), "answerInlineQuery")
    ids = [r["id"] for r in inline.params["results"]]
    if decided.status == "answer":
        assert ids[0] == decided.id
        assert inline.params["results"][0]["title"] in chat.text  # the chat answer's headline
    elif decided.status == "urgent":
        assert ids == ["hotline"]
        assert chat.text.startswith(decided.body.split("\n")[0][:40])
    else:
        assert ids == []  # a suggestion list, small talk or a decline offers no entry inline
        assert inline.params["button"]["start_parameter"] == "help"
