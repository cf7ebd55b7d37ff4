"""The editors' loop, end to end: people ask, `python -m bot review` reads the running bot's records,
`--write` turns what they chose into phrasings, and after /reload those questions are answered directly."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import review as review_cli
from bot.cli import main
from handlers.review import Learned
from knowledge.base import KnowledgeBase
from knowledge.store import KnowledgeStore
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import ADMIN_ID, MOUNTAIN, RIVER, RunningBot, eventually, running_bot, write_base

ADMIN = updates.user(ADMIN_ID, first_name="Admin")
ASKER = updates.user(7007)
DECLINED = "Dãy Hoàng Liên Sơn nằm ở tỉnh nào?"  # neither entry of the small base says
VAGUE = "núi cao nhất Việt Nam"  # the small base suggests test-fansipan for it
OLD_RIVER = RIVER.replace("test-red-river", "test-old-river").replace("Sông Hồng", "Sông Đà").replace(
    "sông Hồng", "sông Đà").replace("Red River", "Da River").replace("2026-11-23", "2020-01-01")


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    write_base(tmp_path / "knowledge", RIVER, MOUNTAIN)
    return tmp_path / "knowledge"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "var"


@pytest.fixture
async def small_bot(api: FakeBotAPI, knowledge_dir: Path, data_dir: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(api, KnowledgeStore.open(knowledge_dir), data_dir) as running:
        yield running


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], knowledge_dir: Path, data_dir: Path,
        tmp_path: Path) -> Any:
    """``python -m bot ...`` with the bot's settings in the environment; returns (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("BOT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(knowledge_dir))

    async def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = await asyncio.to_thread(main, list(args))  # the console runs its own event loop
        out, err = capsys.readouterr()
        return code, out, err

    return run


async def _suggestion_chosen(bot: RunningBot, question: str = VAGUE) -> None:
    [shown] = await bot.send(updates.message(question, ASKER))
    [(_, data)] = shown.buttons()
    assert ":test-fansipan:" in data
    await bot.press(data, shown, ASKER)
    await eventually(lambda: bot.records.interactions()[-1]["chosen"] == "test-fansipan")


async def test_a_question_declined_twice_is_unanswered_with_count_2_in_json_text_and_csv(
    small_bot: RunningBot, cli: Any
) -> None:
    for question in (DECLINED, DECLINED, "Fansipan ở tỉnh nào?"):
        [reply] = await small_bot.send(updates.message(question, ASKER))
        assert "chưa có trong bộ dữ liệu" in reply.text
    await eventually(lambda: len(small_bot.records.interactions()) == 3)
    code, out, _ = await cli("review", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["unanswered", "learned", "disliked", "stale"]
    first, second = data["unanswered"]
    assert (first["question"], first["count"], first["examples"]) == (DECLINED, 2, [DECLINED])
    assert first["best_guess"] in {"test-red-river", "test-fansipan"}
    assert (second["question"], second["count"]) == ("Fansipan ở tỉnh nào?", 1)
    code, out, _ = await cli("review")
    assert code == 0 and f"2 × {DECLINED}" in out and "best guess: test-" in out
    code, out, _ = await cli("review", "--format", "csv", "--days", "1")
    assert out.splitlines()[1].startswith(f"unanswered,{DECLINED},,2,")


async def test_a_suggestion_pressed_after_a_question_is_learned_and_not_unanswered(
    small_bot: RunningBot, cli: Any
) -> None:
    await _suggestion_chosen(small_bot)
    [shown] = await small_bot.send(updates.message("ngọn núi cao nhất", ASKER))
    assert shown.buttons()  # offered, not pressed
    await eventually(lambda: len(small_bot.records.interactions()) == 2)
    code, out, _ = await cli("review", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["learned"] == [{"question": VAGUE, "entry_id": "test-fansipan", "count": 1}]
    assert [u["question"] for u in data["unanswered"]] == ["ngọn núi cao nhất"]
    assert data["unanswered"][0]["best_guess"] == "test-fansipan"


async def test_a_thumbs_down_after_a_chosen_suggestion_unlearns_it_and_counts_as_disliked(
    small_bot: RunningBot, cli: Any
) -> None:
    await _suggestion_chosen(small_bot)
    [answered] = await small_bot.send(updates.message("Đỉnh Phan Xi Păng cao bao nhiêu mét?", ASKER))
    await small_bot.press("f:-:test-fansipan", answered, ASKER)
    await eventually(lambda: small_bot.records.interactions()[-1]["feedback"] == -1)
    data = json.loads((await cli("review", "--format", "json"))[1])
    assert data["learned"] == [{"question": VAGUE, "entry_id": "test-fansipan", "count": 1}]  # 👎 was on the other
    assert data["disliked"] == [{"entry_id": "test-fansipan", "count": 1}]
    await _suggestion_chosen(small_bot, "ngọn núi cao nhất")  # chosen, then 👎
    [chosen] = [call for call in small_bot.api.of("editMessageText") if "Fansipan" in call.text][-1:]
    await small_bot.press("f:-:test-fansipan", chosen, ASKER)
    await eventually(lambda: small_bot.records.interactions()[-1]["feedback"] == -1)
    data = json.loads((await cli("review", "--format", "json"))[1])
    assert data["learned"] == [{"question": VAGUE, "entry_id": "test-fansipan", "count": 1}]
    assert [u["question"] for u in data["unanswered"]] == ["ngọn núi cao nhất"]  # pressed, then 👎
    assert data["disliked"] == [{"entry_id": "test-fansipan", "count": 2}]


async def test_written_phrasings_pass_check_and_after_reload_the_question_is_answered_directly(
    small_bot: RunningBot, cli: Any, knowledge_dir: Path
) -> None:
    await _suggestion_chosen(small_bot)
    target = knowledge_dir / "learned.yaml"
    code, out, _ = await cli("review", "--write", str(target))  # --min-count is 2 by default
    assert code == 0 and "0 new questions" in out and "fewer times than --min-count" in out
    code, out, err = await cli("review", "--write", str(target), "--min-count", "1")
    assert code == 0, err
    assert "1 new questions for 1 entries" in out
    written = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert written == {"phrasings": [{"entry": "test-fansipan", "questions": {"vi": [VAGUE]}}]}
    assert "# chosen 1 times" in target.read_text(encoding="utf-8")
    code, out, err = await cli("--knowledge", str(knowledge_dir), "check")
    assert code == 0, out + err
    assert "self-test: 19/19" in out  # 18 of the entries and the one written
    [report] = await small_bot.send(updates.message("/reload", ADMIN))
    assert "changed: 1 — test-fansipan" in report.text
    [answer] = await small_bot.send(updates.message(VAGUE, ASKER))
    assert "Câu trả lời thử nghiệm về Fansipan" in answer.text
    assert not any(data.startswith("a:") for _, data in answer.buttons())
    # Learned now: the review no longer lists it, and writing again keeps the file as it is.
    data = json.loads((await cli("review", "--format", "json"))[1])
    assert data["learned"] == [] and data["unanswered"] == []
    code, out, _ = await cli("review", "--write", str(target), "--min-count", "1")
    assert code == 0 and "0 new questions for 0 entries, 1 kept from before" in out
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == written
    assert f'- "{VAGUE}"  # chosen 1 times' in target.read_text(encoding="utf-8")  # its comment kept


def test_write_leaves_out_what_would_break_the_base_or_is_not_for_an_editor(knowledge_dir: Path) -> None:
    kb = KnowledgeBase.load(knowledge_dir)
    learned = [
        Learned("sông Hồng dài bao nhiêu ki lô mét?", "test-fansipan", 5),  # a question of the river already
        Learned("Fansipan hay sông Đà", "test-fansipan", 4),
        Learned("fansipan  hay SÔNG ĐÀ", "test-red-river", 2),  # the same question, chosen less often
        Learned("How long is the Red River", "test-fansipan", 3),  # would take the river's own question
        Learned("gọi số [số] được không", "test-fansipan", 2),
        Learned("núi nào", "gone-entry", 2),
        Learned("what is the highest peak", "test-fansipan", 1),  # below --min-count
    ]
    target = knowledge_dir / "learned.yaml"
    written = review_cli.write_phrasings(learned, kb, knowledge_dir, target, min_count=2, days=30)
    assert [(pair.question, pair.entry_id) for pair in written.added] == [("Fansipan hay sông Đà", "test-fansipan")]
    reasons = {pair.question: why for pair, why in written.left_out}
    assert reasons == {
        "sông Hồng dài bao nhiêu ki lô mét?": "already a question of test-red-river",
        "fansipan  hay SÔNG ĐÀ": "chosen more often for test-fansipan",
        "How long is the Red River": "the self-test would fail: 'How long is the Red River?' of test-red-river"
                                     " finds test-fansipan",
        "gọi số [số] được không": "it had personal data, masked",
        "núi nào": "no such entry or fact now",
    }
    assert written.rare == 1
    reloaded = KnowledgeBase.load(knowledge_dir)
    assert reloaded.self_test() == []
    assert (reloaded.ask("Fansipan hay sông Đà").status, reloaded.ask("Fansipan hay sông Đà").id) == (
        "answer", "test-fansipan")


def test_write_refuses_a_file_with_other_sections(knowledge_dir: Path) -> None:
    kb = KnowledgeBase.load(knowledge_dir)
    with pytest.raises(review_cli.WriteError, match="more than a 'phrasings' section"):
        review_cli.write_phrasings([], kb, knowledge_dir, knowledge_dir / "entries.yaml", 1, 30)


async def test_review_is_refused_to_others_and_shows_admins_the_top_of_each_list(
    api: FakeBotAPI, knowledge_dir: Path, data_dir: Path
) -> None:
    write_base(knowledge_dir, RIVER, MOUNTAIN, OLD_RIVER)
    async with running_bot(api, KnowledgeStore.open(knowledge_dir), data_dir) as bot:
        await bot.send(updates.message(DECLINED, ASKER))
        await bot.send(updates.message("day hoang lien son nam o tinh nao", ASKER))  # the same, typed without marks
        await _suggestion_chosen(bot)
        [denied] = await bot.send(updates.message("/review", ASKER))
        assert "không có quyền" in denied.text
        [shown] = await bot.send(updates.message("/review 30", ADMIN))
        assert "unanswered (1)" in shown.text and f"2 × «{DECLINED}» → test-" in shown.text
        assert "learned (1)" in shown.text and f"1 × «{VAGUE}» → test-fansipan" in shown.text
        assert "stale (1)" in shown.text and "test-old-river — 2020-01-01" in shown.text
        [stats] = await bot.send(updates.message("/stats", ADMIN))
        assert "stale entries: 1" in stats.text


async def test_review_without_records_says_where_it_looked(cli: Any, data_dir: Path) -> None:
    code, _, err = await cli("review")
    assert code == 2 and str(data_dir) in err and "BOT_DATA_DIR" in err
    assert not data_dir.exists()  # nothing created, no salt either


async def test_check_warns_about_stale_entries_and_still_passes(cli: Any, knowledge_dir: Path) -> None:
    write_base(knowledge_dir, RIVER, MOUNTAIN, OLD_RIVER)
    code, _, err = await cli("--knowledge", str(knowledge_dir), "check")
    assert code == 0
    [warning] = [line for line in err.splitlines() if "stale" in line]
    assert "test-old-river" in warning and "2020-01-01" in warning
