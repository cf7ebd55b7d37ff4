"""Groups: the bot speaks only when addressed."""

from __future__ import annotations

from testkit import updates
from testkit.harness import RunningBot


async def test_bot_is_silent_in_a_group_unless_addressed(bot: RunningBot) -> None:
    bot.api.queue(updates.group_message("Tổng đài 111 là gì?"))
    await bot.send(updates.group_message("/ask Tổng đài 111 là gì?"))  # a later message that is answered
    replies = bot.api.of("sendMessage")
    assert len(replies) == 1


async def test_a_mention_in_a_group_is_answered_without_the_mention(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.group_message(f"@{bot.api.username} Tổng đài 111 là gì?"))
    assert reply.chat_id == updates.GROUP_ID
    assert ("👍", "f:+:hotline-111-what") in reply.buttons()
    assert reply.params["reply_parameters"]["message_id"]


async def test_a_reply_to_the_bot_in_a_group_is_answered(bot: RunningBot) -> None:
    [first] = await bot.send(updates.group_message(f"@{bot.api.username} Tổng đài 111 là gì?"))
    [reply] = await bot.send(updates.group_message("What is hotline 111?", reply_to=first.result))
    assert "<i>Source:" in reply.text


async def test_ask_command_in_a_group_with_and_without_the_bot_name(bot: RunningBot) -> None:
    [plain] = await bot.send(updates.group_message("/ask Tổng đài 111 là gì?"))
    [named] = await bot.send(updates.group_message(f"/ask@{bot.api.username} What is hotline 111?"))
    assert "<i>Nguồn:" in plain.text
    assert "<i>Source:" in named.text


async def test_ask_for_another_bot_is_ignored(bot: RunningBot) -> None:
    bot.api.queue(updates.group_message("/ask@some_other_bot Tổng đài 111 là gì?"))
    await bot.send(updates.group_message("/ask Tổng đài 111 là gì?"))
    assert len(bot.api.of("sendMessage")) == 1


async def test_decline_in_a_group_is_short(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.group_message(f"@{bot.api.username} <b>hi</b> & <script>"))
    assert "\n" not in reply.text
    assert len(reply.text) < 200


async def test_a_bare_mention_asks_for_the_question(bot: RunningBot) -> None:
    [reply] = await bot.send(updates.group_message(f"@{bot.api.username}"))
    assert "câu hỏi" in reply.text
