"""/reload while a hundred questions are in flight: each gets one answer, wholly from the old base or the new.

The knowledge base is a copy of the real one in ``tmp_path``; the tests edit one entry's
answer (a good reload) or break one of its fields (a reload that must keep the old base).
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.base import KnowledgeBase
from knowledge.loader import DEFAULT_DATA_DIR
from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import Call, FakeBotAPI, visible_text
from testkit.harness import ADMIN_ID, RunningBot, answerable_questions, expected_texts, running_bot

USERS = 20
PER_USER = 5
FIRST_USER = 5000
MARK = "(revised)"
ADMIN = updates.user(ADMIN_ID, first_name="Admin")


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DEFAULT_DATA_DIR, tmp_path / "knowledge"))


@pytest.fixture
def store(knowledge_dir: Path) -> KnowledgeStore:
    return KnowledgeStore.open(knowledge_dir)


@pytest.fixture
async def bot(api: FakeBotAPI, store: KnowledgeStore, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(api, store, tmp_path / "var") as running:
        yield running


def edit_entry(directory: Path, entry_id: str, change: Callable[[dict[str, Any]], None]) -> str:
    """Apply ``change`` to the entry's YAML mapping and write its file back; returns the file's name."""
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("entries", []):
            if entry["id"] == entry_id:
                change(entry)
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
                return path.name
    raise AssertionError(f"no entry {entry_id} in {directory}")


def revise_answer(entry: dict[str, Any]) -> None:
    entry["answer"] = {lang: f"{text} {MARK}" for lang, text in entry["answer"].items()}


def misspell_answer_field(entry: dict[str, Any]) -> None:
    entry["answr"] = entry.pop("answer")


async def ask_around_a_reload(bot: RunningBot, questions: list[str], then: str) -> tuple[dict[int, list[str]], Call]:
    """Queue the questions from ``USERS`` users with the admin's /reload halfway, and wait for every reply.

    As soon as the admin has the reload's outcome, every user but the first asks ``then``
    too. Returns the questions of each user and the admin's report.
    """
    asked: dict[int, list[str]] = {}
    since = bot.api.mark()
    for number, question in enumerate(questions):
        if number == len(questions) // 2:
            bot.api.queue(updates.message("/reload", ADMIN))
        _ask(bot, FIRST_USER + number % USERS, question, asked)
    [report] = await bot.api.wait_for("sendMessage", since, where=lambda c: c.chat_id == ADMIN_ID, timeout=60)
    for user_id in range(FIRST_USER + 1, FIRST_USER + USERS):
        _ask(bot, user_id, then, asked)
    await bot.api.wait_for("sendMessage", since, count=len(questions) + USERS, timeout=60)
    await bot.round_trip()
    return asked, report


def _ask(bot: RunningBot, user_id: int, question: str, asked: dict[int, list[str]]) -> None:
    bot.api.queue(updates.message(question, updates.user(user_id, "vi" if user_id % 2 else "en")))
    asked.setdefault(user_id, []).append(question)


def texts_to(bot: RunningBot, user_id: int) -> list[str]:
    return [c.text for c in bot.api.of("sendMessage") if c.chat_id == user_id]


def answered_questions(bot: RunningBot, user_id: int, answers: dict[str, str]) -> Counter[str]:
    """Which questions the replies to ``user_id`` answer, by their text; an unknown reply shows as itself."""
    return Counter(answers.get(text, f"unexpected reply: {text[:200]}") for text in texts_to(bot, user_id))


def answers_of(questions: list[str], *bases: KnowledgeBase) -> dict[str, str]:
    """Each whole reply a question may get from one of ``bases``, mapped to the question.

    A reply that mixed two bases, or an error message, is in none of them.
    """
    found: dict[str, str] = {}
    for base in bases:
        for question in questions:
            for text in expected_texts(base, question):
                assert found.setdefault(text, question) == question, f"two questions share the reply {text[:80]}"
    return found


async def test_a_good_reload_under_load_answers_every_question_once_from_the_old_or_the_new_base(
    bot: RunningBot, store: KnowledgeStore, knowledge_dir: Path
) -> None:
    old = store.current
    questions = answerable_questions(old, USERS * PER_USER)
    edited = questions[0]  # asked by the first user, maybe before the swap and maybe after
    entry_id = old.ask(edited).id
    assert entry_id is not None
    edit_entry(knowledge_dir, entry_id, revise_answer)
    new = KnowledgeBase.load(knowledge_dir)
    answers = answers_of(questions, old, new)

    asked, report = await ask_around_a_reload(bot, questions, then=edited)

    for user_id, theirs in asked.items():
        assert answered_questions(bot, user_id, answers) == Counter(theirs)
    assert "Đã nạp lại bộ dữ liệu." in report.text
    assert f"changed: 1 — {entry_id}" in report.text
    [revised] = expected_texts(new, edited)
    assert MARK in revised
    for user_id in range(FIRST_USER + 1, FIRST_USER + USERS):  # asked after the report
        assert revised in texts_to(bot, user_id)


async def test_a_broken_reload_under_load_keeps_the_old_base_serving_and_tells_the_admin_where(
    bot: RunningBot, store: KnowledgeStore, knowledge_dir: Path
) -> None:
    old = store.current
    questions = answerable_questions(old, USERS * PER_USER)
    broken = questions[0]
    entry_id = old.ask(broken).id
    assert entry_id is not None
    file_name = edit_entry(knowledge_dir, entry_id, misspell_answer_field)
    answers = answers_of(questions, old)  # only the old base may answer

    asked, report = await ask_around_a_reload(bot, questions, then=broken)

    for user_id, theirs in asked.items():
        assert answered_questions(bot, user_id, answers) == Counter(theirs)
    assert "phiên bản cũ vẫn đang phục vụ" in report.text
    assert f"{file_name}, entry '{entry_id}', field 'entries." in visible_text(report.text)
    assert store.current is old
