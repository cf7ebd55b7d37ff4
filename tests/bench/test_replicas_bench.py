"""bench/replicas.py still runs, at a tiny size: every update answered once by one and two replicas, every
record written; timings are not checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pgkit import server_url

ROOT = Path(__file__).resolve().parents[2]


def test_the_replicas_benchmark_runs_with_no_reply_lost(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "bench" / "replicas.py"), "--database-url", server_url(),
                    "--users", "3", "--rounds", "2", "--records", "50", "--out", str(tmp_path)],
                   check=True, capture_output=True, timeout=240)
    results = json.loads((tmp_path / "replicas.json").read_text())
    assert [(r["engine"], r["replicas"]) for r in results["webhook"]] == [
        ("sqlite", 1), ("postgresql", 1), ("postgresql", 2)]
    for run in results["webhook"]:
        assert (run["updates"], run["lost"], run["log_errors"]) == (6, 0, 0)
    assert [r["questions"] for r in results["records"]] == [50, 50]
