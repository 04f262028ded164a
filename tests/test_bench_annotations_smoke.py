"""Smoke test of benchmarks/bench_annotations.py: it runs and reports every number."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

KEYS = {
    "create_total_s", "create_p50_ms", "create_p95_ms", "index_sync_s", "import_jsonld_s",
    "export_md_s", "export_html_s", "export_csv_s", "export_jsonld_s", "export_qdpx_s",
    "import_qdpx_s", "reimport_s",
    "reanchor_all_s", "reanchor_moved", "reanchor_orphaned",
}


def test_bench_annotations_runs_small() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_annotations.py"), "--count", "120",
         "--reanchor", "40", "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert KEYS <= set(results)
    assert results["annotations"] == 120 and results["imported"] == 120
    assert results["imported_qdpx"] == 120
    assert results["reanchored"] == 40
    assert results["reanchor_moved"] + results["reanchor_anchored"] >= 30
