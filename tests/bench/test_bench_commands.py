"""The README's benchmark commands still run, at a tiny size: timings are not checked, only that
every update got exactly one right reply and the results were written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str, out: Path) -> None:
    """``python <command> --out <out>``, from the project's root as the README runs it."""
    subprocess.run([sys.executable, *command, "--out", str(out)], cwd=ROOT, check=True, capture_output=True,
                   timeout=120)


def test_the_matching_benchmark_runs_and_beats_the_naive_matcher_on_accuracy(tmp_path: Path) -> None:
    run("-m", "bench.run", "--scales", "1", "--rounds", "1", "--reload-scales", out=tmp_path)
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["pipeline"]["accuracy"] > results["naive"]["accuracy"]
    assert results["growth"]["x1"]["items"] > 200


def test_the_end_to_end_benchmark_runs_with_no_reply_lost_or_doubled(tmp_path: Path) -> None:
    run("-m", "bench.e2e", "--users", "5", "--rounds", "2", "--late-users", "1", "--scenarios", "closed",
        "--limiter", "lifted", out=tmp_path)
    [closed] = json.loads((tmp_path / "e2e.json").read_text())["scenarios"]
    assert closed["replies"] == closed["updates"] == 11
    assert closed["lost"] == closed["duplicates"] == closed["mismatched"] == 0


def test_the_soak_runs_with_no_reply_lost_or_doubled(tmp_path: Path) -> None:
    run("-m", "bench.e2e", "--soak", "200", "--soak-users", "20", "--sample-every", "100", "--no-tracemalloc",
        out=tmp_path)
    soak = json.loads((tmp_path / "soak.json").read_text())["soak"]
    assert soak["replies"] == soak["updates"] == 200
    assert soak["lost"] == soak["duplicates"] == soak["mismatched"] == 0
