"""Faults on the wire: stalled and dropped connections, 5xx; the bot recovers, no answer is lost or sent twice.

The client's timeout is half a second here, so a stalled call costs a test about that long.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest

from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import Call, Cut, FakeBotAPI
from testkit.harness import TOKEN, RunningBot, answerable_questions, expected_texts, running_bot

FAST = 0.5  # seconds before the client gives up on a call Telegram does not answer
QUESTION = "Tổng đài 111 là gì?"
ASKER = 1001


@pytest.fixture
async def fast_bot(api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(api, knowledge_store, tmp_path, request_timeout=FAST) as running:
        yield running


def sends_to(api: FakeBotAPI, chat_id: int) -> list[Call]:
    """Every sendMessage to ``chat_id``, answered or not, in order."""
    return [c for c in api.of("sendMessage", ok_only=False) if c.chat_id == chat_id]


def delivered_to(api: FakeBotAPI, chat_id: int) -> list[str]:
    """The texts Telegram accepted for ``chat_id``: what the user actually sees."""
    return [c.text for c in api.of("sendMessage") if c.chat_id == chat_id]


def cut(kind: Cut) -> Callable[[Call], bool]:
    return lambda call: call.fault == kind


def _ask(api: FakeBotAPI, askers: list[tuple[int, str]]) -> None:
    for user_id, question in askers:
        api.queue(updates.message(question, updates.user(user_id, "vi" if user_id % 2 else "en")))


async def _cut_next_poll(bot: RunningBot, kind: Cut) -> None:
    """Make the next getUpdates stall or drop, and return once it has."""
    getattr(bot.api, kind)("getUpdates")
    await bot.round_trip()  # ends the long poll in progress, so the next one is the faulty one
    await bot.api.wait_for("getUpdates", where=cut(kind), ok_only=False)


# -- getUpdates ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["stall", "drop"])
async def test_polling_recovers_when_get_updates_stalls_or_drops_and_the_next_question_is_answered_once(
    fast_bot: RunningBot, knowledge_store: KnowledgeStore, kind: Cut
) -> None:
    await _cut_next_poll(fast_bot, kind)
    await fast_bot.send(updates.message(QUESTION, updates.user(ASKER)))
    await fast_bot.round_trip()
    assert delivered_to(fast_bot.api, ASKER) == list(expected_texts(knowledge_store.current, QUESTION))


# -- sendMessage --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["stall", "drop"])
async def test_a_reply_whose_send_message_stalls_or_drops_is_sent_again_and_arrives_once(
    fast_bot: RunningBot, knowledge_store: KnowledgeStore, kind: Cut
) -> None:
    getattr(fast_bot.api, kind)("sendMessage")
    await fast_bot.send(updates.message(QUESTION, updates.user(ASKER)))
    await fast_bot.round_trip()
    assert [(c.status, c.fault) for c in sends_to(fast_bot.api, ASKER)] == [(0, kind), (200, None)]
    assert delivered_to(fast_bot.api, ASKER) == list(expected_texts(knowledge_store.current, QUESTION))


async def test_a_5xx_on_send_message_is_retried_with_a_warning_that_hides_the_token(
    fast_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    fast_bot.api.fail("sendMessage", 503)
    with caplog.at_level(logging.WARNING, logger="bot.request"):
        await fast_bot.send(updates.message(QUESTION, updates.user(ASKER)))
    await fast_bot.round_trip()
    assert [c.status for c in sends_to(fast_bot.api, ASKER)] == [503, 200]
    assert "sendMessage failed (HTTP 503), attempt 1 of 3" in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


async def test_a_rejected_send_message_is_not_sent_again(fast_bot: RunningBot) -> None:
    # A 400 is Telegram's answer, not a lost one: sending it again would only fail again.
    fast_bot.api.fail("sendMessage", 400, "Bad Request: chat not found")
    fast_bot.api.queue(updates.message(QUESTION, updates.user(ASKER)))
    await fast_bot.api.wait_for("sendMessage", where=lambda c: c.status == 400, ok_only=False)
    await fast_bot.round_trip()
    assert [c.status for c in sends_to(fast_bot.api, ASKER)] == [400]


async def test_a_send_that_keeps_failing_is_given_up_after_the_configured_attempts(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    api.drop("sendMessage", times=2)
    async with running_bot(api, knowledge_store, tmp_path, request_timeout=FAST, send_attempts=2) as bot:
        with caplog.at_level(logging.WARNING):
            bot.api.queue(updates.message(QUESTION, updates.user(ASKER)))
            await bot.api.wait_for("sendMessage", where=cut("drop"), count=2, ok_only=False)
            await bot.round_trip()
        assert [c.fault for c in sends_to(api, ASKER)] == ["drop", "drop"]
        assert caplog.text.count("sendMessage failed") == 1  # one retry, then the error handler
        assert "Error while handling update" in caplog.text
        [reply] = await bot.send(updates.message(QUESTION, updates.user(ASKER)))  # the bot still serves
        assert reply.status == 200


# -- many users -----------------------------------------------------------------------


async def test_every_question_from_many_users_is_answered_once_with_its_own_answer_while_faults_happen(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    questions = answerable_questions(knowledge_store.current, 12)
    askers = {3000 + number: question for number, question in enumerate(questions)}
    first, second = list(askers.items())[:6], list(askers.items())[6:]
    # As many tries as sendMessage faults, so no interleaving of retries can lose a reply.
    async with running_bot(api, knowledge_store, tmp_path, request_timeout=FAST, send_attempts=4) as bot:
        api.stall("sendMessage")
        api.drop("sendMessage")
        api.fail("sendMessage", 502)
        api.drop("getUpdates")
        since = api.mark()
        _ask(api, first)
        await api.wait_for("getUpdates", since, where=cut("drop"), ok_only=False)
        _ask(api, second)  # queued while polling is down
        await api.wait_for("sendMessage", since, count=len(askers), where=lambda c: c.chat_id in askers)
        await bot.round_trip()
    faults = sorted(str(c.fault or c.status) for c in api.calls[since:] if c.status != 200)
    assert faults == ["502", "drop", "drop", "stall"]
    for user_id, question in askers.items():
        assert delivered_to(api, user_id) == list(expected_texts(knowledge_store.current, question)), question


# -- the fake server itself -------------------------------------------------------------


async def test_the_fake_server_stops_at_once_while_a_stalled_request_is_open(api: FakeBotAPI) -> None:
    api.stall("getMe")
    async with httpx.AsyncClient(timeout=30) as client:
        request = asyncio.create_task(client.post(f"{api.base_url}{TOKEN}/getMe"))
        await api.wait_for("getMe", where=cut("stall"), ok_only=False)
        await asyncio.wait_for(api.stop(), timeout=1)
        with pytest.raises(httpx.RemoteProtocolError):
            await request
