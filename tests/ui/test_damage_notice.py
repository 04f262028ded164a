"""The window tells the user about damaged rows: a bar with Details…, Help → Check library…."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from reader.ui.app import Parts
from reader.ui.damage_notice import CheckDialog
from tests.ui.conftest import WindowFactory


@pytest.fixture
def damaged_dir(library_dir: Path) -> tuple[Path, str, str]:
    """The seed library with a document's paragraphs and metadata, and a highlight's
    tags, replaced by text that is not JSON (SQLite's integrity check still passes)."""
    with Library(library_dir, auto_backup=False) as library:
        doc_id = library.documents.resolve("002")
        library.annotations.create(doc_id, 0, 9, note="nota", tags=["eins"])
        [ann_id] = [a.id for a in library.annotations.query() if a.doc_id == doc_id]
    db = sqlite3.connect(library_dir / STORE_FILENAME)
    db.execute("UPDATE documents SET paragraphs = ?, metadata = ? WHERE id = ?",
               ('[[0, 12, "it", 0.9, "body", fa', "{not json", doc_id))
    db.execute("UPDATE annotations SET tags = ? WHERE id = ?", ('["eins', ann_id))
    db.commit()
    db.close()
    return library_dir, doc_id, ann_id


def help_action(parts: Parts, name: str) -> object:
    help_menu = parts.window.menuBar().actions()[-1].menu()
    [action] = [a for a in help_menu.actions() if a.objectName() == name]
    return action


def checked(qtbot: QtBot, dialog: CheckDialog) -> dict[str, object]:
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.outcome is not None
    return dialog.outcome


def test_opening_a_damaged_document_shows_the_bar_and_details_list_the_rows(
    qtbot: QtBot, open_window: WindowFactory, damaged_dir: tuple[Path, str, str],
    tmp_path: Path,
) -> None:
    _, doc_id, ann_id = damaged_dir
    parts = open_window()
    window = parts.window
    window.resize(1200, 760)
    notice = window.damage_notice
    assert not notice.isVisible()  # nothing met yet: no bar
    assert window.open_document(doc_id)
    qtbot.waitUntil(notice.isVisible, timeout=5_000)
    text = notice.message.text()
    assert "1 document" in text and "damaged" in text
    assert window.reading.view.toPlainText().strip()  # the text is shown all the same
    qtbot.waitUntil(lambda: "1 highlight" in notice.message.text(), timeout=5_000)
    window.grab().save(str(tmp_path / "damage-notice.png"))
    if os.environ.get("PARALLAX_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["PARALLAX_SCREENSHOTS"],
                                        "damage-notice.png"))

    notice.details_button.click()
    dialog = window.check_dialog
    assert dialog is not None and dialog.isVisible()
    result = checked(qtbot, dialog)
    assert result["integrity"] == "ok"
    table = dialog.table
    rows = {tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())}
    title = parts.session.library.documents.get(doc_id).title
    assert rows == {
        ("Document", title, "paragraphs and languages", doc_id),
        ("Document", title, "metadata (author, date, outlet)", doc_id),
        ("Highlight", "L’evoluzi", "tags", ann_id),  # the highlight's quote
    }
    assert "3 damaged rows." in dialog.summary.text()
    assert "Integrity check of the library file: passed." in dialog.summary.text()
    assert dialog.advice.isVisible() and "Restore from backup" in dialog.advice.text()
    dialog.grab().save(str(tmp_path / "check-dialog.png"))
    if os.environ.get("PARALLAX_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["PARALLAX_SCREENSHOTS"],
                                        "check-dialog.png"))
    notice.close_button.click()
    assert not notice.isVisible()


def test_help_check_library_on_a_sound_library_says_so(
    qtbot: QtBot, window_parts: Parts
) -> None:
    action = help_action(window_parts, "check_library")
    action.trigger()  # type: ignore[attr-defined]
    dialog = window_parts.window.check_dialog
    assert dialog is not None and dialog.isVisible()
    result = checked(qtbot, dialog)
    assert result["ok"]
    assert "No damaged rows." in dialog.summary.text()
    assert "The search index holds all 5 documents." in dialog.summary.text()
    assert not dialog.table.isVisible() and not dialog.advice.isVisible()
    assert not window_parts.window.damage_notice.isVisible()


def test_the_bar_and_the_check_speak_german(
    qtbot: QtBot, open_window: WindowFactory, damaged_dir: tuple[Path, str, str],
    tmp_path: Path,
) -> None:
    from reader.ui import i18n
    from reader.ui.qt import QApplication

    _, doc_id, _ = damaged_dir
    settings = open_window.settings()
    settings.setValue("interface/language", "de")
    settings.sync()
    try:
        parts = open_window()
        window = parts.window
        window.resize(1200, 760)
        assert window.open_document(doc_id)
        notice = window.damage_notice
        qtbot.waitUntil(lambda: "1 Markierung" in notice.message.text(), timeout=5_000)
        assert notice.message.text() == (
            "Die Bibliotheksdatei ist beschädigt bei 1 Dokument und 1 Markierung: ohne den "
            "unlesbaren Teil gezeigt.")
        assert notice.details_button.text() == "&Details…"
        dialog = window.check_library()
        checked(qtbot, dialog)
        assert "3 beschädigte Einträge." in dialog.summary.text()
        assert dialog.table.horizontalHeaderItem(2).text() == "Nicht lesbar"
        if os.environ.get("PARALLAX_SCREENSHOTS"):
            folder = os.environ["PARALLAX_SCREENSHOTS"]
            window.grab().save(os.path.join(folder, "damage-notice-de.png"))
            dialog.grab().save(os.path.join(folder, "check-dialog-de.png"))
    finally:
        app = QApplication.instance()
        if app is not None:
            i18n.install_translators(app, "en")
