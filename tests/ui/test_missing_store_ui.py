"""A library file gone while its backups remain: the window asks Restore / Start a new one."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from reader.ui.backup_dialog import open_library
from reader.ui.qt import QAbstractButton, QMessageBox
from tests.ui.conftest import WindowFactory


def _backed_up(folder: Path) -> Path:
    with Library(folder, auto_backup=False) as library:
        library.annotations.create(library.documents.summaries()[0].id, 0, 12, note="keep me")
        return library.backups.make()


def _press(name: str, shown: list[QMessageBox]):  # type: ignore[no-untyped-def]
    def answer(box: QMessageBox) -> QAbstractButton | None:
        shown.append(box)
        if os.environ.get("PARALLAX_SCREENSHOT_DIR"):
            box.show()
            box.grab().save(os.path.join(os.environ["PARALLAX_SCREENSHOT_DIR"], "missing.png"))
        [button] = [b for b in box.buttons() if b.text() == name]
        return button
    return answer


def test_restore_brings_the_annotated_library_back(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    good = _backed_up(folder)
    (folder / STORE_FILENAME).unlink()
    shown: list[QMessageBox] = []
    library = open_library(folder, _press("Restore newest backup", shown))
    assert library is not None
    try:
        [box] = shown
        assert "is missing" in box.text() and str(good) in box.text()
        assert {b.text() for b in box.buttons()} >= {"Restore newest backup",
                                                     "Start a new library"}
        assert library.annotations.count() == 1
    finally:
        library.close()


def test_start_a_new_library_keeps_the_backups(qtbot: QtBot, tmp_path: Path,
                                               open_window: WindowFactory) -> None:
    folder = tmp_path / "lib"
    good = _backed_up(folder)
    (folder / STORE_FILENAME).write_bytes(b"")
    shown: list[QMessageBox] = []
    library = open_library(folder, _press("Start a new library", shown))
    assert library is not None
    try:
        # The new library gets the bundled articles once the window shows (on the worker).
        parts = open_window(library=library)
        assert parts.window.library_panel.model.rowCount() == 5
        assert library.annotations.count() == 0 and library.documents.count() == 5
        assert good.exists()
    finally:
        open_window.close_all()
        library.close()


def test_closing_the_question_opens_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    _backed_up(folder)
    (folder / STORE_FILENAME).unlink()
    assert open_library(folder, lambda box: box.button(
        QMessageBox.StandardButton.Close)) is None
    assert not (folder / STORE_FILENAME).exists()
