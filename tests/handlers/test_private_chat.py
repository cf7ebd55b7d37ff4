"""Questions and buttons in a private chat, end to end through the fake Bot API."""

from __future__ import annotations

from pathlib import Path

from handlers.callbacks import Answer
from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI, check_text, utf16_length
from testkit.harness import RunningBot, eventually, running_bot


async def test_vietnamese_question_gets_a_sourced_answer_in_html(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    assert reply.params["parse_mode"] == "HTML"
    assert reply.text.startswith("<b>")
    assert "<i>Nguồn:" in reply.text
    assert ("👍", "f:+:hotline-111-what") in reply.buttons()
    assert ("👎", "f:-:hotline-111-what") in reply.buttons()
    assert any(data.startswith("r:vi:") for _, data in reply.buttons())


async def test_english_question_gets_an_english_answer(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("What is hotline 111?", updates.user(language_code="en")))
    assert "<i>Source:" in reply.text
    assert ("👍", "f:+:hotline-111-what") in reply.buttons()


async def test_an_english_answer_carries_the_vietnamese_source_wording_folded_under_it(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("When did Viet Nam join the UN?", updates.user(language_code="en")))
    assert check_text(reply.params) is None
    english, _, rest = reply.text.partition("<i>In the Vietnamese source:</i>")
    assert "20 September 1977" in english
    assert rest.lstrip().startswith("<blockquote expandable>") and "Ngày 20/9/1977" in rest
    assert rest.index("</blockquote>") < rest.index("<i>Source:")
    [vietnamese] = await bot.send(updates.message("Việt Nam gia nhập LHQ năm nào?"))
    assert "blockquote" not in vietnamese.text


async def test_pressing_a_suggestion_turns_the_message_into_the_answer(
    api: FakeBotAPI, suggesting_store: KnowledgeStore, tmp_path: Path
) -> None:
    async with running_bot(api, suggesting_store, tmp_path) as bot:
        await _suggestion_then_answer(bot)


async def _suggestion_then_answer(bot: RunningBot) -> None:
    [suggestion] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    choices = [data for _, data in suggestion.buttons() if data.startswith("a:")]
    assert choices  # one, or several when entries are genuinely close
    since = bot.api.mark()
    answered = await bot.press(choices[0], suggestion)
    [edited] = bot.api.of("editMessageText", since)
    assert edited.params["message_id"] == str(suggestion.result["message_id"])
    assert edited.text.startswith("<b>")
    pressed = Answer.parse(choices[0])
    assert pressed is not None and pressed.ref  # the question's reference rides along
    assert ("👍", f"f:+:{pressed.item_id}") in edited.buttons()
    assert answered.status == 200


async def test_urgent_message_gets_the_hotline_card_first(bot: RunningBot) -> None:
    [card] = await bot.send(updates.message("cứu tôi với, tôi bị bắt cóc"))
    assert "111" in card.text
    assert not bot.api.of("sendMessage")[:-1]  # nothing was sent before the card


async def test_sticker_gets_a_please_type_reply(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.sticker())
    assert "gõ câu hỏi" in reply.text


async def test_photo_gets_a_please_type_reply_in_english_for_english_users(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.photo(updates.user(language_code="en-GB")))
    assert "type your question" in reply.text


async def test_a_4096_character_message_gets_a_valid_reply(bot: RunningBot) -> None:
    question = ("Liên hợp quốc " * 400)[:4096]
    [reply] = await bot.send(updates.message(question))
    assert check_text(reply.params) is None
    assert utf16_length(reply.text) <= 4096


async def test_html_looking_text_comes_back_escaped(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("<b>giá vàng</b> & <script>"))
    assert "&lt;b&gt;giá vàng&lt;/b&gt; &amp; &lt;script&gt;" in reply.text
    assert check_text(reply.params) is None
    assert ("📚 Các chủ đề", "T:vi") in reply.buttons()
    assert "/hotline" in reply.text


async def test_tampered_callback_data_is_answered_politely(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    for data in ("a:xx:hotline-111-what", "zzz", "a:vi:no-such-entry", "t:vi:nowhere:0", "f:?:x"):
        answered = await bot.press(data, reply)
        assert answered.params.get("text")
    assert not bot.api.of("editMessageText")


async def test_feedback_buttons_are_recorded_in_sqlite(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.message("Tổng đài 111 là gì?"))
    answered = await bot.press("f:-:hotline-111-what", reply)
    assert "Cảm ơn" in answered.params["text"]
    await eventually(lambda: [row["feedback"] for row in bot.records.interactions()] == [-1])
    rows = bot.records.interactions()
    assert rows[-1]["entry_id"] == "hotline-111-what"
    assert rows[-1]["outcome"] == "answer"
    assert rows[-1]["user_hash"] != "1001"
