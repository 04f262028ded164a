"""The command line starts fast: each command imports only what it needs.

Timings are not asserted (tests never depend on the machine's speed); what a command
imports is, since that is what makes `parallax --version` cost 0.6 s instead of 0.05 s.
The measured start-up times are in README.md (benchmarks/bench_cli.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

#: Modules no command that does not search, import or compare may load.
HEAVY = ("whoosh", "langdetect", "langdetect_rs", "markdown", "reader.core.numbers",
         "reader.core.align", "reader.core.compare", "reader.core.search", "PySide6",
         "simplemma")


def loaded_after(code: str, env_dir: Path | None = None) -> list[str]:
    """The heavy modules loaded by running ``code`` in a fresh interpreter."""
    probe = (
        "import json, sys\n"
        f"{code}\n"
        "heavy = {h!r}\n"
        "print(json.dumps(sorted({{m for m in sys.modules for h in heavy "
        "if m == h or m.startswith(h + '.')}})), file=sys.stderr)\n"
    ).format(h=HEAVY)
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=True)
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


def test_importing_the_command_line_loads_nothing_heavy() -> None:
    assert loaded_after("import reader.cli, reader.main") == []


def test_version_loads_nothing_heavy_and_not_even_the_command_line() -> None:
    code = ("from reader.main import main\nassert main(['--version']) == 0\n"
            "assert 'reader.cli' not in sys.modules and 'reader.core' not in sys.modules")
    assert loaded_after(code) == []


def test_list_opens_neither_the_index_nor_the_language_detector(library_dir: Path) -> None:
    code = (f"from reader.main import main\n"
            f"assert main(['--data-dir', {str(library_dir)!r}, 'list', '--json']) == 0")
    assert loaded_after(code) == []


def test_search_loads_the_index_but_not_the_detector_or_markdown(library_dir: Path) -> None:
    code = (f"from reader.main import main\n"
            f"assert main(['--data-dir', {str(library_dir)!r}, 'search', 'TPU', '--json']) == 0")
    loaded = loaded_after(code)
    assert "whoosh" in loaded and "reader.core.search.index" in loaded
    assert not {"langdetect", "langdetect_rs", "markdown", "PySide6"} & set(loaded)


def test_a_search_repeated_in_a_new_process_needs_no_lemma_dictionary(
    library_dir: Path,
) -> None:
    """The query's words were analysed by the first search; the next process reads their
    lemmas from the cache folder instead of loading simplemma's dictionaries."""
    code = (f"from reader.main import main\n"
            f"assert main(['--data-dir', {str(library_dir)!r}, 'search', 'Nvidia TPU']) == 0")
    assert "simplemma" in loaded_after(code)
    assert "simplemma" not in loaded_after(code)
    other = code.replace("Nvidia TPU", "Chips")
    assert "simplemma" in loaded_after(other)  # a word never searched: simplemma's job


def test_version_prints_the_version() -> None:
    done = subprocess.run([sys.executable, "-m", "reader", "--version"], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=True)
    from reader import __version__

    assert done.stdout.strip() == f"parallax {__version__}"
