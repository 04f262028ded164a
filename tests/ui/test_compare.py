"""Comparing sources in the window: side by side, scrolling together, finding a passage in
the other sources, linking it as the same claim, the claims view and near-duplicates."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.app import Parts
from reader.ui.compare_pane import ComparePane, interpolate
from reader.ui.qt import (
    QAbstractButton,
    QHeaderView,
    QItemSelectionModel,
    Qt,
    QTextEdit,
    QWidget,
)
from tests.ui.conftest import WindowFactory, landed
from tests.ui.test_window import CONTROLS

QUOTE = "bis zu eine Million Tensor Processing Units (TPUs)"
ALIGN_MS = 20_000
MILLION_TPUS = {"001": "eine Million", "002": "un milione", "003": "eine Million",
                "004": "um milhão"}


def select_in_library(parts: Parts, ids: list[str]) -> None:
    """Ctrl-click rows, as a reader picks documents to compare."""
    table = parts.window.library_panel.table
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for doc_id in ids:
        row = parts.window.library_panel.model.row_of(doc_id)
        assert row is not None
        selection.select(parts.window.library_panel.model.index(row, 0), flags)


def compare_from_library(qtbot: QtBot, parts: Parts, ids: list[str]) -> None:
    window = parts.window
    select_in_library(parts, ids)
    assert window.act_compare.isEnabled()
    assert window.act_compare in window.library_panel.table.actions()  # its right-click menu
    with qtbot.waitSignal(window.compare.sig_aligned, timeout=ALIGN_MS):
        window.act_compare.trigger()


def paragraph_starting(parts: Parts, doc_id: str, text: str) -> int:
    doc = parts.session.library.documents.get(doc_id)
    return next(p.start for p in doc.paragraphs if doc.text[p.start : p.end].startswith(text))


def top_text(parts: Parts, pane: ComparePane) -> str:
    paragraph = pane.top_paragraph()
    assert paragraph is not None
    doc = parts.session.library.documents.get(pane.doc_id or "")
    return doc.text[paragraph.start : paragraph.end]


def highlighted_texts(view: QTextEdit) -> list[str]:
    return [s.cursor.selectedText() for s in view.extraSelections()]


def test_two_sources_side_by_side_scroll_together(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    parts = open_window()
    window = parts.window
    resolve = parts.session.library.documents.resolve
    german, italian = resolve("000"), resolve("002")
    window.open_document(german)
    compare_from_library(qtbot, parts, [german, italian])

    assert window.central.currentWidget() is window.compare
    assert [p.doc_id for p in window.compare.panes] == [german, italian]
    de_pane, it_pane = window.compare.panes
    assert de_pane.title_label.text() == parts.session.library.documents.get(german).title
    assert it_pane.title_label.text() == parts.session.library.documents.get(italian).title
    assert de_pane.badge_label.text().startswith("DE German · ")
    assert de_pane.badge_label.text().endswith("%")
    assert it_pane.badge_label.text().startswith("IT Italian · ")
    assert "confidence" in it_pane.badge_label.toolTip()
    # Sources go by their titles; the file shows on hover, never a hashed name in view.
    assert "000_" not in de_pane.source_label.text()
    assert "000_9cdf093ffe599bbc.txt" in de_pane.title_label.toolTip()
    assert de_pane.title_label.toolTip().startswith("Anthropic investiert")
    assert window.compare.heading.text().startswith("Comparing 2 source")

    # Scrolling the German pane brings the aligned Italian paragraph to the top.
    assert window.act_scroll_together.isChecked()
    de_pane.scroll_to_paragraph_of(paragraph_starting(parts, german, "Thomas Kurian, CEO von"))
    assert top_text(parts, de_pane).startswith("Thomas Kurian, CEO von Google Cloud")
    assert top_text(parts, it_pane).startswith("Thomas Kurian, CEO di Google Cloud")
    # ... and the other way round.
    it_pane.scroll_to_paragraph_of(paragraph_starting(parts, italian, "Per Google, questa"))
    assert top_text(parts, de_pane).startswith("Für Google bestätigt diese Partnerschaft")

    # Switched off, the Italian pane stays where it is.
    window.act_scroll_together.trigger()
    assert not window.act_scroll_together.isChecked()
    assert window.compare.scroll_button.isChecked() is False
    it_before = it_pane.reading.view.verticalScrollBar().value()
    de_pane.scroll_to_paragraph_of(paragraph_starting(parts, german, "Thomas Kurian, CEO von"))
    assert top_text(parts, de_pane).startswith("Thomas Kurian, CEO von Google Cloud")
    assert it_pane.reading.view.verticalScrollBar().value() == it_before
    assert top_text(parts, it_pane).startswith("Per Google, questa partnership")

    # Esc inside the comparison goes back to reading one article, the focused one.
    window.activateWindow()
    de_pane.reading.view.setFocus()
    qtbot.keyClick(de_pane.reading.view, Qt.Key.Key_Escape)
    assert window.central.currentWidget() is window.reading
    assert window.reading.document_id == german
    open_window.close(parts)

    # "Scroll together" is remembered.
    again = open_window().window
    assert not again.act_scroll_together.isChecked()


def test_highlighting_works_in_the_focused_pane(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    resolve = window_parts.session.library.documents.resolve
    german, italian = resolve("000"), resolve("002")
    window.open_document(german)
    compare_from_library(qtbot, window_parts, [german, italian])
    it_pane = window.compare.pane_for(italian)
    assert it_pane is not None
    window.activateWindow()
    it_pane.reading.view.setFocus()
    assert window.highlights_panel.doc_id == italian  # the highlights panel follows the pane
    start, end = window_parts.session.library.annotations.locate(italian, "un milione di unità")
    it_pane.reading.select_span(start, end)
    assert window.label_actions[0].isEnabled()
    with qtbot.waitSignal(window_parts.session.sig_changed):
        qtbot.keyClick(it_pane.reading.view, Qt.Key.Key_1)
    [created] = window_parts.session.annotations_for(italian)
    assert created.label == "Claim" and created.selector.exact == "un milione di unità"
    assert "un milione di unità" in highlighted_texts(it_pane.reading.view)
    assert window_parts.session.annotations_for(german) == []
    # The right-click menu of a pane offers the labels and Find in other sources.
    assert window.act_find_related in it_pane.reading.view.context_actions


def test_find_in_other_sources_link_claims_undo_export(
    qtbot: QtBot, window_parts: Parts, saved_exports: list[Path]
) -> None:
    parts = window_parts
    window = parts.window
    library = parts.session.library
    ids = {prefix: library.documents.resolve(prefix)
           for prefix in ("000", "001", "002", "003", "004")}
    german, italian = ids["000"], ids["002"]
    window.open_document(german)
    compare_from_library(qtbot, parts, [german, italian])
    de_pane = window.compare.pane_for(german)
    assert de_pane is not None
    start, end = library.annotations.locate(german, QUOTE)
    window.activateWindow()
    de_pane.reading.view.setFocus()
    de_pane.reading.select_span(start, end)
    assert window.act_find_related.isEnabled()
    with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
        qtbot.keyClick(de_pane.reading.view, Qt.Key.Key_F,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    related = window.related
    assert window.related_dock.isVisible()
    assert QUOTE in related.heading.text()
    for prefix, phrase in MILLION_TPUS.items():
        cards = related.cards_for(ids[prefix])
        assert cards, prefix
        assert phrase in cards[0].text_label.text(), (prefix, cards[0].text_label.text())
        assert "same quantity" in cards[0].reasons_label.text()
        assert cards[0].score_label.text().startswith("score 0.")
    assert not related.cards_for(german)

    # One click links the Italian passage as the same claim, highlighting both sides.
    card = related.cards_for(italian)[0]
    assert card.link_button.text() == "Link as same claim"
    with qtbot.waitSignal(parts.session.sig_changed):
        qtbot.mouseClick(card.link_button, Qt.MouseButton.LeftButton)
    assert card.linked and card.link_button.text() == "Linked ✓"
    [mine] = parts.session.annotations_for(german)
    [theirs] = parts.session.annotations_for(italian)
    assert mine.selector.exact == QUOTE and mine.label == "Claim"
    assert "un milione" in theirs.selector.exact and theirs.label == "Claim"
    it_pane = window.compare.pane_for(italian)
    assert it_pane is not None
    assert theirs.selector.exact in highlighted_texts(it_pane.reading.view)

    # The claims view shows the group: both sources, their quotes and languages.
    claims = window.claims
    with qtbot.waitSignal(claims.sig_refreshed, timeout=ALIGN_MS):
        window.act_claims.trigger()
    assert window.claims.isVisible()  # a tab of its own, beside the comparison
    assert window.tabs.currentWidget() is window.claims
    model = claims.model
    assert model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    assert headers[0] == "Claim"
    assert any(h.startswith("Anthropic investiert") and h.endswith("\nDE") for h in headers)
    assert any(h.startswith("L’evoluzione") and h.endswith("\nIT") for h in headers)
    assert not any("_" in h for h in headers)  # no hashed file names
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, model.columnCount())]
    assert any("002_8237c0f66678d26f.txt" in tip for tip in tips)
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert QUOTE in cells[0]
    assert any(f"“{QUOTE}” (de)" in c for c in cells[1:])
    assert any(theirs.selector.exact in c and "(it)" in c for c in cells[1:])
    assert "claim" in claims.summary.text()

    # Export as a Markdown table (sources as columns), through the save chooser.
    path = claims.export("md")
    assert path is not None and path == saved_exports[-1]
    markdown = path.read_text(encoding="utf-8")
    # Sources by title; cell text is literal Markdown (brackets escaped: no quote can
    # become a link).
    assert "Anthropic investiert Milliarden in Google TPUs für neue Frontier-Modelle \\[de\\]" \
        in markdown
    assert "L’evoluzione dell’infrastruttura" in markdown and "Google \\[it\\]" in markdown
    assert "002_" not in markdown
    assert QUOTE in markdown
    csv_path = claims.export("csv")
    assert csv_path is not None and "Google [it]" in csv_path.read_text(encoding="utf-8")

    # Ctrl+Z takes the whole step back: the link and both new highlights.
    with qtbot.waitSignal(claims.sig_refreshed, timeout=ALIGN_MS):
        qtbot.keyClick(de_pane.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert parts.session.annotations_for(german) == []
    assert parts.session.annotations_for(italian) == []
    assert model.rowCount() == 0
    assert not card.linked and card.link_button.isEnabled()


def test_find_in_other_sources_from_the_single_article(qtbot: QtBot, window_parts: Parts
                                                        ) -> None:
    window = window_parts.window
    library = window_parts.session.library
    german, portuguese = library.documents.resolve("000"), library.documents.resolve("004")
    window.open_document(german)
    assert not window.act_find_related.isEnabled()
    window.reading.select_span(*library.annotations.locate(german, QUOTE))
    with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
        window.act_find_related.trigger()
    [card, *_] = window.related.cards_for(portuguese)
    # Show (or double-click) opens the passage: here in the single article.
    card.show_button.click()
    assert window.reading.document_id == portuguese
    span = window.reading.selected_span()
    assert span == (card.passage.start, card.passage.end)


def test_compare_with_picks_documents_beside_the_open_one(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window = window_parts.window
    library = window_parts.session.library
    german, italian, portuguese = (library.documents.resolve(p) for p in ("000", "002", "004"))
    window.open_document(german)
    assert window.act_compare_with.isEnabled()
    window.act_compare_with.trigger()
    dialog = window.comparing.compare_with_dialog
    assert dialog is not None and dialog.isVisible()
    assert german not in {dialog.model.summary(r).id for r in range(dialog.model.rowCount())}
    assert not dialog.ok_button.isEnabled()
    dialog.filter.setText("002_")
    assert dialog.model.rowCount() == 1
    dialog.filter.clear()
    dialog.choose([italian, portuguese])
    assert dialog.ok_button.isEnabled()
    assert dialog.count.text().startswith("2 document")
    with qtbot.waitSignal(window.compare.sig_aligned, timeout=ALIGN_MS):
        dialog.accept()
    assert window.compare.doc_ids[0] == german
    assert set(window.compare.doc_ids) == {german, italian, portuguese}
    badges = [p.badge_label.text()[:2] for p in window.compare.panes]
    assert sorted(badges) == ["DE", "IT", "PT"]
    window.compare.close_button.click()
    assert window.central.currentWidget() is window.reading


def test_search_hits_show_in_the_panes(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    library = window_parts.session.library
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    with qtbot.waitSignal(window.search.sig_results, timeout=ALIGN_MS):
        window.search.set_query("Kurian")
    compare_from_library(qtbot, window_parts, [german, italian])
    for pane in window.compare.panes:
        assert pane.reading.hits, pane.doc_id
        assert pane.hit_label.text().startswith(str(len(pane.reading.hits)))
    # F3 goes to the next hit of the focused pane.
    it_pane = window.compare.pane_for(italian)
    assert it_pane is not None
    window.activateWindow()
    it_pane.reading.view.setFocus()
    qtbot.keyClick(it_pane.reading.view, Qt.Key.Key_F3)
    assert it_pane.reading.hit_index == 0
    start, _end = it_pane.reading.hits[0]
    assert it_pane.reading.selected_span() is None  # marked, not selected
    laid_out = it_pane.reading.laid_out
    assert laid_out is not None
    assert laid_out.offsets.offset(it_pane.reading.view.textCursor().position()) == start
    assert window.reading.hit_index == -1  # the single view, not shown, did not move


def test_every_compare_control_has_an_accessible_name(qtbot: QtBot, window_parts: Parts
                                                      ) -> None:
    window = window_parts.window
    library = window_parts.session.library
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    window.open_document(german)
    compare_from_library(qtbot, window_parts, [german, italian])
    window.compare.panes[0].reading.select_span(*library.annotations.locate(german, QUOTE))
    with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
        window.act_find_related.trigger()
    with qtbot.waitSignal(window.claims.sig_refreshed, timeout=ALIGN_MS):
        window.act_claims.trigger()
    dialog = window.comparing.compare_with(window)
    assert dialog is not None
    missing = []
    for top in (window.compare, window.related, window.claims, dialog):
        for widget in top.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
                continue
            if widget.objectName().startswith("qt_") or widget.metaObject().className() in (
                    "QLineEditIconButton",):
                continue  # Qt's own chrome (the filter field's clear button)
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                missing.append(f"{widget.metaObject().className()} in {type(top).__name__}")
    assert not missing, missing


def test_near_duplicates_are_listed_and_open_side_by_side(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window = window_parts.window
    library = window_parts.session.library
    first, third = library.documents.resolve("000"), library.documents.resolve("003")
    with qtbot.waitSignal(window.claims.sig_refreshed, timeout=ALIGN_MS):
        window.act_claims.trigger()
    table = window.claims.duplicates
    assert table.rowCount() >= 1
    row = next(r for r in range(table.rowCount()) if "Anthropics Entscheidung" in
               table.item(r, 2).text())
    names = table.item(row, 1).text()
    assert "Anthropic investiert" in names and "Google befindet sich" in names
    assert table.item(row, 1).text().startswith("DE · ")
    assert table.item(row, 0).text().endswith("%")
    with qtbot.waitSignal(window.compare.sig_aligned, timeout=ALIGN_MS):
        table.cellDoubleClicked.emit(row, 0)
    assert set(window.compare.doc_ids) == {first, third}
    pane = window.compare.pane_for(third)
    assert pane is not None and pane.reading.selected_span() is not None


def test_interpolation_maps_anchors_both_ways() -> None:
    anchors = [(0.0, 0.0), (100.0, 300.0), (200.0, 400.0)]
    assert interpolate(anchors, 100.0) == 300.0
    assert interpolate(anchors, 150.0) == 350.0
    assert interpolate(anchors, 350.0, reverse=True) == 150.0
    assert interpolate(anchors, 250.0) == 450.0  # beyond the last anchor: 1:1


def test_claims_list_an_open_source_that_does_not_state_the_claim(
    qtbot: QtBot, window_parts: Parts
) -> None:
    parts = window_parts
    window = parts.window
    library = parts.session.library
    german, italian, other = (library.documents.resolve(p) for p in ("000", "002", "003"))
    compare_from_library(qtbot, parts, [german, italian, other])
    start, end = library.annotations.locate(german, QUOTE)
    it_start, it_end = library.annotations.locate(italian, "un milione di unità")
    assert landed(qtbot, lambda then: parts.session.link_same_claim(
        (german, start, end), (italian, it_start, it_end), then=then))
    claims = window.claims
    with qtbot.waitSignal(claims.sig_refreshed, timeout=ALIGN_MS):
        window.act_claims.trigger()
    model = claims.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    column = next(c for c, h in enumerate(headers) if h.startswith("Google befindet sich"))
    assert model.index(0, column).data() == "— not stated"


def test_figures_show_their_normalised_value_in_the_interface_language() -> None:
    from reader.core import numbers
    from reader.ui.claims_view import value_text
    from reader.ui.qt import QLocale

    def value(text: str, lang: str) -> str:
        return value_text(numbers.extract_quantities(text, lang)[0])

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert value("un milione di unità", "it") == "1,000,000"
        assert value("über ein Gigawatt", "de") == "> 1 GW"
        assert value("mehrere zehn Milliarden Dollar", "de") == (
            "10,000,000,000–100,000,000,000 USD")
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert value("um milhão", "pt") == "1.000.000"
    finally:
        QLocale.setDefault(previous)


def test_the_partner_sentence_is_tinted_in_the_other_pane(
    qtbot: QtBot, window_parts: Parts, tmp_path: Path
) -> None:
    parts = window_parts
    window = parts.window
    resolve = parts.session.library.documents.resolve
    german, italian = resolve("000"), resolve("002")
    compare_from_library(qtbot, parts, [german, italian])
    de_pane, it_pane = window.compare.panes
    de_text = parts.session.library.documents.get(german).text
    it_text = parts.session.library.documents.get(italian).text

    # The cursor in the German Kurian sentence tints it and its Italian translation.
    start = de_text.index("Thomas Kurian, CEO von Google Cloud")
    de_pane.reading.select_span(start + 5, start + 5)
    de_tint, it_tint = window.compare.partner_texts()
    assert de_tint.startswith("Thomas Kurian, CEO von Google Cloud") and len(de_tint) < 400
    assert it_tint.startswith("Thomas Kurian, CEO di Google Cloud") and len(it_tint) < 400
    assert any(s.cursor.selectedText().startswith("Thomas Kurian, CEO di")
               for s in it_pane.reading.view.extraSelections())
    window.resize(1400, 800)
    de_pane.reading.select_span(start + 5, start + 5)
    window.grab().save(str(tmp_path / "partner.png"))

    # And the other way round: a click in the Italian figure sentence finds the German one.
    start = it_text.index("fino a un milione di")
    it_pane.reading.select_span(start, start)
    de_tint, it_tint = window.compare.partner_texts()
    assert "fino a un milione di" in it_tint
    assert "eine Million" in de_tint and len(de_tint) < 400

    # Highlights redrawn later keep the tint.
    it_pane.reading.refresh_highlights()
    assert any("fino a un milione di" in s.cursor.selectedText()
               for s in it_pane.reading.view.extraSelections())
