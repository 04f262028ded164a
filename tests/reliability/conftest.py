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


# A child process that runs the command line with a lower bulk threshold, so that a few
# dozen files take the multi-process writer path of a 2,000-file import.
_PATCHED = (
    "import sys; import reader.core.search.storage as I, reader.core.library as L; "
    "I.BULK_THRESHOLD = L.BULK_THRESHOLD = int(sys.argv[1]); "
    "from reader.cli import main; sys.exit(main(sys.argv[2:]))"
)


def popen_bulk(data_dir: Path, *args: str, bulk: int = 20) -> subprocess.Popen[str]:
    """The command line with the bulk (multi-process) writer from ``bulk`` documents on."""
    env = {**os.environ, "PARALLAX_AUTO_BACKUP": "0"}
    return subprocess.Popen(
        [sys.executable, "-c", _PATCHED, str(bulk), "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env,
    )


WORDS = ("Gezeitenkraftwerk Solarpark Windrad Wasserstoff Erdwärme Kernfusion Batterie "
         "Stromnetz Pumpspeicher Biogas Photovoltaik Wärmepumpe").split()


def write_corpus(folder: Path, n: int, prefix: str = "doc") -> list[Path]:
    """``n`` small German articles, each with a unique token ``<prefix>tok<i>``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        word = WORDS[i % len(WORDS)]
        path = folder / f"{prefix}{i:05d}.txt"
        path.write_text(
            f"Bericht {i} über {word}\n\n"
            f"Die Anlage {prefix}tok{i} für {word} wurde am Montag eröffnet, sagen die "
            f"Fachleute der Stadtwerke. Sie liefert {i + 3} Megawatt.\n\n"
            f"Kritiker fragen, ob {word} die Kosten rechtfertigt.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def descendants(pid: int) -> list[int]:
    """Every live process started (directly or not) by ``pid``."""
    import psutil

    try:
        return [p.pid for p in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def alive(pids: list[int]) -> list[int]:
    """Those of ``pids`` still running (zombies do not count)."""
    import psutil

    running = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                running.append(pid)
        except psutil.NoSuchProcess:
            pass
    return running


def wait_gone(pids: list[int], seconds: float = 5.0) -> list[int]:
    """Wait until ``pids`` have ended; returns those still running after ``seconds``."""
    import time

    deadline = time.monotonic() + seconds
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive(pids)
