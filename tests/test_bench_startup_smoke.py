"""Smoke test of benchmarks/bench_startup.py: it starts the window the way `parallax` does,
from each start state, and its JSON has every start-up number. No time is asserted."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_bench_startup_reports_when_the_window_shows_and_is_usable(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_startup.py"), "--docs", "0",
         "--runs", "1", "--states", "backup-due,new", "--startup-only",
         "--work", str(tmp_path), "--json"],
        check=True, capture_output=True, text=True, timeout=300, cwd=REPO, env=env)
    rows = json.loads(done.stdout)
    assert [(r["library"], r["state"], r["code"]) for r in rows] == [
        ("seeds", "backup-due", "after"), ("seeds", "new", "after")]
    for row in rows:
        assert row["documents"] == 5  # the first start got the bundled articles too
        for key in ("shown_s", "usable_s", "search_ready_s", "rss_usable_mb"):
            assert isinstance(row[key], float) and math.isfinite(row[key]) and row[key] > 0
        assert row["shown_s"] <= row["usable_s"] <= row["search_ready_s"]
        assert row["typing_stall_ms_worst"] is None  # --startup-only
