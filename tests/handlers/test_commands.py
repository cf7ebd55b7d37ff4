"""Commands, topics browsing, language choice and the per-user rate limit."""

from __future__ import annotations

from pathlib import Path

from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import RunningBot, running_bot


async def test_start_greets_with_a_topics_button(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("/start"))
    assert "Xin chào" in reply.text
    assert reply.buttons() == [("📚 Các chủ đề", "T:vi")]


async def test_start_with_an_entry_id_opens_its_answer(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("/start hotline-111-what"))
    assert ("👍", "f:+:hotline-111-what") in reply.buttons()


async def test_start_with_a_topic_id_lists_its_questions(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("/start hotline-111", updates.user(language_code="en")))
    assert any(data.startswith("a:en:hotline-111-") for _, data in reply.buttons())


async def test_help_lists_the_commands_in_the_telegram_language(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("/help", updates.user(language_code="en")))
    assert "/topics" in reply.text and "/hotline" in reply.text
    assert f"@{bot.api.username}" in reply.text


async def test_topics_lead_to_questions_and_a_question_to_its_answer(bot: RunningBot) -> None:
    [topics] = await bot.send(updates.message("/topics"))
    assert ("Tổng đài quốc gia bảo vệ trẻ em 111", "t:vi:hotline-111:0") in topics.buttons()
    await bot.press("t:vi:hotline-111:0", topics)
    [listing] = bot.api.of("editMessageText")
    questions = [data for _, data in listing.buttons() if data.startswith("a:vi:")]
    assert 1 <= len(questions) <= 8
    assert ("Tiếp ›", "t:vi:hotline-111:1") in listing.buttons()
    assert ("« Chủ đề", "T:vi") in listing.buttons()
    await bot.press(questions[0], listing)
    answer = bot.api.of("editMessageText")[-1]
    assert answer.text.startswith("<b>")
    assert ("👍", "f:+:" + questions[0][5:]) in answer.buttons()


async def test_related_question_button_sends_a_new_answer(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    related = next(data for _, data in reply.buttons() if data.startswith("r:"))
    since = bot.api.mark()
    await bot.press(related, reply)
    [answer] = await bot.api.wait_for("sendMessage", since=since)
    assert ("👍", "f:+:" + related[5:]) in answer.buttons()


async def test_hotline_and_sources_commands(bot: RunningBot) -> None:
    [card] = await bot.send(updates.message("/hotline"))
    assert "111" in card.text
    [listing] = await bot.send(updates.message("/sources"))
    assert '<a href="https://' in listing.text


async def test_language_choice_is_kept_for_the_user(bot: RunningBot) -> None:
    [choice] = await bot.send(updates.message("/lang"))
    assert ("🇬🇧 English", "l:en") in choice.buttons()
    answered = await bot.press("l:en", choice)
    assert answered.status == 200
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    assert "<i>Source:" in reply.text
    [other] = await bot.send(updates.message("Tổng đài 111 là gì?", updates.user(3003)))
    assert "<i>Nguồn:" in other.text
    [back] = await bot.send(updates.message("/lang vi"))
    assert "tiếng Việt" in back.text


async def test_language_choice_survives_a_restart(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    async with running_bot(api, knowledge_store, tmp_path) as bot:
        await bot.send(updates.message("/lang en"))
    async with running_bot(api, knowledge_store, tmp_path) as bot:  # a new process reads the database
        [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    assert "<i>Source:" in reply.text


async def test_user_over_the_rate_limit_is_told_once_and_others_are_unaffected(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    async with running_bot(api, knowledge_store, tmp_path, user_rate_per_minute=3) as bot:
        for _ in range(6):
            api.queue(updates.message("Tổng đài 111 là gì?"))
        await api.wait_for("sendMessage", count=4)
        [other] = await bot.send(updates.message("Tổng đài 111 là gì?", updates.user(4004)))
        assert "<b>" in other.text
        await bot.send(updates.message("/help", updates.user(4004)))  # by now the ignored ones would have come
        to_user = [c.text for c in api.of("sendMessage") if c.chat_id == 1001]
        assert len(to_user) == 4
        assert sum("chờ một phút" in text for text in to_user) == 1


async def test_inline_queries_count_against_the_same_limit(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    async with running_bot(api, knowledge_store, tmp_path, user_rate_per_minute=2) as bot:
        for _ in range(4):
            api.queue(updates.inline_query("111"))
        answers = await api.wait_for("answerInlineQuery", count=3)
        await bot.send(updates.message("/help", updates.user(4004)))
        answers = api.of("answerInlineQuery")
        assert len(answers) == 3
        assert [len(a.params["results"]) > 0 for a in answers] == [True, True, False]
        assert "minute" in answers[2].params["button"]["text"] or "phút" in answers[2].params["button"]["text"]
