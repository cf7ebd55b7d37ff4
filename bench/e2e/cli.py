"""The command line of ``python -m bench.e2e``: its flags, and a run from loading the base to writing the JSON."""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import time
import tracemalloc
from dataclasses import asdict
from pathlib import Path
from typing import Any

import telegram

import bench.e2e
from bench.e2e.report import print_scenarios, print_soak, write
from bench.e2e.scenarios import Config, run_scenarios
from bench.e2e.soak import SIZES, soak
from bench.e2e.tracker import LogCounter
from bench.e2e.workload import Predictor
from knowledge.evaluation import load_items
from knowledge.store import KnowledgeStore

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EVAL = ROOT / "eval" / "dev.yaml"
DEFAULT_OUT = ROOT / "bench" / "results"
SCENARIOS = ["paced", "closed", "burst", "abuse", "slow-db"]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.e2e",
        description=(bench.e2e.__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="questions file (dev.yaml)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory for e2e.json / soak.json")
    parser.add_argument("--users", type=int, default=50, help="simulated users at once")
    parser.add_argument("--rounds", type=int, default=20, help="updates per user in closed and burst")
    parser.add_argument("--late-users", type=int, default=20, help="new users arriving during closed")
    parser.add_argument(
        "--user-rate",
        type=int,
        default=1_000_000,
        help="per-user limit (a minute) for paced, closed, burst, slow-db and the soak",
    )
    parser.add_argument("--slow-write-ms", type=float, default=20.0, help="write time in slow-db")
    parser.add_argument("--rate", type=float, default=25.0, help="updates a second in paced")
    parser.add_argument("--paced-seconds", type=float, default=20.0, help="how long paced sends")
    parser.add_argument("--scenarios", nargs="+", default=SCENARIOS, choices=SCENARIOS)
    parser.add_argument(
        "--limiter",
        choices=["deployed", "lifted", "both"],
        default="both",
        help="the bot's 30/s sendMessage limiter in paced, closed and burst",
    )
    parser.add_argument("--seed", type=int, default=7)
    soak_group = parser.add_argument_group("soak")
    soak_group.add_argument(
        "--soak",
        type=int,
        nargs="?",
        const=10_000,
        default=None,
        metavar="N",
        help="run the soak with N updates (10,000 if N is left out) instead of the scenarios",
    )
    soak_group.add_argument("--soak-users", type=int, default=2_000, help="distinct users in the soak")
    soak_group.add_argument("--workers", type=int, default=50, help="users in flight at once in the soak")
    soak_group.add_argument("--sample-every", type=int, default=1_000, help="updates between memory samples")
    soak_group.add_argument("--soak-limiter", choices=["deployed", "lifted"], default="lifted")
    soak_group.add_argument(
        "--fresh-share",
        type=float,
        default=0.5,
        help="share of soak questions given an unseen word (new input for the caches)",
    )
    soak_group.add_argument(
        "--arrival",
        choices=["spread", "cycle"],
        default="spread",
        help="spread: new users all through the run; cycle: the same users in turn",
    )
    soak_group.add_argument("--no-tracemalloc", action="store_true", help="RSS only; faster")
    return parser.parse_args(argv)


async def main(args: argparse.Namespace) -> int:
    """Run the scenarios (or the soak), print and write the results; 1 if a reply was lost or doubled."""
    logs = LogCounter()
    logging.getLogger().addHandler(logs)
    logging.getLogger().setLevel(logging.WARNING)
    logging.captureWarnings(True)  # Python warnings count too, as log records of "py.warnings"
    store = KnowledgeStore.open()
    questions = [i.question for i in load_items(args.eval)]
    config = Config(
        store,
        Predictor(store, questions),
        questions,
        args.users,
        args.rounds,
        args.late_users,
        args.user_rate,
        args.slow_write_ms,
        args.rate,
        args.paced_seconds,
        args.seed,
        logs,
    )
    meta: dict[str, Any] = {
        "command": " ".join(sys.argv),
        "python": platform.python_version(),
        "ptb": telegram.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "questions": len(config.questions),
    }
    logs.take()  # loading the base is not the bot's run
    started = time.perf_counter()
    if args.soak is not None:
        traced = not args.no_tracemalloc
        if traced:
            tracemalloc.start()
        result = await soak(
            config,
            args.soak,
            args.soak_users,
            args.workers,
            args.sample_every,
            args.soak_limiter,
            traced,
            args.fresh_share,
            args.arrival,
        )
        meta["wall_s"] = round(time.perf_counter() - started, 1)
        print_soak(result, SIZES)
        path = write(args.out, "soak.json", {"meta": meta, "soak": asdict(result)})
        bad = result.lost or result.duplicates or result.log["errors"]
    else:
        limiters = ["deployed", "lifted"] if args.limiter == "both" else [args.limiter]
        results = await run_scenarios(config, args.scenarios, limiters)
        meta["wall_s"] = round(time.perf_counter() - started, 1)
        print_scenarios(results)
        path = write(args.out, "e2e.json", {"meta": meta, "scenarios": [asdict(r) for r in results]})
        bad = any(r.lost or r.duplicates or r.log["errors"] for r in results)
    print(f"\nwall clock {meta['wall_s']}s; written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 1 if bad else 0
