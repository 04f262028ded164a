"""The reliability suite: kills, damage, concurrency and hostile input (``-m reliability``).

Every test here is marked ``reliability`` so the suite can run on its own
(``pytest -m reliability``); it also runs with the rest in ``make test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)


def parallax(data_dir: Path, *args: str, timeout: float = 60,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a user would."""
    full_env = {**os.environ, "PARALLAX_AUTO_BACKUP": "0", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO, env=full_env,
    )


def popen(data_dir: Path, *args: str, env: dict[str, str] | None = None
          ) -> subprocess.Popen[str]:
    """Start the command line in the background (to kill it, or run several at once)."""
    full_env = {**os.environ, "PARALLAX_AUTO_BACKUP": "0", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=full_env,
    )


def assert_one_sentence(stderr: str) -> None:
    """No traceback, no Python internals: the user got sentences."""
    assert "Traceback" not in stderr, stderr
    assert "Error:" not in stderr.replace("parallax: ", ""), stderr
