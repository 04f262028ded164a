"""Two windows (or a window and the command line) on one library see each other's changes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import LIBRARY_LOAD_MS, WindowFactory


def test_a_highlight_made_in_another_window_appears(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    first = open_window()
    second = open_window()  # its own Library on the same folder, as a second process has
    doc_id = first.session.library.documents.resolve("001")
    first.window.open_document(doc_id)
    second.window.open_document(doc_id)
    assert first.window.highlights_panel.highlights.count() == 0

    text = second.session.document(doc_id).text  # type: ignore[union-attr]
    start = text.index("TPU")
    second.session.create(doc_id, start, start + 3, label="Claim", note="from window two")

    qtbot.waitUntil(lambda: first.window.highlights_panel.highlights.count() == 1,
                    timeout=LIBRARY_LOAD_MS)
    shown = first.window.highlights_panel.annotations[0]
    assert shown.note == "from window two"
    assert any(a.id == shown.id for a in first.window.reading.annotations)


def test_an_import_from_the_command_line_appears_in_the_library(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    from reader.cli import main as cli_main

    parts = open_window()
    model = parts.window.library_panel.model
    assert model.rowCount() == 5
    article = tmp_path / "new.txt"
    article.write_text("Ein neuer Artikel\n\nÜber Rechenzentren und ihren Strombedarf.\n",
                       encoding="utf-8")
    assert cli_main(["--data-dir", str(open_window.library_dir), "import", str(article)]) == 0
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=LIBRARY_LOAD_MS)
