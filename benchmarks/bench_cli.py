"""Command-line start-up: `parallax --version`, `list --json`, `search TPU --json`.

Each command runs N times in a fresh process on a library of the five seed articles; the
minimum wall time is compared with the same venv's bare `python -c pass` (the targets of
issue 9: at most 4x, 8x and 12x). A search's query words are analysed once and kept in the
cache folder, so a fourth row searches a word never searched before on every run (its
lemma comes from simplemma's dictionaries, themselves kept indexed in the cache folder).
Prints a table, or JSON with --json.

    python benchmarks/bench_cli.py [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"--version": 4.0, "list --json": 8.0, "search TPU --json": 12.0}
# Words of the seeds, each searched once (a new query word on every run).
NEW_WORDS = ("Rechenzentren", "Halbleiter", "Grafikprozessoren", "Wettbewerber", "Anbieter",
             "Entwickler", "Leistung", "Modelle", "Kunden", "Märkte", "processori",
             "concorrenti", "aziende", "prestazioni", "mercati", "processadores",
             "concorrentes", "empresas", "desempenho", "mercados", "clientes", "modelos",
             "fornitori", "sviluppatori", "Chipsätze")


def best_of(commands: list[list[str]], env: dict[str, str]) -> float:
    best = float("inf")
    for command in commands:
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    script = Path(sys.executable).with_name("parallax")
    parallax = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PARALLAX_DATA_DIR=str(Path(tmp) / "library"),
                   PARALLAX_AUTO_BACKUP="0", XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        subprocess.run([*parallax, "list"], env=env, stdout=subprocess.DEVNULL, check=True)
        subprocess.run([*parallax, "search", "TPU"], env=env, stdout=subprocess.DEVNULL,
                       check=True)  # the first search builds the index: not measured
        bare = best_of([[sys.executable, "-c", "pass"]] * args.runs, env)
        rows = []
        for command, target in TARGETS.items():
            seconds = best_of([[*parallax, *command.split()]] * args.runs, env)
            rows.append({"command": f"parallax {command}", "seconds": round(seconds, 4),
                         "ratio": round(seconds / bare, 2), "target_ratio": target})
        words = [NEW_WORDS[i % len(NEW_WORDS)] + ("" if i < len(NEW_WORDS) else str(i))
                 for i in range(args.runs)]
        seconds = best_of([[*parallax, "search", word, "--json"] for word in words], env)
        rows.append({"command": "parallax search NEW-WORD --json", "seconds": round(seconds, 4),
                     "ratio": round(seconds / bare, 2), "target_ratio": None})
        shutil.rmtree(Path(tmp) / "library", ignore_errors=True)
    if args.json:
        print(json.dumps({"python_pass_s": round(bare, 4), "runs": args.runs, "rows": rows},
                         indent=2))
        return 0
    print(f"python -c pass: {bare * 1000:.0f} ms (minimum of {args.runs} runs)")
    for row in rows:
        target = row["target_ratio"]
        verdict = ("no target" if target is None else
                   f"target <= {target:.0f}x: "
                   + ("ok" if row["ratio"] <= target else "over target"))
        print(f"{row['command']:32} {row['seconds'] * 1000:6.0f} ms  {row['ratio']:5.1f}x "
              f"({verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
