"""Benchmark of the knowledge layer against the naive matcher a newcomer would write.

Usage::

    python -m bench.run [--eval eval/dev.yaml] [--scales 1 10 100] [--out bench/results]

Prints a short table and writes ``results.json``. Timings depend on the machine; the ratios
are what to compare. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

from knowledge.base import KnowledgeBase
from knowledge.evaluation import contains_key, evaluate, load_items
from knowledge.loader import DEFAULT_DATA_DIR
from knowledge.store import KnowledgeStore
from knowledge.text import render_text


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99), "qps": 1000 * len(ordered) / sum(ordered)}


def time_each(function, questions: list, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            function(question)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def naive_matcher(base: KnowledgeBase):
    """One extractOne over every phrasing with WRatio, as the issue describes."""
    phrasings, owners = [], []
    for item in base.items.values():
        for question in item.questions.all():
            phrasings.append(question)
            owners.append(item.id)

    def ask(question: str) -> str | None:
        best = process.extractOne(question, phrasings, scorer=fuzz.WRatio, processor=utils.default_process)
        return owners[best[2]] if best else None

    return ask


def naive_accuracy(base: KnowledgeBase, ask, items) -> float:
    right = 0
    in_scope = [i for i in items if i.expect is not None]
    for item in in_scope:
        item_id = ask(item.question)
        if item.urgent:
            continue  # the naive matcher has no urgent card: counted as wrong
        if item_id is not None:
            words = base.matcher.query_words(item.question)
            text = render_text(base.answer_for(item_id, "vi", words=words))
            text += render_text(base.answer_for(item_id, "en", words=words))
            right += any(contains_key(text, key) for key in item.expect)
    return right / len(in_scope)


def scaled_copy(factor: int, target: Path) -> Path:
    """The shipped base plus (factor - 1) renamed copies of every entry, with shuffled phrasings."""
    shutil.copytree(DEFAULT_DATA_DIR, target)
    if factor == 1:
        return target
    rng = random.Random(factor)
    entries = []
    for path in DEFAULT_DATA_DIR.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries += data.get("entries", [])
    extra = []
    for copy in range(1, factor):
        for number, entry in enumerate(entries):
            clone = dict(entry)
            suffix = f"{copy}-{rng.randrange(10**6)}"
            clone["id"] = f"generated-{copy}-{number}"
            # A different place name keeps each copy realistic and its phrasings unique.
            clone["questions"] = {
                lang: [f"{q} (bản {suffix} tỉnh {rng.choice(PROVINCES)})" for q in entry["questions"][lang]]
                for lang in ("vi", "en")
            }
            clone["related"] = []
            extra.append(clone)
    (target / "scaled.yaml").write_text(yaml.safe_dump({"entries": extra}, allow_unicode=True), encoding="utf-8")
    return target


PROVINCES = ["Hà Giang", "Lào Cai", "Sơn La", "Nghệ An", "Huế", "Đà Nẵng", "Gia Lai", "Cần Thơ", "Cà Mau", "An Giang"]


def load_stats(directory: Path, measure_memory: bool, measure_reload: bool) -> tuple[KnowledgeBase, dict[str, float]]:
    started = time.perf_counter()
    base = KnowledgeBase.load(directory)
    stats = {
        "load_ms": (time.perf_counter() - started) * 1000, "items": len(base.items), "peak_mib": float("nan"),
        "reload_ms": float("nan"),
    }
    if measure_reload:  # what /reload does: load, validate, self-test every stored question, swap
        store = KnowledgeStore(base, directory)
        started = time.perf_counter()
        store.reload()
        stats["reload_ms"] = (time.perf_counter() - started) * 1000
    if measure_memory:  # tracemalloc slows loading several times, so it runs apart from the timing
        tracemalloc.start()
        KnowledgeBase.load(directory)
        stats["peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return base, stats


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[1] / "eval" / "dev.yaml")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--reload-scales", type=int, nargs="*", default=[1, 10],
        help="scales at which to time a full reload (its self-test asks every stored question)",
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args()
    items = load_items(args.eval)
    questions = [i.question for i in items]
    results: dict[str, object] = {"questions": len(questions)}

    base = KnowledgeBase.load()
    pipeline = percentiles(time_each(base.ask, questions, args.rounds))
    report = evaluate(items, base.ask)
    naive = naive_matcher(base)
    naive_timing = percentiles(time_each(naive, questions, args.rounds))
    results["pipeline"] = pipeline | {"accuracy": report.accuracy, "false_answers": report.false_answer_rate}
    results["naive"] = naive_timing | {"accuracy": naive_accuracy(base, naive, items), "false_answers": 1.0}
    results["latency_ratio_p50"] = pipeline["p50_ms"] / naive_timing["p50_ms"]
    # Crisis detection (the cues, then the model) runs on every message before anything else: its
    # share of the pipeline, on understood questions (understanding is the one reading, timed above).
    messages = [base.understand(q) for q in questions]
    results["crisis_detection"] = percentiles(time_each(base.danger, messages, args.rounds))

    growth = {}
    with tempfile.TemporaryDirectory() as tmp:
        for factor in args.scales:
            folder = scaled_copy(factor, Path(tmp) / f"x{factor}")
            scaled, loaded = load_stats(folder, factor <= 10, factor in args.reload_scales)
            growth[f"x{factor}"] = loaded | percentiles(time_each(scaled.ask, questions, 1))
    results["growth"] = growth

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    p, n = results["pipeline"], results["naive"]
    print(f"{'':<10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'q/s':>9}{'accuracy':>10}")
    for name, row in (("pipeline", p), ("naive", n)):
        print(
            f"{name:<10}{row['p50_ms']:>9.2f}{row['p95_ms']:>9.2f}{row['p99_ms']:>9.2f}{row['qps']:>9.0f}{row['accuracy']:>10.1%}"
        )
    print(f"latency ratio pipeline/naive (p50): {results['latency_ratio_p50']:.2f}")
    crisis = results["crisis_detection"]
    print(f"crisis detection per message: p50 {crisis['p50_ms']:.3f} ms, p99 {crisis['p99_ms']:.3f} ms")
    print(f"{'scale':<8}{'items':>7}{'load ms':>9}{'reload ms':>11}{'peak MiB':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for name, row in growth.items():
        print(
            f"{name:<8}{row['items']:>7}{row['load_ms']:>9.0f}{row['reload_ms']:>11.0f}{row['peak_mib']:>10.1f}"
            f"{row['p50_ms']:>9.2f}{row['p99_ms']:>9.2f}"
        )
    print(f"written: {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
