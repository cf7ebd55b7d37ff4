"""The results of a run: latency figures, the result records written to JSON, and the printed tables."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TELEGRAM_PER_SECOND = 30  # Telegram: about 30 messages a second overall, across chats
TELEGRAM_PER_CHAT = 1  # and 1 a second in one chat


def percentile(samples: list[float], p: float) -> float:
    """Nearest rank, in milliseconds."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50_ms": percentile(samples, 0.50),
        "p95_ms": percentile(samples, 0.95),
        "p99_ms": percentile(samples, 0.99),
        "max_ms": percentile(samples, 1.0),
    }


@dataclass
class ScenarioResult:
    name: str
    description: str
    limiter: str
    user_rate_per_minute: int
    users: int
    updates: int
    replies: int
    lost: int
    duplicates: int
    mismatched: int
    elapsed_s: float
    updates_per_s: float
    latency: dict[str, float]
    by_kind: dict[str, dict[str, float]]
    buckets: dict[str, dict[str, float]]
    stages: dict[str, dict[str, float]]
    failed_calls: dict[str, int]
    log: dict[str, Any]
    mismatch_samples: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class MemorySample:
    updates: int
    elapsed_s: float
    rss_mib: float
    traced_mib: float | None
    sizes: dict[str, int]


@dataclass
class SoakResult:
    updates: int
    users: int
    workers: int
    limiter: str
    user_rate_per_minute: int
    fresh_share: float
    arrival: str
    duration_s: float
    updates_per_s: float
    replies: int
    lost: int
    duplicates: int
    mismatched: int
    failed_calls: dict[str, int]
    log: dict[str, Any]
    latency: dict[str, float]
    samples: list[MemorySample]
    warmup_updates: int
    rss_growth_mib: float
    traced_growth_mib: float | None
    growth_kib_by_owner: dict[str, float]
    top_growth: list[str]


def print_scenarios(results: list[ScenarioResult]) -> None:
    head = (
        f"{'scenario':<18} {'limiter':<26} {'upd':>5} {'upd/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'repl':>5} {'lost':>4} {'dup':>4} {'mism':>4} {'warn':>4} {'err':>4}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        lat = r.latency
        print(
            f"{r.name:<18} {r.limiter:<26} {r.updates:>5} {r.updates_per_s:>7.1f} {lat['p50_ms']:>8.1f} "
            f"{lat['p95_ms']:>8.1f} {lat['p99_ms']:>8.1f} {lat['max_ms']:>8.1f} {r.replies:>5} {r.lost:>4} "
            f"{r.duplicates:>4} {r.mismatched:>4} {r.log['warnings']:>4} {r.log['errors']:>4}"
        )
    print()
    for r in results:
        print(f"{r.name}: {r.description}; per-user limit {r.user_rate_per_minute}/min")
        for label, s in [*((b, s) for b, s in r.buckets.items() if b != "main"), *r.stages.items()]:
            print(
                f"    {label:<8} n={s['n']:<4} p50 {s['p50_ms']:7.1f} ms  p99 {s['p99_ms']:7.1f} ms"
                f"  max {s['max_ms']:7.1f} ms"
            )
        if r.extra:
            print("    " + ", ".join(f"{k}={v}" for k, v in r.extra.items()))
        for line in [*r.log["samples"], *(f"mismatch {m}" for m in r.mismatch_samples)]:
            print(f"    {line}")
        if r.failed_calls:
            print(f"    failed calls: {r.failed_calls}")
    capacity = max(
        (r.updates_per_s for r in results if r.name in ("closed", "burst") and r.limiter.startswith("lifted")),
        default=None,
    )
    print(f"\nTelegram's limits: about {TELEGRAM_PER_SECOND} messages/s overall, {TELEGRAM_PER_CHAT}/s per chat.")
    if capacity:
        print(
            f"Bot capacity with its own 30/s limiter lifted: {capacity:.0f} updates/s = "
            f"{capacity / TELEGRAM_PER_SECOND:.1f} x Telegram's {TELEGRAM_PER_SECOND}/s."
        )


def print_soak(r: SoakResult, columns: dict[str, str]) -> None:
    """The soak's figures and its memory samples; ``columns`` says what each size column counts."""
    print(
        f"soak: {r.updates} updates from {r.users} users, {r.workers} in flight, {r.limiter}, "
        f"per-user limit {r.user_rate_per_minute}/min, {r.fresh_share:.0%} of questions with an unseen word, "
        f"users {'arriving all through the run' if r.arrival == 'spread' else 'in turn, all known after a round'}"
    )
    print(
        f"under load {r.duration_s:.1f}s = {r.updates_per_s:.0f} updates/s; p50 {r.latency['p50_ms']:.1f} ms, "
        f"p99 {r.latency['p99_ms']:.1f} ms"
    )
    print(
        f"replies {r.replies}, lost {r.lost}, duplicates {r.duplicates}, mismatched {r.mismatched}, "
        f"failed calls {r.failed_calls or 0}, log warnings {r.log['warnings']}, errors {r.log['errors']}"
    )
    for line in r.log["samples"]:
        print(f"    {line}")
    names = list(r.samples[0].sizes)
    print(f"\n{'updates':>7} {'s':>6} {'RSS MiB':>8} {'traced':>7} " + " ".join(f"{n:>11}" for n in names))
    for s in r.samples:
        traced = f"{s.traced_mib:7.2f}" if s.traced_mib is not None else f"{'-':>7}"
        print(
            f"{s.updates:>7} {s.elapsed_s:>6.1f} {s.rss_mib:>8.2f} {traced} "
            + " ".join(f"{s.sizes[n]:>11}" for n in names)
        )
    traced = f"{r.traced_growth_mib:+.2f} MiB traced, " if r.traced_growth_mib is not None else ""
    print(f"\ngrowth from {r.warmup_updates} updates to the end: {traced}{r.rss_growth_mib:+.2f} MiB RSS")
    if r.growth_kib_by_owner:
        print("traced growth by owner (KiB): " + ", ".join(f"{k} {v:+.1f}" for k, v in r.growth_kib_by_owner.items()))
    if r.top_growth:
        print("largest growth by line (tracemalloc):")
        for line in r.top_growth:
            print(f"  {line}")
    print("\ncolumns:")
    for name in names:
        print(f"  {name:<11} {columns.get(name, '')}")


def write(out: Path, name: str, payload: dict[str, Any]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path
