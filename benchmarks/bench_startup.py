"""Startup, memory and event-loop stalls of the window, with the seeds and with N documents.

Usage::

    python benchmarks/bench_startup.py [--docs 2000] [--work DIR] [--runs 3] [--json]
        [--states backed-up,backup-due,new] [--before REV] [--startup-only]

For each library (the five seeds, then ``--docs`` generated articles; 0 skips it) the
library is prepared once in ``--work`` (kept between runs: importing 30,000 articles takes
minutes), then the window is started ``--runs`` times in a fresh process each, offscreen,
the way ``parallax`` starts it (``open_library``, then the window), measuring:

- ``shown_s``: from launching the process to the window shown with its event loop running
  (a 0 ms timer set when the window was shown has fired: the window paints and answers);
- ``usable_s``: until its document list is filled (Python start and imports included);
- ``search_ready_s``: until the start-up work on the worker has finished too;
- ``rss_mb``: resident memory when usable, and the peak after searching;
- ``typing_stall_ms``: the longest gap of a 5 ms heartbeat timer while a query is typed
  one character every 90 ms and its results arrive (every keystroke goes through the
  debounce and the worker, as when a person types);
- ``search_ms``: from the last keystroke to the results being shown;
- ``import_stall_ms``: the longest heartbeat gap while 300 new articles are imported on
  the worker (progress bar and all).

``--startup-only`` skips the typing and import phases. Each start begins from one of these
states of the library folder (``--states``):

- ``backed-up``: today's automatic backup exists, so opening only checks the store;
- ``backup-due``: the first start of the day, when the daily backup is made;
- ``new``: an empty folder, the first start ever, when the bundled articles are imported
  (once, not per library).

``--before REV`` also measures the code of git revision REV (exported with ``git archive``
into the work folder, run with this checkout's virtual environment), alternating a start
of REV and one of this checkout so that both see the same load on the machine, and prints
both side by side. ``--code DIR`` measures another checkout's ``reader`` package instead of
this one.

Stalls depend on what else the machine runs (2 cores here): ``busy`` is how busy all cores
were just before each run; ``--quiet-wait S`` waits up to S seconds for an idle machine.

Targets (issue 4): usable in 1.5 s with the seeds and 3 s with 30,000 documents, under
400 MB, no stall over 100 ms; issue 10: the window shows before the library's maintenance
(check, daily backup, seeding) has finished, and is not slower to be usable. The numbers
are reported, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LAUNCHED = time.time()
REPO = Path(__file__).resolve().parents[1]
QUERY = "Anthropic TPU Milliarden gigawatt"
KEY_INTERVAL_MS = 90
HEARTBEAT_MS = 5
TARGETS = {"seeds": 1.5, "docs": 3.0, "rss_mb": 400.0, "stall_ms": 100.0}


# -- preparing libraries (parent process) ---------------------------------------------------


def run_python(code: str, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=REPO, env=env)


def prepare_seeds(work: Path) -> Path:
    folder = work / "library-seeds"
    if not (folder / "library.sqlite3").exists():
        run_python("import sys; from pathlib import Path; from reader.core.library import "
                   "Library; lib = Library(Path(sys.argv[1])); lib.search.sync(); lib.close()",
                   str(folder))
    return folder


def prepare_docs(work: Path, count: int) -> Path:
    folder = work / f"library-{count}"
    done = folder / ".prepared"
    if done.exists():
        return folder
    corpus = work / f"corpus-{count}"
    print(f"generating {count} articles and importing them (once; minutes)…", file=sys.stderr)
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"),
                    str(corpus), "--count", str(count)], check=True, cwd=REPO)
    started = time.monotonic()
    run_python("import sys; from pathlib import Path; from reader.core.library import "
               "Library; lib = Library(Path(sys.argv[1])); "
               "print(lib.imports.paths([Path(sys.argv[2])]).summary(), file=sys.stderr); "
               "lib.close()", str(folder), str(corpus))
    print(f"imported in {time.monotonic() - started:.0f} s", file=sys.stderr)
    done.write_text("ok\n", encoding="utf-8")
    return folder


def prepare_import_batch(work: Path) -> Path:
    """300 small new articles (distinct on every run) for the import stall."""
    folder = work / "import-batch"
    folder.mkdir()
    stamp = time.time_ns()
    words = {
        "en": "The harbour authority approved new ferries for the northern coast today",
        "de": "Die Hafenbehörde genehmigte heute neue Fähren für die nördliche Küste",
        "it": "L'autorità portuale ha approvato oggi nuovi traghetti per la costa nord",
    }
    for number in range(300):
        lang = ("en", "de", "it")[number % 3]
        text = f"{words[lang]} {number} {stamp}. " * 6
        (folder / f"a{number:03d}-{lang}.txt").write_text(f"Ferry {number}\n\n{text}\n",
                                                          encoding="utf-8")
    return folder


def machine_busy_percent(seconds: float) -> float:
    """How busy all cores were over the next ``seconds`` (0-100)."""
    import psutil

    return float(psutil.cpu_percent(interval=seconds))


def wait_for_quiet(max_wait_s: float, busy_percent: float = 30.0) -> float:
    """Wait (up to ``max_wait_s``) until the machine is mostly idle; the last reading."""
    deadline = time.monotonic() + max_wait_s
    busy = machine_busy_percent(1.0)
    while busy > busy_percent and time.monotonic() < deadline:
        busy = machine_busy_percent(3.0)
    return busy


STATES = ("backed-up", "backup-due", "new")


def set_state(folder: Path, state: str) -> None:
    """Put a copied library folder in a start state (see the module's docstring)."""
    backups = folder / "backups"
    for auto in backups.glob("auto-*"):
        auto.unlink()
    if state == "backed-up":  # an automatic backup taken now: nothing due today
        from datetime import UTC, datetime

        backups.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.copy2(folder / "library.sqlite3", backups / f"auto-{stamp}.sqlite3")


def measure(library: Path | None, state: str, work: Path, quiet_wait_s: float, code: Path,
            startup_only: bool) -> dict[str, Any]:
    """One window start on a copy of ``library`` (None: an empty folder, the first start);
    the import must not change the original."""
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=work))
    try:
        copy = scratch / "library"
        if library is None:
            copy.mkdir()
        else:
            shutil.copytree(library, copy, ignore=shutil.ignore_patterns(".prepared"))
            set_state(copy, state)
        batch = prepare_import_batch(scratch)
        busy_before = wait_for_quiet(quiet_wait_s) if quiet_wait_s else machine_busy_percent(1)
        env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen",
                   PARALLAX_BENCH_LAUNCHED=repr(time.time()),
                   PARALLAX_BENCH_STARTUP_ONLY="1" if startup_only else "")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(copy), str(batch)],
            check=True, cwd=code, env=env, capture_output=True, text=True)
        result = dict(json.loads(done.stdout.strip().splitlines()[-1]))
        if Path(result["code_dir"]) != code:
            raise RuntimeError(f"measured {result['code_dir']}, not {code}")
        result["machine_busy_before_percent"] = busy_before
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def export_revision(revision: str, work: Path) -> Path:
    """The code of a git revision, exported once into the work folder."""
    commit = subprocess.run(["git", "rev-parse", "--short", revision], check=True, cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    folder = (work / f"code-{commit}").resolve()
    if not (folder / "reader").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", "--format=tar", commit], check=True,
                                 cwd=REPO, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


# -- the window (child process) ---------------------------------------------------------


def child(library_dir: Path, import_folder: Path) -> int:
    import psutil

    import reader
    from reader.ui.app import make_window
    from reader.ui.backup_dialog import open_library
    from reader.ui.qt import QApplication, QElapsedTimer, QSettings, QTimer, guard_none_refcount

    launched = float(os.environ.get("PARALLAX_BENCH_LAUNCHED", LAUNCHED))
    process = psutil.Process()
    guard_none_refcount()
    app = QApplication([sys.argv[0]])
    result: dict[str, Any] = {"documents": 0,
                              "code_dir": str(Path(reader.__file__).resolve().parents[1])}
    scratch = Path(tempfile.mkdtemp(prefix="bench-settings-"))
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    # As `parallax` opens it (run_app): the library, then the window on it.
    library = open_library(library_dir, lambda box: sys.exit(f"asked: {box.text()}"))
    assert library is not None
    parts = make_window(library, settings, app=app)
    window = parts.window
    peak_rss = 0.0

    def rss() -> float:
        nonlocal peak_rss
        value = process.memory_info().rss / 2**20
        peak_rss = max(peak_rss, value)
        return value

    def wait(predicate: Any, timeout_s: float = 600.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there")
            app.processEvents()
            time.sleep(0.001)

    shown: list[float] = []
    window.resize(1320, 820)
    window.show()
    QTimer.singleShot(0, lambda: shown.append(time.time()))
    gc.freeze()  # as run_app does
    wait(lambda: bool(shown))
    result["shown_s"] = shown[0] - launched
    wait(lambda: window.library_loaded)
    app.processEvents()
    result["usable_s"] = time.time() - launched
    result["documents"] = window.library_panel.model.rowCount()
    result["rss_usable_mb"] = rss()
    wait(lambda: not parts.executor.busy)
    result["search_ready_s"] = time.time() - launched
    if os.environ.get("PARALLAX_BENCH_STARTUP_ONLY"):
        result["rss_peak_mb"] = max(peak_rss, rss())
        window.close()
        library.close()
        print(json.dumps(result))
        return 0

    # A heartbeat timer: the longest gap between its ticks is the longest stall.
    clock = QElapsedTimer()
    gaps: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: (gaps.append(clock.restart()), rss()))

    def stall_during(action: Any, finished: Any) -> float:
        gaps.clear()
        clock.start()
        heartbeat.start()
        action()
        wait(finished)
        heartbeat.stop()
        return max(gaps[1:] or [0.0])

    typed: list[str] = []
    last_key = [0.0]

    def type_next() -> None:
        if len(typed) < len(QUERY):
            typed.append(QUERY[len(typed)])
            window.search.field.insert(typed[-1])
            last_key[0] = time.monotonic()
            QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    def typed_and_found() -> bool:
        results = window.search.last_results
        return len(typed) == len(QUERY) and results is not None and results.query == QUERY

    window.search.field.setFocus()
    result["typing_stall_ms"] = stall_during(type_next, typed_and_found)
    result["search_ms"] = (time.monotonic() - last_key[0]) * 1000
    result["search_hits"] = window.search.last_results.total  # type: ignore[union-attr]

    reports: list[Any] = []
    window.importer.sig_finished.connect(reports.append)
    result["import_stall_ms"] = stall_during(
        lambda: window.importer.import_paths([import_folder]), lambda: bool(reports))
    result["imported"] = len(reports[0].with_status("new"))
    result["rss_peak_mb"] = max(peak_rss, rss())
    window.close()
    library.close()
    print(json.dumps(result))
    return 0


# -- report -------------------------------------------------------------------------------


def summarise(name: str, state: str, code: str, runs: list[dict[str, Any]],
              target_s: float) -> dict[str, Any]:
    def med(key: str) -> float | None:
        values = [r[key] for r in runs if key in r]
        return round(statistics.median(values), 3) if values else None

    def worst(key: str) -> float | None:
        values = [r[key] for r in runs if key in r]
        return round(max(values), 1) if values else None

    rss = med("rss_usable_mb")
    return {
        "library": name,
        "state": state,
        "code": code,
        "documents": runs[0]["documents"],
        "runs": len(runs),
        "shown_s": med("shown_s"),
        "shown_s_min": round(min(r["shown_s"] for r in runs), 3),
        "shown_s_all": [round(r["shown_s"], 3) for r in runs],
        "usable_s": med("usable_s"),
        "usable_s_min": round(min(r["usable_s"] for r in runs), 3),
        "usable_s_all": [round(r["usable_s"], 3) for r in runs],
        "usable_target_s": target_s,
        "search_ready_s": med("search_ready_s"),
        "rss_usable_mb": round(rss, 1) if rss is not None else None,
        "rss_peak_mb": worst("rss_peak_mb"),
        "typing_stall_ms_worst": worst("typing_stall_ms"),
        "search_ms": med("search_ms"),
        "import_stall_ms_worst": worst("import_stall_ms"),
        "machine_busy_before_percent": worst("machine_busy_before_percent"),
    }


def _cell(value: float | None, unit: str, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}"


def print_table(report: list[dict[str, Any]]) -> None:
    print(f"{'library':>12} {'state':>10} {'code':>8} {'docs':>6} {'shown':>7} {'usable':>7} "
          f"{'search ok':>9} {'RSS':>6} {'peak':>6} {'type stall':>10} {'search':>7} "
          f"{'import stall':>12} {'busy':>5}")
    for row in report:
        print(f"{row['library']:>12} {row['state']:>10} {row['code']:>8} {row['documents']:>6} "
              f"{_cell(row['shown_s'], 's', 2):>7} {_cell(row['usable_s'], 's', 2):>7} "
              f"{_cell(row['search_ready_s'], 's', 2):>9} "
              f"{_cell(row['rss_usable_mb'], 'MB'):>6} {_cell(row['rss_peak_mb'], 'MB'):>6} "
              f"{_cell(row['typing_stall_ms_worst'], 'ms'):>10} "
              f"{_cell(row['search_ms'], 'ms'):>7} "
              f"{_cell(row['import_stall_ms_worst'], 'ms'):>12} "
              f"{row['machine_busy_before_percent']:>4.0f}%")
    print(f"targets: usable {TARGETS['seeds']} s (seeds) / {TARGETS['docs']} s (30,000), "
          f"RSS < {TARGETS['rss_mb']:.0f} MB, stalls < {TARGETS['stall_ms']:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=30_000,
                        help="generated documents for the large library (0: seeds only)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench-startup",
                        help="where prepared libraries are kept between runs")
    parser.add_argument("--runs", type=int, default=3, help="window starts per library")
    parser.add_argument("--states", default="backed-up",
                        help=f"comma-separated start states of {', '.join(STATES)}, or all")
    parser.add_argument("--before", metavar="REV",
                        help="also measure git revision REV, alternating with this checkout")
    parser.add_argument("--code", type=Path, default=REPO,
                        help="the checkout whose reader package is measured")
    parser.add_argument("--startup-only", action="store_true",
                        help="measure start-up only (no typing or import phase)")
    parser.add_argument("--quiet-wait", type=float, default=0.0, metavar="S",
                        help="wait up to S seconds before each run for an idle machine")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)
    states = STATES if args.states == "all" else tuple(args.states.split(","))
    unknown = set(states) - set(STATES)
    if unknown:
        parser.error(f"unknown state {sorted(unknown)[0]!r}; choose from {', '.join(STATES)}")
    args.work.mkdir(parents=True, exist_ok=True)
    codes = [("after", args.code.resolve())]
    if args.before:
        codes.insert(0, (args.before, export_revision(args.before, args.work)))
    libraries: list[tuple[str, Path | None, float, str]] = []
    seeds = prepare_seeds(args.work)
    libraries += [("seeds", seeds, TARGETS["seeds"], s) for s in states if s != "new"]
    if "new" in states:
        libraries.append(("seeds", None, TARGETS["seeds"], "new"))
    if args.docs:
        docs = prepare_docs(args.work, args.docs)
        libraries += [(f"{args.docs} docs", docs, TARGETS["docs"], s)
                      for s in states if s != "new"]
    report = []
    for name, folder, target, state in libraries:
        runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in codes}
        for _ in range(args.runs):
            for label, code in codes:  # alternating: both see the same load
                runs[label].append(measure(folder, state, args.work, args.quiet_wait, code,
                                           args.startup_only))
        report += [summarise(name, state, label, runs[label], target) for label, _ in codes]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
