"""The window: File → Import from URL…, and the Outlet, Author and Published columns with
their filters."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.library_panel import AUTHOR, IMPORTED, LANGUAGE, OUTLET, PUBLISHED, SOURCE, TITLE
from reader.ui.qt import Qt
from tests.cli.test_sources_cli import PAGE, server  # noqa: F401 (the fixture)
from tests.ui.conftest import WindowFactory

OTHER = PAGE.replace("Il Quotidiano", "La Gazzetta").replace("Giulia Bianchi", "Luca Verdi") \
    .replace("2025-11-03", "2024-05-20").replace("cambia volto", "cresce ancora") \
    .replace("fino a un milione", "fino a due milioni")


def test_import_from_url_in_the_window_adds_the_page_with_its_metadata(
    qtbot: QtBot, open_window: WindowFactory, server: str  # noqa: F811
) -> None:
    window = open_window().window
    window._ask_url = lambda parent: f"{server}/ia/infrastruttura"
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.act_import_url.trigger()
    report = finished.args[0]
    assert [o.status for o in report.outcomes] == ["new"]
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 6, timeout=10_000)
    model = window.library_panel.model
    row = model.row_of(report.outcomes[0].doc_id)
    assert row is not None
    assert model.index(row, TITLE).data() == "L'infrastruttura dell'IA cambia volto"
    assert model.index(row, OUTLET).data() == "Il Quotidiano"
    assert model.index(row, AUTHOR).data() == "Giulia Bianchi"
    assert model.index(row, PUBLISHED).data() == "2025-11-03"


def test_a_url_that_fails_is_listed_in_the_import_report(
    qtbot: QtBot, open_window: WindowFactory, server: str  # noqa: F811
) -> None:
    window = open_window().window
    window._ask_url = lambda parent: f"{server}/missing"
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000):
        window.act_import_url.trigger()
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.failures.item(0).text() == (
        f"missing: 127.0.0.1 answered 404 Not Found for {server}/missing.")


def test_outlet_author_and_published_columns_sort_and_filter(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    (tmp_path / "quotidiano.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gazzetta.html").write_text(OTHER, encoding="utf-8")
    parts = open_window()
    window = parts.window
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000):
        with qtbot.waitSignal(window.sig_library_loaded, timeout=30_000):
            window.importer.import_paths([tmp_path])
    panel = window.library_panel
    model = panel.model
    assert model.rowCount() == 7
    panel.table.sortByColumn(PUBLISHED, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, PUBLISHED).data() for r in range(3)] == ["2024-05-20", "2025-11-03",
                                                                    ""]
    panel.table.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)  # undated stay last
    assert [model.index(r, PUBLISHED).data() for r in range(3)] == ["2025-11-03", "2024-05-20",
                                                                    ""]
    panel.table.sortByColumn(OUTLET, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, OUTLET).data() for r in range(2)] == ["Il Quotidiano", "La Gazzetta"]
    assert [panel.site_filter.itemText(i) for i in range(panel.site_filter.count())] == [
        "All outlets", "Il Quotidiano (1)", "La Gazzetta (1)"]
    panel.site_filter.setCurrentIndex(2)
    assert model.rowCount() == 1 and model.index(0, AUTHOR).data() == "Luca Verdi"
    assert panel.count_label.text() == "1 of 7"
    panel.site_filter.setCurrentIndex(0)
    panel.text_filter.setText("bianchi")
    assert model.rowCount() == 1 and model.index(0, OUTLET).data() == "Il Quotidiano"
    panel.text_filter.setText("2024")
    assert model.rowCount() == 1 and model.index(0, AUTHOR).data() == "Luca Verdi"
    panel.text_filter.clear()
    assert model.rowCount() == 7
    if os.environ.get("PARALLAX_SCREENSHOT"):  # the README's picture of the columns
        window.resize(1400, 560)
        window.highlights_dock.hide()
        window.resizeDocks([window.library_dock], [1000], Qt.Orientation.Horizontal)
        for column in (LANGUAGE, SOURCE, IMPORTED):
            panel.table.setColumnHidden(column, True)
        for column in (OUTLET, AUTHOR, PUBLISHED):  # as the header's menu shows them
            panel.table.setColumnHidden(column, False)
        panel.table.setColumnWidth(TITLE, 330)
        panel.table.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)
        qtbot.wait(50)
        window.grab().save(os.environ["PARALLAX_SCREENSHOT"])


def test_a_pdf_shows_where_each_page_begins(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    from tests.document_writers import seed_article, write_pdf

    pdf = write_pdf(seed_article("002", "Mario Rossi", "2025-11-02", "it"),
                    tmp_path / "rapporto.pdf")
    window = open_window().window
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.importer.import_paths([pdf])
    doc_id = finished.args[0].outcomes[0].doc_id
    qtbot.waitUntil(lambda: window.library_panel.model.row_of(doc_id) is not None, timeout=10_000)
    with qtbot.waitSignal(window.sig_document_opened, timeout=10_000):
        window.library_panel.sig_open_document.emit(doc_id)
    view = window.reading.view
    doc = window.session.library.documents.get(doc_id)
    starts = [p for p in doc.paragraphs if p.page is not None]
    assert [page for _, page in view.pages] == sorted({p.page for p in starts})
    assert view.pages[0] == (0, 1)
    assert "Mario Rossi" in window.reading.details_label.text()
    if os.environ.get("PARALLAX_PDF_SCREENSHOT"):
        window.resize(1100, 700)
        qtbot.wait(50)
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
        qtbot.wait(50)
        window.grab().save(os.environ["PARALLAX_PDF_SCREENSHOT"])
