"""One huge plain text (issue 14): import time and peak memory, Parallax vs bare whoosh.

Parallax imports the file into a new library (``library.imports.paths``: read, parse,
language tags per paragraph, store, index, all in one process for one file); the bare
script (``bare_whoosh.py``) reads it, tags its language and indexes it with the same
schema fields and whoosh's own analyzers. Each side runs in a fresh interpreter; peak RSS
is the larger of the process's own and its children's (``getrusage``). Afterwards words
from the start, the middle and the end of the text are searched in Parallax's library.

Usage::

    python benchmarks/bench_huge_text.py --text FILE
    python benchmarks/bench_huge_text.py --generate 19.9 --source ../shared/inflection-dev/corpus

``--generate MB`` writes a text of that many megabytes from the ``.txt`` files of
``--source`` (their paragraphs in turn, each ending in a numbered marker word so that the
vocabulary keeps growing as in a real long text).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def generate(path: Path, megabytes: float, source: Path) -> None:
    paragraphs: list[str] = []
    for file in sorted(source.glob("*.txt")):
        paragraphs += [p.strip() for p in file.read_text(encoding="utf-8").split("\n\n")
                       if p.strip()]
    if not paragraphs:
        raise SystemExit(f"{source} has no .txt files with text")
    limit = int(megabytes * 1_000_000)
    out, size, i = [], 0, 0
    while size < limit:
        para = f"{paragraphs[i % len(paragraphs)]} Abschnitt{i}."
        out.append(para)
        size += len(para.encode("utf-8")) + 2
        i += 1
    data = "\n\n".join(out).encode("utf-8")[:limit]
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def phase_parallax(text: Path, work: Path) -> dict[str, float]:
    from reader.core.library import Library

    start = time.perf_counter()
    with Library(work / "lib", seed_if_empty=False, auto_backup=False) as library:
        report = library.imports.paths([text])
        seconds = time.perf_counter() - start
        peak = peak_mb()  # the import's, before anything else is read
        assert report.ok, report.summary()
        data = text.read_bytes()
        middle = len(data) // 2
        probes = [data[:200].split()[0], data[middle:middle + 200].split()[1],
                  data[-200:].split()[-1]]
        words = [w.decode("utf-8", "ignore").strip(".,;:!?\"'") for w in probes]
        found = {w: library.search.query(f'"{w}"').total for w in words}
    return {"seconds": seconds, "peak_mb": peak, "found": found}  # type: ignore[dict-item]


def phase_bare(text: Path, work: Path) -> dict[str, float]:
    from benchmarks import bare_whoosh

    folder = work / "bare-in"
    folder.mkdir()
    os.link(text, folder / text.name) if text.stat().st_dev == folder.stat().st_dev else \
        (folder / text.name).write_bytes(text.read_bytes())
    start = time.perf_counter()
    bare_whoosh.bare_import(folder, work / "bare-index")
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def run_phase(name: str, text: Path, work: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--text", str(text), "--work", str(work)],
        capture_output=True, text=True, cwd=REPO,
        env={**os.environ, "PARALLAX_AUTO_BACKUP": "0"})
    if done.returncode != 0:
        raise SystemExit(f"{name} failed: {done.stderr[-800:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--text", type=Path)
    parser.add_argument("--generate", type=float, metavar="MB")
    parser.add_argument("--source", type=Path)
    parser.add_argument("--phase", choices=("parallax", "bare"))
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.phase:
        phase = phase_parallax if args.phase == "parallax" else phase_bare
        print(json.dumps(phase(args.text, args.work)))
        return 0
    with tempfile.TemporaryDirectory(prefix="parallax-huge-") as tmp:
        work = Path(tmp)
        text = args.text
        if text is None:
            if not (args.generate and args.source):
                parser.error("give --text FILE or --generate MB --source DIR")
            text = work / "huge.txt"
            generate(text, args.generate, args.source)
        size_mb = text.stat().st_size / 1_000_000
        (work / "p").mkdir()
        (work / "b").mkdir()
        ours = run_phase("parallax", text, work / "p")
        bare = run_phase("bare", text, work / "b")
    results = {"text_mb": round(size_mb, 1), "parallax": ours, "bare_whoosh": bare}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{size_mb:.1f} MB text  | import s | peak RSS MB | RSS / text size")
    for name, row in (("Parallax", ours), ("bare whoosh", bare)):
        print(f"{name:14} | {row['seconds']:8.1f} | {row['peak_mb']:11.0f} | "
              f"{row['peak_mb'] / size_mb:5.1f}x")
    print(f"Parallax finds the first, middle and last word: {ours['found']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
