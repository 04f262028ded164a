"""The must-show runs of the reliability work (issue 14), on a real corpus.

1. Kill -9 at a random moment during a large import, ``--trials`` times (default 10 on
   2,000 files): afterwards no Parallax process survives, ``search`` answers at once
   (reported: stored documents the index lacked at the kill, the time of the first
   search and of the same search again), every stored document is in the index exactly
   once, no document is stored twice.
2. ``--importers`` processes (default 3) importing ``--files`` files each (default 50)
   into one library at once, while an annotate loop runs: failures and tracebacks
   counted (the goal is 0 and 0), then the same consistency check.

Usage::

    python benchmarks/reliability_runs.py --corpus DIR [--trials 10] [--files 50]
    python benchmarks/reliability_runs.py --generate 2000 --source ../shared/parallel-dev/regular

``--corpus`` is a folder of articles (at least 2,000 for the kill runs);
``--generate N`` makes one with ``generate_corpus.py`` (which reads ``--source``).
Prints a table, or JSON with ``--json``. Run it with ``nice`` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.importing import collect_files  # noqa: E402
from reader.core.library import Library  # noqa: E402

ENV = {**os.environ, "PARALLAX_AUTO_BACKUP": "0"}


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args]


def parallax_processes(data_dir: Path) -> list[int]:
    """Every live process whose command line names this library (writers included)."""
    found = []
    for proc in psutil.process_iter(["pid", "cmdline", "status"]):
        try:
            if proc.info["status"] == psutil.STATUS_ZOMBIE:
                continue
            if str(data_dir) in " ".join(proc.info["cmdline"] or []):
                found.append(proc.info["pid"])
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def consistency(data_dir: Path) -> dict[str, Any]:
    """Store and index agree: every stored document indexed once, nothing stored twice."""
    with Library(data_dir, auto_backup=False) as library:
        library.search.sync()
        summaries = library.documents.summaries()
        stored = {s.id for s in summaries}
        sources = [s.source for s in summaries]
        reader = library.search.index.searcher.reader()
        indexed = [fields["id"] for _, fields in reader.iter_docs()]
        return {
            "stored": len(stored),
            "indexed": len(indexed),
            "duplicate_sources": len(sources) - len(set(sources)),
            "duplicate_index_ids": len(indexed) - len(set(indexed)),
            "missing_from_index": len(stored - set(indexed)),
            "extra_in_index": len(set(indexed) - stored),
            "integrity": library.store.integrity_check(),
        }


QUERY = "the OR der OR il OR o"


def unindexed_at_kill(data_dir: Path) -> int:
    """Stored documents the committed index lacks, as the killed import left them: what
    the next command has to index before it can answer."""
    import whoosh.index

    with Library(data_dir, auto_backup=False, seed_if_empty=False) as library:
        stored = {s.id for s in library.documents.summaries()}
    try:
        ix = whoosh.index.open_dir(str(data_dir / "index"))
    except whoosh.index.EmptyIndexError:  # killed before the first index was written
        return len(stored)
    try:
        with ix.searcher() as searcher:
            indexed = {fields["id"] for _, fields in searcher.reader().iter_docs()}
    finally:
        ix.close()
    return len(stored - indexed)


def consistent(check: dict[str, Any]) -> bool:
    return (check["integrity"] == "ok" and not check["duplicate_sources"]
            and not check["duplicate_index_ids"] and not check["missing_from_index"]
            and not check["extra_in_index"])


def timed(cmd: list[str], timeout: float = 120) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=ENV,
                          cwd=REPO)
    return time.perf_counter() - start, done


def kill_trials(corpus: Path, work: Path, trials: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    # One whole import first: how long it takes, so that kills land anywhere inside it.
    reference = work / "reference"
    full_s, done = timed(cli(reference, "import", str(corpus)), timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"the reference import failed: {done.stderr[-500:]}")
    rows = []
    estimate = full_s  # shrinks when an import finishes before its kill (a quieter machine)
    for trial in range(trials):
        for attempt in range(20):  # the kill must land while the import runs
            data_dir = work / f"kill-{trial}-{attempt}"
            started = time.perf_counter()
            proc = subprocess.Popen(cli(data_dir, "import", str(corpus)), env=ENV, cwd=REPO,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            delay = rng.uniform(0.03, 0.97) * estimate
            while proc.poll() is None and time.perf_counter() - started < delay:
                time.sleep(0.01)
            if proc.poll() is None:
                break
            estimate = min(estimate, time.perf_counter() - started)
            shutil.rmtree(data_dir, ignore_errors=True)
        children = [p.pid for p in psutil.Process(proc.pid).children(recursive=True)]
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 5
        while parallax_processes(data_dir) and time.monotonic() < deadline:
            time.sleep(0.05)
        survivors = parallax_processes(data_dir)
        unindexed = unindexed_at_kill(data_dir)
        # The first search after the kill (it catches up whatever the kill left to index)
        # and the same search again (what any search costs in a new process: start-up,
        # the lemma dictionaries of the query's languages): their difference is catch-up.
        search_s, searched = timed(cli(data_dir, "search", QUERY), 120)
        again_s, _ = timed(cli(data_dir, "search", QUERY), 120)
        check = consistency(data_dir)
        rows.append({
            "trial": trial, "killed_after_s": round(delay, 2),
            "writer_children_at_kill": len(children), "survivors": len(survivors),
            "unindexed_at_kill": unindexed,
            "search_s": round(search_s, 2), "search_again_s": round(again_s, 2),
            "search_exit": searched.returncode,
            "traceback": "Traceback" in searched.stderr, **check,
            "consistent": consistent(check),
        })
        for pid in survivors:  # never leave them behind, whatever the result
            with_suppress_kill(pid)
        print(json.dumps(rows[-1]), file=sys.stderr)
    return {"full_import_s": round(full_s, 1), "trials": rows}


def with_suppress_kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def concurrent_run(corpus: Path, work: Path, importers: int, files: int) -> dict[str, Any]:
    paths, _ = collect_files([corpus])
    if len(paths) < importers * files:
        raise SystemExit(f"the corpus has {len(paths)} files; {importers * files} are needed")
    data_dir = work / "concurrent"
    subprocess.run(cli(data_dir, "info"), check=True, capture_output=True, env=ENV, cwd=REPO)
    with Library(data_dir, auto_backup=False) as library:
        target = library.documents.summaries()[0]
        length = len(library.documents.get(target.id).text)
    slices = []
    for k in range(importers):
        folder = work / f"slice-{k}"
        folder.mkdir()
        for i, path in enumerate(paths[k * files:(k + 1) * files]):
            shutil.copyfile(path, folder / f"{k}-{i:04d}{path.suffix}")
        slices.append(folder)
    start = time.perf_counter()
    procs = [subprocess.Popen(cli(data_dir, "import", str(folder)), env=ENV, cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in slices]
    annotations = failures = tracebacks = 0
    annotate_failures: list[str] = []
    step = max(1, length // 60)
    while any(p.poll() is None for p in procs) or annotations < 10:
        span = (annotations * step) % max(1, length - 5)
        done = subprocess.run(
            cli(data_dir, "annotate", target.id, "--start", str(span), "--end", str(span + 4),
                "--note", f"loop{annotations}"),
            capture_output=True, text=True, env=ENV, cwd=REPO)
        annotations += 1
        if done.returncode != 0:
            failures += 1
            annotate_failures.append(done.stderr.strip()[-200:])
        tracebacks += "Traceback" in done.stderr
    import_failures = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            failures += 1
            import_failures.append(err.strip()[-300:])
        tracebacks += "Traceback" in err
    elapsed = time.perf_counter() - start
    check = consistency(data_dir)
    with Library(data_dir, auto_backup=False) as library:
        notes = library.annotations.count()
    return {
        "importers": importers, "files_each": files, "annotate_calls": annotations,
        "failures": failures, "tracebacks": tracebacks, "seconds": round(elapsed, 1),
        "annotations_stored": notes, "import_errors": import_failures,
        "annotate_errors": annotate_failures[:3], **check, "consistent": consistent(check),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--corpus", type=Path, help="a folder of articles")
    source.add_argument("--generate", type=int, metavar="N",
                        help="generate N articles with generate_corpus.py")
    parser.add_argument("--source", type=Path, help="generate_corpus.py --source")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--importers", type=int, default=3)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-kills", action="store_true")
    parser.add_argument("--skip-concurrent", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--work", type=Path, help="work folder (kept)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="parallax-reliability-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if corpus is None:
        corpus = work / "corpus"
        cmd = [sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"), str(corpus),
               "--count", str(args.generate), "--seed", str(args.seed)]
        if args.source:
            cmd += ["--source", str(args.source)]
        subprocess.run(cmd, check=True)
    results: dict[str, Any] = {"corpus": str(corpus),
                               "files": len(collect_files([corpus])[0])}
    try:
        if not args.skip_kills:
            results["kill9"] = kill_trials(corpus, work, args.trials, args.seed)
        if not args.skip_concurrent:
            results["concurrent"] = concurrent_run(corpus, work, args.importers, args.files)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    if "kill9" in results:
        kills = results["kill9"]
        print(f"kill -9 during a {results['files']}-file import "
              f"(a whole import takes {kills['full_import_s']} s):")
        print("trial  killed at  writers  survivors  unindexed  1st search s  again s  "
              "stored  indexed  consistent")
        for row in kills["trials"]:
            print(f"{row['trial']:5}  {row['killed_after_s']:8.1f}s  "
                  f"{row['writer_children_at_kill']:7}  {row['survivors']:9}  "
                  f"{row['unindexed_at_kill']:9}  {row['search_s']:12.2f}  "
                  f"{row['search_again_s']:7.2f}  {row['stored']:6}  {row['indexed']:7}  "
                  f"{row['consistent']}")
        extra = [r["search_s"] - r["search_again_s"] for r in kills["trials"]]
        print(f"first search after a kill minus the same search again: max "
              f"{max(extra):.2f} s, mean {sum(extra) / len(extra):.2f} s")
    if "concurrent" in results:
        run = results["concurrent"]
        print(f"{run['importers']} importers x {run['files_each']} files + "
              f"{run['annotate_calls']} annotate calls: {run['failures']} failures, "
              f"{run['tracebacks']} tracebacks, {run['seconds']} s; stored {run['stored']}, "
              f"indexed {run['indexed']}, consistent {run['consistent']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
