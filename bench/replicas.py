"""Replicas on this machine: webhook throughput with one and two, and what the records cost per question.

Usage:
    scripts/test-postgres run --durable -- python bench/replicas.py    # a throwaway server, then the bench
    python bench/replicas.py --database-url postgresql://user:pw@host/db  # a server where it may create databases
    python bench/replicas.py --users 32 --rounds 15 --records 5000       # the defaults

Webhook: real ``python -m bot run --webhook`` processes (SQLite x1, PostgreSQL x1, PostgreSQL x2)
reply to the test suite's fake Bot API, which runs in this process. ``--users`` users each ask
``--rounds`` questions one after another (a closed loop), POSTed to the replicas' webhook ports in
turn, as the proxy in front would, with Telegram's secret header. Time runs from the POST to the
fake server receiving the reply. The per-user limit and the sending limit (BOT_SEND_PER_SECOND)
are lifted so that the figures are the bot's own. Everything shares the machine's cores: the
replicas, PostgreSQL, and this process (the fake Telegram and the client).

Records: in this process, without Telegram, each engine records ``--records`` questions the way
the handlers do (one task per question): the CPU the event loop's thread spends per question,
the time until all are in the database, and the per-user rate-limit check each update waits for
(memory, or one round trip to PostgreSQL).

Writes ``replicas.json`` to ``--out`` (default bench/results) and prints the tables.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from handlers.ratelimit import UserRateLimiter  # noqa: E402
from knowledge.base import KnowledgeBase  # noqa: E402
from records import Interaction  # noqa: E402
from records.postgres import PostgresRecords  # noqa: E402
from records.postgres_database import PostgresDatabase  # noqa: E402
from records.postgres_limits import PostgresRateLimiter  # noqa: E402
from records.sqlite import SQLiteRecords  # noqa: E402
from testkit import updates  # noqa: E402
from testkit.fake_bot_api import FakeBotAPI  # noqa: E402
from testkit.harness import TOKEN, answerable_questions  # noqa: E402
from testkit.postgres import fresh_database  # noqa: E402

SECRET = "bench-secret"
REPLY_TIMEOUT = 30.0
START_TIMEOUT = 60.0
FIRST_USER = 50_000_000


class WatchedBotAPI(FakeBotAPI):
    """The fake Bot API, telling whoever waits on a chat the moment a reply to it arrives."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.waiting: dict[int, asyncio.Future[float]] = {}

    async def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        answer = await super()._answer(method, params)
        if method == "sendMessage" and answer[0] == 200:
            waiter = self.waiting.pop(int(params["chat_id"]), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(time.perf_counter())
        return answer


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))] if ordered else float("nan")


def summary(seconds: list[float]) -> dict[str, float]:
    ms = [1000 * s for s in seconds]
    return {"p50_ms": round(percentile(ms, 0.50), 3), "p95_ms": round(percentile(ms, 0.95), 3),
            "p99_ms": round(percentile(ms, 0.99), 3)}


# -- webhook ---------------------------------------------------------------------------------


async def webhook_run(engine: str, count: int, args: argparse.Namespace, questions: list[str]) -> dict[str, Any]:
    api = WatchedBotAPI(TOKEN)
    await api.start()
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(prefix="replicas-bench-") as tmp, contextlib.ExitStack() as stack:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))} | {
            "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url, "BOT_USER_SALT": "bench",
            "BOT_DATA_DIR": str(Path(tmp) / "var"), "BOT_WEBHOOK_URL": "https://bench.invalid/telegram",
            "BOT_WEBHOOK_LISTEN": "127.0.0.1", "BOT_WEBHOOK_SECRET": SECRET, "BOT_LOG_LEVEL": "WARNING",
            "BOT_USER_RATE_PER_MINUTE": "1000000", "BOT_SEND_PER_SECOND": "1000000",
        }
        if engine == "postgresql":
            env["BOT_DATABASE_URL"] = stack.enter_context(fresh_database(args.database_url, "bench"))
        ports = [free_port() for _ in range(count)]
        logs = [Path(tmp) / f"replica-{n}.log" for n in range(count)]
        try:
            for number, port in enumerate(ports):
                processes.append(subprocess.Popen(
                    [sys.executable, "-m", "bot", "run", "--webhook"], cwd=tmp,
                    env=env | {"BOT_WEBHOOK_PORT": str(port), "BOT_REPLICA_NAME": f"r{number}"},
                    stdout=logs[number].open("w"), stderr=subprocess.STDOUT))
            deadline = time.monotonic() + START_TIMEOUT
            while not (len(api.of("setWebhook")) >= count and all(accepts(p) for p in ports)):
                if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                    raise RuntimeError("a replica did not start:\n" + "\n".join(log.read_text() for log in logs))
                await asyncio.sleep(0.1)
            async with httpx.AsyncClient(timeout=REPLY_TIMEOUT,
                                         limits=httpx.Limits(max_connections=4 * args.users)) as client:
                result = await closed_loop(api, client, ports, questions, args.users, args.rounds)
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()
            await api.stop()
        problems = sum(line.count("ERROR") + line.count("Traceback") for line in (log.read_text() for log in logs))
    return {"engine": engine, "replicas": count, **result, "log_errors": problems}


async def closed_loop(api: WatchedBotAPI, client: httpx.AsyncClient, ports: list[int], questions: list[str],
                      users: int, rounds: int) -> dict[str, Any]:
    update_ids = iter(range(1, 10**9))
    latencies: list[float] = []
    lost = 0

    async def ask(port: int, user_id: int, question: str) -> float | None:
        waiter = api.waiting[user_id] = asyncio.get_running_loop().create_future()
        started = time.perf_counter()
        update = {"update_id": next(update_ids), **updates.message(question, updates.user(user_id))}
        response = await client.post(f"http://127.0.0.1:{port}/telegram", json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        response.raise_for_status()
        try:
            return await asyncio.wait_for(waiter, REPLY_TIMEOUT) - started
        except TimeoutError:
            return None

    async def user(number: int, measured: bool) -> None:
        nonlocal lost
        for turn in range(rounds if measured else 1):
            port = ports[(number + turn) % len(ports)]
            took = await ask(port, FIRST_USER + number, questions[(number * rounds + turn) % len(questions)])
            if not measured:
                continue
            if took is None:
                lost += 1
            else:
                latencies.append(took)

    await asyncio.gather(*(user(n, measured=False) for n in range(users)))  # warm-up: one question each
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(user(n, measured=True) for n in range(users)))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"updates": users * rounds, "lost": lost, "seconds": round(elapsed, 2),
            "updates_per_second": round(len(latencies) / elapsed, 1), **summary(latencies),
            "bench_process_cores": round(cpu / elapsed, 2)}  # what the fake Telegram and the client took


# -- records ---------------------------------------------------------------------------------


async def records_cost(engine: str, count: int, database_url: str, questions: list[str]) -> dict[str, Any]:
    interactions = [Interaction(FIRST_USER + n % 1000, questions[n % len(questions)], "answer", "vi", "entry", 0.9)
                    for n in range(count)]
    with tempfile.TemporaryDirectory(prefix="records-bench-") as tmp, contextlib.ExitStack() as stack:
        database: PostgresDatabase | None = None
        records: SQLiteRecords | PostgresRecords
        if engine == "sqlite":
            records = SQLiteRecords(Path(tmp) / "bot.sqlite3", "bench", 90, max_pending_writes=count)
        else:
            database = PostgresDatabase(stack.enter_context(fresh_database(database_url, "bench")))
            records = PostgresRecords(database, "bench", 90, max_pending_writes=count)
            await database.start()
            await records.start()
        loop_cpu, wall, process_cpu = time.thread_time(), time.perf_counter(), time.process_time()
        tasks = [asyncio.create_task(records.log(i)) for i in interactions]  # as the handlers do
        await asyncio.gather(*tasks)
        if isinstance(records, PostgresRecords):
            await records.flush()
        loop_cpu, wall = time.thread_time() - loop_cpu, time.perf_counter() - wall
        process_cpu = time.process_time() - process_cpu
        limiter: UserRateLimiter | PostgresRateLimiter = (
            UserRateLimiter(1_000_000) if database is None else PostgresRateLimiter(database, "bench", 1_000_000))
        checks = []
        for n in range(min(count, 2000)):
            started = time.perf_counter()
            await limiter.check(FIRST_USER + n % 1000)
            checks.append(time.perf_counter() - started)
        stored = len(await records.interactions()) if isinstance(records, PostgresRecords) else len(
            records.interactions())
        if isinstance(records, PostgresRecords) and database:
            await records.stop()
            await database.stop()
        else:
            records.close()
    assert stored == count, (engine, stored, count)
    return {
        "engine": engine, "questions": count,
        "event_loop_cpu_us_per_question": round(1e6 * loop_cpu / count, 1),
        "process_cpu_us_per_question": round(1e6 * process_cpu / count, 1),
        "all_written_seconds": round(wall, 3), "writes_per_second": round(count / wall),
        "rate_limit_check": summary(checks),
    }


# -- report ----------------------------------------------------------------------------------


def print_tables(results: dict[str, Any]) -> None:
    print(f"\n{results['machine']}\n")
    print("| engine | replicas | updates | updates/s | p50 ms | p95 ms | p99 ms | lost | log errors | bench cores |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in results["webhook"]:
        print(f"| {run['engine']} | {run['replicas']} | {run['updates']} | {run['updates_per_second']} | "
              f"{run['p50_ms']:.0f} | {run['p95_ms']:.0f} | {run['p99_ms']:.0f} | {run['lost']} | "
              f"{run['log_errors']} | {run['bench_process_cores']} |")
    print("\n| engine | questions | event-loop CPU µs/question | process CPU µs/question | all written s | "
          "writes/s | rate-limit check p50 / p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in results["records"]:
        check = run["rate_limit_check"]
        print(f"| {run['engine']} | {run['questions']} | {run['event_loop_cpu_us_per_question']} | "
              f"{run['process_cpu_us_per_question']} | {run['all_written_seconds']} | {run['writes_per_second']} | "
              f"{check['p50_ms']} / {check['p99_ms']} |")


async def main(args: argparse.Namespace) -> dict[str, Any]:
    kb = KnowledgeBase.load()
    questions = answerable_questions(kb, 100)
    results: dict[str, Any] = {
        "machine": f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}",
        "settings": {"users": args.users, "rounds": args.rounds, "records": args.records},
        "webhook": [], "records": [],
    }
    for engine, count in (("sqlite", 1), ("postgresql", 1), ("postgresql", 2)):
        if count <= args.max_replicas:
            print(f"webhook: {engine} x{count} ...", flush=True)
            results["webhook"].append(await webhook_run(engine, count, args, questions))
    for engine in ("sqlite", "postgresql"):
        print(f"records: {engine} ...", flush=True)
        results["records"].append(await records_cost(engine, args.records, args.database_url, questions))
    return results


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL", ""),
                        help="a PostgreSQL server where the bench may create databases (default: TEST_DATABASE_URL)")
    parser.add_argument("--users", type=int, default=32, help="users asking at the same time")
    parser.add_argument("--rounds", type=int, default=15, help="questions each user asks, one after another")
    parser.add_argument("--records", type=int, default=5000, help="questions recorded in the records part")
    parser.add_argument("--max-replicas", type=int, default=2, choices=[1, 2])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("no PostgreSQL: pass --database-url or run under scripts/test-postgres run")
    return args


if __name__ == "__main__":
    arguments = parse()
    found = asyncio.run(main(arguments))
    arguments.out.mkdir(parents=True, exist_ok=True)
    (arguments.out / "replicas.json").write_text(json.dumps(found, indent=2), encoding="utf-8")
    print_tables(found)
    print(f"\nwritten to {arguments.out / 'replicas.json'}")
