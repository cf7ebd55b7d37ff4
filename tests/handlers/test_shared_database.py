"""The handlers with a shared database: a reload told to the other replicas, and a database that does not answer."""

from __future__ import annotations

from pathlib import Path

from handlers import render
from knowledge.store import KnowledgeStore, ReloadReport
from records import RecordsUnavailable, Stats
from records.replicas import ReloadRound, ReplicaAnswer
from records.sqlite import SQLiteRecords
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI, visible_text
from testkit.harness import ADMIN_ID, running_bot

ADMIN = updates.user(ADMIN_ID, first_name="Admin")
ASKER = updates.user(5005)


class UnansweringRecords(SQLiteRecords):
    """SQLite standing in for a PostgreSQL that is down: reads and deletions cannot be done now."""

    async def stats(self, days: int) -> Stats:
        raise RecordsUnavailable("PostgreSQL is unreachable")

    async def forget(self, user_id: int) -> int:
        raise RecordsUnavailable("PostgreSQL is unreachable; the deletion will be done when it is back")


class RecordingReplicas:
    """Two other replicas: one takes every version, one refuses; and one more that never answers."""

    name = "a"

    def __init__(self) -> None:
        self.announced: list[str] = []

    async def announce_reload(self, fingerprint: str) -> ReloadRound:
        self.announced.append(fingerprint)
        return ReloadRound(fingerprint, (ReplicaAnswer("b", True, fingerprint),
                                         ReplicaAnswer("c", False, "0ld", "the files give version 9, not 1")),
                           ("d",), 3.0)


def report_text(fleet: ReloadRound) -> str:
    return "\n".join(visible_text(part) for part in render.reload_report(ReloadReport(), "en", fleet).texts)


def test_the_reload_report_says_how_many_replicas_serve_the_new_version_and_names_the_others() -> None:
    fleet = ReloadRound("f1", (ReplicaAnswer("b", True, "f1"), ReplicaAnswer("c", False, "f0", "broken.yaml: bad")),
                        ("d",), 3.0)
    text = report_text(fleet)
    assert "replicas serving version f1: 2 of 4" in text
    assert "refused by c (still serving f0): broken.yaml: bad" in text
    assert "no answer within 3 s: d" in text


def test_the_reload_report_says_when_the_other_replicas_could_not_be_told() -> None:
    text = report_text(ReloadRound("f1", unreachable="PostgreSQL is unreachable"))
    assert "version f1 serves here only: the other replicas could not be told (PostgreSQL is unreachable)" in text


def test_with_one_process_the_reload_report_has_no_replicas_line() -> None:
    assert "replicas" not in "\n".join(render.reload_report(ReloadReport(), "en", None).texts)


async def test_a_reload_is_announced_to_the_other_replicas_and_their_answers_reported(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    replicas = RecordingReplicas()
    store = KnowledgeStore.open(knowledge_store.directory)
    async with running_bot(api, store, tmp_path, replicas=replicas) as bot:
        [report] = await bot.send(updates.message("/reload", ADMIN))
    assert replicas.announced == [store.current.fingerprint()]
    assert f"replicas serving version {store.current.fingerprint()}: 2 of 4" in report.text
    assert "refused by c" in report.text and "no answer within 3 s: d" in report.text


async def test_a_broken_reload_is_not_announced(api: FakeBotAPI, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "entries.yaml").write_text("entries: []\n", encoding="utf-8")
    replicas = RecordingReplicas()
    store = KnowledgeStore.open()
    store.directory = folder  # the files an editor broke
    async with running_bot(api, store, tmp_path / "var", replicas=replicas) as bot:
        [report] = await bot.send(updates.message("/reload", ADMIN))
    assert "phiên bản cũ vẫn đang phục vụ" in report.text
    assert replicas.announced == []


async def test_stats_say_the_database_is_not_answering_instead_of_failing(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    records = UnansweringRecords(tmp_path / "bot.sqlite3", "salt", 30)
    async with running_bot(api, knowledge_store, tmp_path, records=records) as bot:
        [reply] = await bot.send(updates.message("/stats", ADMIN))
    assert "Cơ sở dữ liệu tạm thời không trả lời" in reply.text


async def test_forget_says_it_will_be_done_when_the_database_is_back(
    api: FakeBotAPI, knowledge_store: KnowledgeStore, tmp_path: Path
) -> None:
    records = UnansweringRecords(tmp_path / "bot.sqlite3", "salt", 30)
    async with running_bot(api, knowledge_store, tmp_path, records=records) as bot:
        [confirm] = await bot.send(updates.message("/forget", ASKER))
        since = bot.api.mark()
        await bot.press("x:y", confirm, ASKER)
        [done] = bot.api.of("editMessageText", since)
    assert "sẽ được thực hiện ngay khi nó hoạt động lại" in done.text
