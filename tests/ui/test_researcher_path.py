"""The researcher's path through the real widgets.

Search, read, highlight, note, reopen, undo, export.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.qt import QApplication, QModelIndex, Qt, QTextEdit
from reader.ui.search_panel import ENTRY_ROLE
from tests.ui.conftest import WaitForPreview, WindowFactory, landed

QUOTE = "un milione di unità"
NOTE = "Up to one million TPUs: the same figure as the German original."


def result_row(parts_window: object, lang: str) -> QModelIndex:
    model = parts_window.search.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        entry = index.data(ENTRY_ROLE)
        if entry.kind == "document" and entry.hit.lang == lang:
            return index
    raise AssertionError(f"no {lang} result")


def highlighted_texts(view: QTextEdit) -> list[str]:
    return [s.cursor.selectedText() for s in view.extraSelections()]


def test_search_read_highlight_reopen_undo_export(
    qtbot: QtBot, open_window: WindowFactory, saved_exports: list[Path]
) -> None:
    parts = open_window()
    window = parts.window
    window.activateWindow()

    # Ctrl+F puts the cursor in the search field; typing is debounced, then searched.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.field
    with qtbot.waitSignal(window.search.sig_results, timeout=10_000) as searched:
        qtbot.keyClicks(window.search.field, "TPU")
    results = searched.args[0]
    assert results.total == 5
    assert window.search.model.rowCount() == 5
    assert window.search.status_label.text() == "5 documents match."

    # Opening the Italian result scrolls the article to its first hit.
    index = result_row(window, "it")
    rect = window.search.results.visualRect(index)
    with qtbot.waitSignal(window.sig_document_opened):
        qtbot.mouseClick(window.search.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    doc = window.reading.document
    assert doc is not None and doc.lang == "it"
    hits = window.reading.hits
    assert window.reading.hit_status() == f"hit 1 of {len(hits)}"
    assert window.hit_status.text() == window.reading.hit_status()
    start, end = hits[0]
    assert window.reading.selected_span() is None  # the hit is marked, not selected
    laid_out = window.reading.laid_out
    assert laid_out is not None
    assert laid_out.offsets.offset(window.reading.view.textCursor().position()) == start
    assert doc.text[start:end].upper().startswith("TPU")

    # Select the claim in the article and label it Claim with the "1" key.
    first = doc.text.index(QUOTE)
    window.reading.select_span(first, first + len(QUOTE))
    window.reading.view.setFocus()
    with qtbot.waitSignal(parts.session.sig_changed, timeout=5_000):
        qtbot.keyClick(window.reading.view, Qt.Key.Key_1)
    [annotation] = parts.session.annotations_for(doc.id)
    assert annotation.label == "Claim"
    assert annotation.selector.exact == QUOTE
    assert (annotation.selector.start, annotation.selector.end) == (first, first + len(QUOTE))
    assert QUOTE in highlighted_texts(window.reading.view)
    assert window.highlights_panel.current is not None
    assert window.highlights_panel.current.id == annotation.id

    # The note is saved as you type (after a short pause), with no Save button.
    with qtbot.waitSignal(parts.session.sig_changed, timeout=5_000):
        qtbot.keyClicks(window.highlights_panel.note, NOTE)
    assert parts.session.annotation(annotation.id).note == NOTE  # type: ignore[union-attr]
    # Quit (closing the window and the library), then start again on the same folder.
    open_window.close(parts)
    reopened = open_window()
    window = reopened.window
    assert window.reading.document_id == doc.id  # the last open document is remembered
    [again] = window.highlights_panel.annotations
    assert (again.id, again.label, again.note) == (annotation.id, "Claim", NOTE)
    assert QUOTE in highlighted_texts(window.reading.view)


def test_undo_after_reopening_then_export_markdown(
    qtbot: QtBot, open_window: WindowFactory, saved_exports: list[Path],
    wait_for_preview: WaitForPreview,
) -> None:
    """Within one running app, a reopened window can still undo; the export has the note."""
    parts = open_window()
    window = parts.window
    italian = parts.session.library.documents.resolve("002")
    window.open_document(italian)
    doc = window.reading.document
    assert doc is not None
    first = doc.text.index(QUOTE)
    window.reading.select_span(first, first + len(QUOTE))
    ann_id = landed(qtbot, lambda then: window.highlight("Claim", then))
    assert ann_id is not None
    window.highlights_panel.note.setPlainText(NOTE)
    with qtbot.waitSignal(parts.session.sig_changed, timeout=5_000):
        pass  # the note's autosave
    library = parts.session.library

    # Close this window; open a new one on the same (still open) library.
    window.close()
    reopened = open_window(library=library)
    window = reopened.window
    assert [a.id for a in window.highlights_panel.annotations] == [ann_id]
    assert window.act_undo.isEnabled()

    # Ctrl+Z undoes the note edit, then the highlight itself.
    window.activateWindow()
    window.reading.view.setFocus()
    with qtbot.waitSignal(reopened.session.sig_changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopened.session.annotation(ann_id).note == ""  # type: ignore[union-attr]
    with qtbot.waitSignal(reopened.session.sig_changed):
        window.act_undo.trigger()
    assert window.highlights_panel.annotations == []
    assert QUOTE not in highlighted_texts(window.reading.view)
    assert "Redo" in window.act_redo.text()

    # Ctrl+Shift+Z brings both back.
    for _ in range(2):
        with qtbot.waitSignal(reopened.session.sig_changed):
            qtbot.keyClick(window, Qt.Key.Key_Z,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [restored] = window.highlights_panel.annotations
    assert (restored.id, restored.note) == (ann_id, NOTE)

    # File → Export… as Markdown contains the highlight and its note.
    dialog = window.open_export()
    dialog.set_format("md")
    wait_for_preview(dialog)
    assert dialog.scope_current.isChecked()
    assert QUOTE in dialog.preview.toPlainText()
    saved = dialog.save()
    assert saved == saved_exports[-1]
    text = saved.read_text(encoding="utf-8")
    assert QUOTE in text and NOTE in text and "Claim" in text
