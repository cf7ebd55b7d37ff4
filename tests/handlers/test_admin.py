"""/reload and /stats: only for admins; a broken knowledge base never replaces a sound one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import ADMIN_ID, MOUNTAIN, RIVER, RunningBot, eventually, running_bot, write_base

ADMIN = updates.user(ADMIN_ID, first_name="Admin")


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    """A small knowledge base of one entry, copied from the real one's shared files."""
    write_base(tmp_path / "knowledge", RIVER)
    return tmp_path / "knowledge"


@pytest.fixture
async def small_bot(api: FakeBotAPI, knowledge_dir: Path, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(api, KnowledgeStore.open(knowledge_dir), tmp_path / "var") as running:
        yield running


async def test_reload_by_someone_else_is_not_allowed_and_changes_nothing(
    small_bot: RunningBot, knowledge_dir: Path
) -> None:
    write_base(knowledge_dir, RIVER, MOUNTAIN)
    [reply] = await small_bot.send(updates.message("/reload"))
    assert "không có quyền" in reply.text
    [answer] = await small_bot.send(updates.message("Đỉnh Phan Xi Păng cao bao nhiêu mét?"))
    assert "Fansipan" not in answer.text


async def test_reload_by_an_admin_reports_what_changed(small_bot: RunningBot, knowledge_dir: Path) -> None:
    write_base(knowledge_dir, RIVER, MOUNTAIN)
    [report] = await small_bot.send(updates.message("/reload", ADMIN))
    assert "added: 1 — test-fansipan" in report.text
    assert "entries: 2" in report.text
    assert " ms" in report.text
    [answer] = await small_bot.send(updates.message("Đỉnh Phan Xi Păng cao bao nhiêu mét?"))
    assert "Câu trả lời thử nghiệm về Fansipan" in answer.text


async def test_reload_keeps_old_base_when_yaml_is_broken(small_bot: RunningBot, knowledge_dir: Path) -> None:
    (knowledge_dir / "entries.yaml").write_text("entries:\n  - id: [unclosed\n", encoding="utf-8")
    [report] = await small_bot.send(updates.message("/reload", ADMIN))
    assert "phiên bản cũ vẫn đang phục vụ" in report.text
    assert "entries.yaml" in report.text
    [answer] = await small_bot.send(updates.message("Sông Hồng dài bao nhiêu ki lô mét?"))
    assert "Câu trả lời thử nghiệm về sông Hồng" in answer.text


async def test_stats_show_outcomes_and_unanswered_questions_to_admins(bot: RunningBot) -> None:
    await bot.send(updates.message("Tổng đài 111 là gì?"))
    await bot.send(updates.message("<b>giá vàng</b> & <script>"))
    await bot.send(updates.message("<b>giá vàng</b> & <script>"))
    [denied] = await bot.send(updates.message("/stats"))
    assert "không có quyền" in denied.text
    await eventually(lambda: len(bot.records.interactions()) == 3)  # written after the replies
    [stats] = await bot.send(updates.message("/stats 30", ADMIN))
    assert "questions: 3" in stats.text
    assert "answer: 1 (33%)" in stats.text
    assert "decline: 2 (67%)" in stats.text
    assert "hotline-111-what" in stats.text
    assert "2 × «&lt;b&gt;giá vàng&lt;/b&gt; &amp; &lt;script&gt;»" in stats.text
