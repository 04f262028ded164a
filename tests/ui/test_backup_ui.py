"""File → Back up library now… and Restore from backup…, and a damaged library at start-up."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from reader.ui.app import Parts
from reader.ui.backup_dialog import BackupsDialog, open_library
from reader.ui.qt import QAbstractButton, QApplication, QMessageBox, Qt
from tests.ui.conftest import WindowFactory, create


def file_action(parts: Parts, name: str) -> object:
    [action] = [a for a in parts.window.menuBar().actions()[0].menu().actions()
                if a.objectName() == name]
    return action


def back_up(qtbot: QtBot, parts: Parts) -> tuple[BackupsDialog, Path]:
    """File → Back up library now…: the backups dialog and the new backup."""
    window = parts.window
    with qtbot.waitSignal(window.backups.sig_backed_up, timeout=20_000) as made:
        file_action(parts, "backup").trigger()  # type: ignore[attr-defined]
        assert window.backups_dialog is not None
        assert window.backups_dialog.busy.isVisible()
    dialog = window.backups_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog, Path(made.args[0])


def highlight(qtbot: QtBot, parts: Parts, quote: str) -> str:
    session = parts.session
    doc_id = session.library.documents.resolve("002")
    start = session.library.documents.get(doc_id).text.index(quote)
    return create(qtbot, session, doc_id, start, start + len(quote), label="Claim")


def test_back_up_now_lists_the_new_backup_first(qtbot: QtBot, window_parts: Parts) -> None:
    dialog, made = back_up(qtbot, window_parts)
    assert made.is_file() and made.parent.name == "backups"
    assert dialog.paths()[0] == made and dialog.selected_path() == made
    table = dialog.table
    when, kind, size = (table.item(0, c).text() for c in range(3))
    assert kind == "made by you"
    assert len(when) == 16 and when[4] == "-"  # YYYY-MM-DD HH:MM, local time
    assert size.endswith("kB") or size.endswith("MB")
    assert dialog.status.text() == f"Backed up to {made}."
    assert not dialog.busy.isVisible() and dialog.restore_button.isEnabled()
    assert str(made) in window_parts.window.statusBar().currentMessage()
    for widget in (table, dialog.backup_button, dialog.restore_button, dialog.status):
        assert widget.accessibleName()


def test_restore_asks_first_then_reloads_everything(qtbot: QtBot, window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    kept = highlight(qtbot, window_parts, "un milione di unità")
    dialog, made = back_up(qtbot, window_parts)
    later = highlight(qtbot, window_parts, "TPU")
    window.open_document(session.library.documents.resolve("002"))
    assert len(window.highlights_panel.annotations) == 2

    # File → Restore from backup… lists the backup; Restore asks first, Cancel does nothing.
    file_action(window_parts, "restore").trigger()  # type: ignore[attr-defined]
    dialog = window.backups_dialog
    assert dialog is not None and dialog.select_path(made)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert box is not None and box.isVisible()
    when = dialog.table.item(dialog.table.currentRow(), 0).text()
    assert box.text() == f"Replace the library with the backup from {when}?"
    assert "kept first" in box.informativeText()
    assert "search index is rebuilt" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not window.backups.running and session.annotation(later) is not None

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert box is not None
    with qtbot.waitSignal(window.backups.sig_restored, timeout=30_000) as restored:
        dialog.restore_confirm.click()
        # While the file is replaced the window takes no input (the dialog is modal and
        # stays open); the dialog shows progress.
        assert QApplication.activeModalWidget() is dialog
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert dialog.busy.isVisible() and not dialog.close_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible()
    saved = restored.args[1]
    assert not dialog.busy.isVisible() and dialog.close_button.isEnabled()
    assert [a.id for a in window.highlights_panel.annotations] == [kept]
    assert session.annotation(later) is None
    assert not window.act_undo.isEnabled()  # the history belonged to the replaced library
    assert dialog.status.text() == (f"Restored the backup {made.name}. "
                                    f"The library as it was is kept as {saved.name}.")
    kinds = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "the library before a restore" in kinds
    # The index was rebuilt: search still finds the articles.
    with qtbot.waitSignal(window.search.sig_results, timeout=20_000) as found:
        window.search.set_query("TPU")
    assert found.args[0].total == 5


def damage(folder: Path) -> None:
    (folder / STORE_FILENAME).write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (folder / (STORE_FILENAME + suffix)).unlink(missing_ok=True)


def test_a_damaged_library_offers_its_newest_backup_at_start_up(
        qtbot: QtBot, library_dir: Path, open_window: WindowFactory) -> None:
    with Library(library_dir) as library:
        good = library.backups.make()
    damage(library_dir)
    shown: list[QMessageBox] = []

    def restore_newest(box: QMessageBox) -> QAbstractButton | None:
        shown.append(box)
        [button] = [b for b in box.buttons() if b.text() == "Restore newest backup"]
        assert box.defaultButton() is button
        return button

    library = open_library(library_dir, restore_newest)
    assert library is not None
    [box] = shown
    assert "damaged" in box.text() and str(good) in box.text()
    assert "kept in the backups folder" in box.informativeText()
    try:
        parts = open_window(library=library)
        assert parts.window.library_panel.model.rowCount() == 5
    finally:
        open_window.close_all()
        library.close()
    kept = sorted((library_dir / "backups").glob("before-restore-*"))
    assert kept and kept[0].read_bytes().startswith(b"garbage")


def test_declining_or_having_no_backup_opens_nothing(library_dir: Path, tmp_path: Path
                                                    ) -> None:
    with Library(library_dir) as library:
        library.backups.make()
    damage(library_dir)
    assert open_library(library_dir, lambda box: box.button(
        QMessageBox.StandardButton.Close)) is None
    assert (library_dir / STORE_FILENAME).read_bytes().startswith(b"garbage")

    bare = tmp_path / "bare"
    bare.mkdir()
    damage(bare)
    shown: list[QMessageBox] = []
    assert open_library(bare, lambda box: shown.append(box)) is None  # type: ignore[func-returns-value]
    [box] = shown
    assert "no good backup" in box.text()
    assert [b.text() for b in box.buttons()] == [
        box.button(QMessageBox.StandardButton.Close).text()]
