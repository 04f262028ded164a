"""``parallax FILE...`` (the desktop file's ``Exec=parallax %F``) opens the window and imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.library import Library
from reader.main import _wants_window
from reader.ui.app import QUIT_AFTER_SHOW_ENV, files_to_open, qt_arguments


def test_no_subcommand_or_existing_files_mean_the_window(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody.\n", encoding="utf-8")
    assert _wants_window([])
    assert _wants_window(["--data-dir", str(tmp_path)])
    assert _wants_window([str(article)])
    assert _wants_window(["--data-dir", str(tmp_path), str(article), str(tmp_path)])
    assert not _wants_window(["search", "TPU"])
    assert not _wants_window(["--data-dir", str(tmp_path), "list"])
    assert not _wants_window(["--version"])
    # Neither a command nor a file: the command line says it is not a command.
    assert not _wants_window(["serch"])


def test_files_are_split_from_qt_arguments(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    argv = ["--data-dir", str(tmp_path), str(article), "-style", "Fusion"]
    assert files_to_open(argv) == [article]
    assert qt_arguments(argv)[1:] == ["-style", "Fusion"]


def test_opening_a_file_from_the_file_manager_imports_it(tmp_path: Path) -> None:
    article = tmp_path / "incoming" / "Kurzmeldung.md"
    article.parent.mkdir()
    article.write_text(
        "# Rechenzentren brauchen mehr Strom\n\n"
        "Die neuen Rechenzentren benötigen nach Angaben des Betreibers mehr als "
        "ein Gigawatt an elektrischer Leistung.\n", encoding="utf-8")
    data_dir = tmp_path / "library"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_SHOW_ENV: "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), str(article)],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    library = Library(data_dir)
    try:
        titles = [doc.title for doc in library.documents.summaries()]
    finally:
        library.close()
    assert "Rechenzentren brauchen mehr Strom" in titles
    assert len(titles) == 6  # the five bundled articles, then the opened file
