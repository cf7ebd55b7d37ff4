"""Two replicas behind one webhook, on the wire: two ``python -m bot run --webhook`` processes, one database.

Both processes share one PostgreSQL database and one copy of the knowledge base in a temporary
folder, and send their replies to the fake Bot API on 127.0.0.1. Updates are POSTed to one or
the other webhook port, as a load balancer would, with Telegram's secret header. Every wait is
bounded; everything listens on the loopback interface only.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx
import pytest

from knowledge.base import KnowledgeBase
from knowledge.loader import DEFAULT_DATA_DIR
from testkit import updates
from testkit.fake_bot_api import FakeBotAPI
from testkit.harness import ADMIN_ID, RIVER, TOKEN, answerable_questions, expected_texts

SECRET = "replica-test-secret_123"
RATE_PER_MINUTE = 5
START_TIMEOUT = 60.0  # seconds for a process to load the base and take webhooks
RELOAD_WAIT = 30  # seconds a /reload waits for the other replica (BOT_RELOAD_WAIT); a loaded machine loads slowly
RELOAD_REPORT_WITHIN = 90.0  # a full reload (load and self-test, seconds on a slow machine) plus that wait
ADMIN = updates.user(ADMIN_ID, first_name="Admin")

# The test entry of the handler tests, as a knowledge file of its own.
RIVER_FILE = "entries:" + RIVER
RIVER_ANSWER = "A test answer about the Red River"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Replica:
    name: str
    port: int
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    log: TextIO | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    def start(self, env: dict[str, str], cwd: Path) -> None:
        self.log = self.log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--webhook"], env=env, cwd=cwd,
                                        stdout=self.log, stderr=subprocess.STDOUT)

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM, as a container runtime stops it; SIGKILL if it does not go in time."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.log:
            self.log.close()
        return self.process.returncode

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@dataclass
class Fleet:
    api: FakeBotAPI
    replicas: list[Replica]
    env: dict[str, str]
    kb: KnowledgeBase
    knowledge_dir: Path
    client: httpx.AsyncClient
    posted: Counter[int] = field(default_factory=Counter)
    _update_ids: int = 0

    async def post(self, replica: Replica, update: dict[str, Any]) -> None:
        """Deliver ``update`` to one replica's webhook, as Telegram (or the proxy in front) would."""
        self._update_ids += 1
        response = await self.client.post(replica.url, json={"update_id": self._update_ids, **update},
                                          headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert response.status_code == 200, (replica.name, response.status_code, response.text)

    async def ask(self, replica: Replica, text: str, sender: dict[str, Any], timeout: float = 10.0) -> str:
        """Post a question to ``replica``; the text of the first reply to that chat."""
        since = self.api.mark()
        await self.post(replica, updates.message(text, sender))
        [reply] = await self.api.wait_for("sendMessage", since=since, where=lambda c: c.chat_id == sender["id"],
                                          timeout=timeout)
        return reply.text

    def stats(self) -> dict[str, Any]:
        result = subprocess.run([sys.executable, "-m", "bot", "stats", "--days", "1", "--format", "json"],
                                env=self.env, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def replies_to(self, chat_id: int, since: int = 0) -> list[str]:
        return [c.text for c in self.api.of("sendMessage", since) if c.chat_id == chat_id]


def replica_env(api: FakeBotAPI, database_url: str, knowledge_dir: Path, tmp_path: Path) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))}
    return inherited | {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": api.base_url,
        "BOT_ADMIN_IDS": str(ADMIN_ID),
        "BOT_DATABASE_URL": database_url,
        "BOT_USER_SALT": "shared-by-all-replicas",
        "BOT_KNOWLEDGE_DIR": str(knowledge_dir),
        "BOT_DATA_DIR": str(tmp_path / "var"),
        "BOT_WEBHOOK_URL": "https://bot.example.invalid/telegram",
        "BOT_WEBHOOK_LISTEN": "127.0.0.1",
        "BOT_WEBHOOK_SECRET": SECRET,
        "BOT_USER_RATE_PER_MINUTE": str(RATE_PER_MINUTE),
        "BOT_RELOAD_WAIT": str(RELOAD_WAIT),
        "BOT_REQUEST_TIMEOUT": "5",
        "BOT_LOG_LEVEL": "INFO",
    }


async def wait_until_serving(api: FakeBotAPI, replicas: list[Replica]) -> None:
    """Until every replica set its webhook and accepts connections (or died: then fail with its log)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        for replica in replicas:
            assert replica.process and replica.process.poll() is None, f"{replica.name} died:\n{replica.output()}"
        if len(api.of("setWebhook")) >= len(replicas) and all(_accepts(r.port) for r in replicas):
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the replicas did not start:\n" + "\n".join(r.output() for r in replicas))


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
async def fleet(database_url: str, tmp_path: Path) -> AsyncIterator[Fleet]:
    api = FakeBotAPI(TOKEN)
    await api.start()
    knowledge_dir = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DATA_DIR, knowledge_dir)
    env = replica_env(api, database_url, knowledge_dir, tmp_path)
    replicas = [Replica(name, free_port(), tmp_path / f"{name}.log") for name in ("a", "b")]
    try:
        for replica in replicas:
            replica.start(env | {"BOT_REPLICA_NAME": replica.name, "BOT_WEBHOOK_PORT": str(replica.port)}, tmp_path)
        await wait_until_serving(api, replicas)
        async with httpx.AsyncClient(timeout=10) as client:
            yield Fleet(api, replicas, env, KnowledgeBase.load(knowledge_dir), knowledge_dir, client)
    finally:
        for replica in replicas:
            replica.stop()
        await api.stop()
    for replica in replicas:
        assert "Traceback" not in replica.output(), replica.output()


async def test_two_replicas_share_answers_records_languages_reloads_and_limits_and_survive_losing_one(
    fleet: Fleet,
) -> None:
    one, two = fleet.replicas

    # Every update, to either replica, is answered exactly once, with the right answer.
    questions = answerable_questions(fleet.kb, 20)
    askers = [updates.user(30_000 + n, language_code="en" if n % 2 else "vi") for n in range(len(questions))]
    since = fleet.api.mark()
    for number, (question, asker) in enumerate(zip(questions, askers, strict=True)):
        await fleet.post(fleet.replicas[number % 2], updates.message(question, asker))
    await fleet.api.wait_for("sendMessage", since=since, count=len(questions))
    await asyncio.sleep(0.5)  # time for a duplicate to show up
    for question, asker in zip(questions, askers, strict=True):
        assert fleet.replies_to(asker["id"], since) == [expected_texts(fleet.kb, question)[0]], question

    # The records of both are in the one database, and both replicas are seen running.
    deadline = time.monotonic() + 15
    found = fleet.stats()
    while found["questions"] < len(questions) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        found = fleet.stats()
    assert found["engine"] == "postgresql"
    assert found["questions"] == len(questions)
    assert found["outcomes"]["answer"] == len(questions)
    assert sorted(r["name"] for r in found["replicas"]) == ["a", "b"]

    # A language chosen at one replica is the one the other answers in.
    chooser = updates.user(33_000)
    assert "I will answer in English" in await fleet.ask(one, "/lang en", chooser)
    answers = [await fleet.ask(two, "Tổng đài 111 là gì?", chooser)]
    while "Hotline 111" not in answers[-1] and len(answers) < RATE_PER_MINUTE - 1:
        await asyncio.sleep(0.3)
        answers.append(await fleet.ask(two, "Tổng đài 111 là gì?", chooser))
    assert "Hotline 111" in answers[-1], answers

    # /reload at one replica: the other serves the new answer within 2 s of the report.
    asker = iter(updates.user(31_000 + n, language_code="en") for n in range(100))
    assert RIVER_ANSWER not in await fleet.ask(two, "How long is the Red River?", next(asker))
    (fleet.knowledge_dir / "zz-test.yaml").write_text(RIVER_FILE, encoding="utf-8")
    # The report comes after this replica's own reload and up to BOT_RELOAD_WAIT for the other's.
    report = await fleet.ask(one, "/reload", ADMIN, timeout=RELOAD_REPORT_WITHIN)
    reported = time.monotonic()
    assert "Knowledge base reloaded." in report or "Đã nạp lại bộ dữ liệu." in report, report
    assert "added: 1 — test-red-river" in report
    assert "replicas serving version" in report and ": 2 of 2" in report, report
    answered = await fleet.ask(two, "How long is the Red River?", next(asker))
    while RIVER_ANSWER not in answered and time.monotonic() - reported < 2:
        await asyncio.sleep(0.1)
        answered = await fleet.ask(two, "How long is the Red River?", next(asker))
    assert RIVER_ANSWER in answered
    assert time.monotonic() - reported < 2

    # One user flooding both replicas at once is limited as one user: the limit, one notice, then silence.
    flooder = updates.user(32_000, language_code="en")
    since = fleet.api.mark()
    await asyncio.gather(*(fleet.post(fleet.replicas[n % 2], updates.message("How long is the Red River?", flooder))
                           for n in range(3 * RATE_PER_MINUTE)))
    await fleet.api.wait_for("sendMessage", since=since, count=RATE_PER_MINUTE + 1,
                             where=lambda c: c.chat_id == flooder["id"])
    await asyncio.sleep(1.0)
    replies = fleet.replies_to(flooder["id"], since)
    assert len(replies) == RATE_PER_MINUTE + 1
    assert sum(RIVER_ANSWER in reply for reply in replies) == RATE_PER_MINUTE
    assert sum("a bit fast" in reply for reply in replies) == 1

    # Stopping one replica leaves the other answering; the stopped one leaves the register.
    assert two.stop() == 0
    assert not _accepts(two.port)
    assert RIVER_ANSWER in await fleet.ask(one, "How long is the Red River?", next(asker))
    assert [r["name"] for r in fleet.stats()["replicas"]] == ["a"]
