"""/privacy, /forget and masking: what people are told is kept is what is kept, and it can be deleted."""

from __future__ import annotations

from knowledge.loader import load_raw
from testkit import updates
from testkit.harness import RunningBot, eventually

ASKER = updates.user(5005)


async def test_forget_leaves_none_of_the_users_question_words_in_the_data_directory(bot: RunningBot) -> None:
    await bot.send(updates.message("Quyxanthor gia nhập Liên hợp quốc năm nào?", ASKER))
    await bot.send(updates.message("/lang en", ASKER))
    await eventually(lambda: len(bot.records.interactions()) == 1)
    assert any(b"Quyxanthor" in p.read_bytes() for p in bot.settings.data_dir.iterdir())
    [confirm] = await bot.send(updates.message("/forget", ASKER))
    assert ("🗑 Xóa hết", "x:y") in confirm.buttons() or ("🗑 Delete all", "x:y") in confirm.buttons()
    since = bot.api.mark()
    await bot.press("x:y", confirm, ASKER)
    [done] = bot.api.of("editMessageText", since)
    assert "(2" in done.text  # the question and the language choice
    assert bot.records.interactions() == []
    assert bot.records.language(ASKER["id"]) is None
    for path in bot.settings.data_dir.iterdir():
        assert b"Quyxanthor" not in path.read_bytes(), path.name


async def test_forget_cancelled_deletes_nothing(bot: RunningBot) -> None:
    await bot.send(updates.message("Tổng đài 111 là gì?", ASKER))
    await eventually(lambda: len(bot.records.interactions()) == 1)
    [confirm] = await bot.send(updates.message("/forget", ASKER))
    await bot.press("x:n", confirm, ASKER)
    assert len(bot.records.interactions()) == 1


async def test_a_phone_number_or_email_in_a_question_is_not_stored(bot: RunningBot) -> None:
    await bot.send(updates.message("số 0912 345 678 và mail lan.nguyen@example.com có gọi được 111 không", ASKER))
    await eventually(lambda: len(bot.records.interactions()) == 1)
    [row] = bot.records.interactions()
    assert "345" not in str(row["question"]) and "example.com" not in str(row["question"])
    assert "111" in str(row["question"])  # short numbers stay: they are what people ask about


async def test_no_telegram_front_shows_a_seed_file_name(bot: RunningBot) -> None:
    seeds = {s.seed for s in load_raw().sources if s.seed}
    [listing] = await bot.send(updates.message("/sources"))
    [answer] = await bot.send(updates.message("IOM khởi động dự án ở biên giới khi nào?"))
    [inline] = await bot.send(updates.inline_query("hội thảo nhân quyền Hòa Bình"), "answerInlineQuery")
    shown = [listing.text, answer.text, str(inline.params)]
    for seed in seeds:
        assert not any(seed in text for text in shown)
