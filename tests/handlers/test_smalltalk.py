"""Small talk over the wire: thanks and "ok" acknowledged briefly, a plea for help answered warmly,
the bot truthful about what it keeps, and a suggestion that keeps the year asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import RunningBot, running_bot

DECLINE_MARKS = ("Xin lỗi, câu hỏi này chưa có", "Sorry, that is not in my knowledge base", "Có phải bạn muốn hỏi",
                 "Did you mean")


@pytest.mark.parametrize(
    "said", ["cảm ơn bạn nhé", "thanks a lot!", "ok", "bot ơi", "👍", "dạ vâng ạ", "cam on ad nhiu", "uh huh",
             "tạm biệt nha", "haha", "thank you so much!!!", "ừ"],
)
async def test_thanks_and_acknowledgements_get_a_short_reply_without_decline_or_suggestions(
    bot: RunningBot, said: str
) -> None:
    [reply] = await bot.send(updates.message(said))
    assert not any(mark in reply.text for mark in DECLINE_MARKS)
    assert reply.params.get("reply_markup") is None  # no buttons of suggestions
    assert len(reply.text) < 300


@pytest.mark.parametrize("said", ["giúp mình với", "can you help me?", "cho mk hỏi chút"])
async def test_a_plea_for_help_without_danger_gets_what_the_bot_does_and_the_hotlines(
    bot: RunningBot, said: str
) -> None:
    [reply] = await bot.send(updates.message(said))
    assert "111" in reply.text and "113" in reply.text
    assert "Liên hợp quốc" in reply.text or "United Nations" in reply.text
    assert not reply.text.startswith(("Nếu bạn hoặc một trẻ em đang gặp nguy hiểm", "If you or a child are in danger"))


async def test_who_are_you_says_exactly_what_privacy_says_is_kept(bot: RunningBot) -> None:
    [who] = await bot.send(updates.message("bạn là ai"))
    [privacy] = await bot.send(updates.message("/privacy"))
    days = str(bot.settings.retention_days)
    assert privacy.text in who.text  # the same facts, word for word
    for kept in ("câu hỏi", "mã băm", "ngôn ngữ", f"{days} ngày", "/forget"):
        assert kept in privacy.text
    assert "không lưu thông tin cá nhân" not in who.text  # the old, untrue claim


async def test_a_pressed_suggestion_answers_for_the_year_that_was_asked(
    api: FakeBotAPI, suggesting_store: KnowledgeStore, tmp_path: Path
) -> None:
    asked = "111 xâm hại trẻ qua mạng 2023"
    decided = suggesting_store.current.ask(asked)  # the bot answers it; this base only suggests
    assert decided.status == "suggest" and 2023 in decided.years
    first = decided.suggestions[0].id
    async with running_bot(api, suggesting_store, tmp_path) as bot:
        [suggestion] = await bot.send(updates.message(asked))
        data = next(d for _, d in suggestion.buttons() if d.startswith(f"a:vi:{first}"))
        assert ":2023:" in data  # then the question's reference
        since = bot.api.mark()
        await bot.press(data, suggestion)
        [edited] = bot.api.of("editMessageText", since)
    assert "2023" in edited.text
    assert "2020" not in edited.text and "2021" not in edited.text  # only the year asked, not the whole series
