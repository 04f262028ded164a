"""The library panel: a model for 100,000 documents, filters, sorting, multi-select."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.core.models import DocId, DocumentSummary
from reader.ui.app import Parts
from reader.ui.library_panel import (
    DOC_ID_ROLE,
    HIGHLIGHTS,
    IMPORTED,
    LANGUAGE,
    SOURCE,
    TITLE,
    LibraryModel,
)
from reader.ui.qt import QItemSelectionModel, Qt
from tests.ui.conftest import wait_writes

LANGS = ("de", "it", "pt", "en", "fr", "und")


def summaries(count: int) -> list[DocumentSummary]:
    return [
        DocumentSummary(
            id=DocId(f"{n:016x}"), title=f"Article {count - n:06d}", source=f"/data/a{n}.txt",
            lang=LANGS[n % len(LANGS)], lang_confidence=0.99, n_chars=1000 + n, format="txt",
            imported_at=f"2025-01-{1 + n % 28:02d}T10:00:00Z", n_annotations=n % 4,
        )
        for n in range(count)
    ]


def test_the_model_holds_100000_documents_and_sorts_them(qtbot: QtBot) -> None:
    model = LibraryModel()
    model.set_documents(summaries(100_000))
    assert model.rowCount() == 100_000 and model.columnCount() == 8
    assert model.index(0, TITLE).data() == "Article 000001"
    model.sort(LANGUAGE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, LANGUAGE).data() == "DE German"
    assert model.index(99_999, LANGUAGE).data() == "?? Unknown"
    model.sort(HIGHLIGHTS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, HIGHLIGHTS).data() == 3
    model.sort(IMPORTED, Qt.SortOrder.AscendingOrder)
    assert model.index(0, IMPORTED).data() == "2025-01-01"
    assert "10:00" in model.index(0, IMPORTED).data(Qt.ItemDataRole.ToolTipRole)
    model.sort(SOURCE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, SOURCE).data() == "a0.txt"
    model.set_filters("it", None)
    assert model.rowCount() == 100_000 // 6 + (1 if 100_000 % 6 > 1 else 0)
    assert model.index(0, LANGUAGE).data(Qt.ItemDataRole.ToolTipRole).startswith("Italian")
    model.set_filters(None, {"0000000000000005"})
    assert model.rowCount() == 1
    assert model.index(0, 0).data(DOC_ID_ROLE) == "0000000000000005"


def test_sorting_keeps_the_selection(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.library_panel
    italian = window_parts.session.library.documents.resolve("002")
    panel.show_document(italian)
    panel.table.sortByColumn(LANGUAGE, Qt.SortOrder.DescendingOrder)
    assert panel.selected_ids() == [italian]
    assert panel.current_id() == italian


def test_language_filter_lists_languages_with_counts(window_parts: Parts) -> None:
    panel = window_parts.window.library_panel
    items = [panel.language_filter.itemText(i) for i in range(panel.language_filter.count())]
    assert items == ["All languages", "DE German (3)", "IT Italian (1)", "PT Portuguese (1)"]
    panel.language_filter.setCurrentIndex(1)
    assert panel.model.rowCount() == 3
    assert {panel.model.summary(r).lang for r in range(3)} == {"de"}
    assert panel.count_label.text() == "3 of 5"
    panel.language_filter.setCurrentIndex(0)
    assert panel.model.rowCount() == 5


def test_label_filter_and_highlight_counts_follow_annotations(qtbot: QtBot,
                                                              window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    panel = window.library_panel
    italian = session.library.documents.resolve("002")
    window.open_document(italian)
    window.reading.select_span(200, 240)
    window.highlight("Claim")
    wait_writes(qtbot, session)
    row = panel.model.row_of(italian)
    assert row is not None and panel.model.index(row, HIGHLIGHTS).data() == 1
    labels = [panel.label_filter.itemText(i) for i in range(panel.label_filter.count())]
    assert labels == ["All labels", "Claim", "Evidence", "Question"]
    panel.label_filter.setCurrentIndex(1)
    assert panel.model.rowCount() == 1 and panel.model.summary(0).id == italian
    panel.label_filter.setCurrentIndex(2)
    assert panel.model.rowCount() == 0
    panel.label_filter.setCurrentIndex(0)
    assert panel.model.rowCount() == 5


def test_multi_select_and_the_export_scope(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    panel = window.library_panel
    selection = panel.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2, 3):
        selection.select(panel.model.index(row, 0), flags)
    assert len(panel.selected_ids()) == 3
    dialog = window.open_export()
    assert dialog.scope_selected.isEnabled()
    assert dialog.scope_selected.text() == "Selected documents (3)"


def test_clicking_a_row_opens_the_document(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    table = window.library_panel.table
    rect = table.visualRect(window.library_panel.model.index(1, TITLE))
    with qtbot.waitSignal(window.sig_document_opened) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] == window.library_panel.model.summary(1).id
    assert window.reading.document_id == opened.args[0]
