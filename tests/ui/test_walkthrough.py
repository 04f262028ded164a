"""The findings of a researcher's walkthrough of the window (issue 9, item 4), each driven
the way a user does it: mouse clicks with modifiers and real key presses."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.app import Parts
from reader.ui.library_panel import SOURCE, TITLE
from reader.ui.qt import QApplication, QIcon, QPalette, Qt, QTimer
from tests.ui.conftest import WaitForPreview, WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def click_row(qtbot: QtBot, parts: Parts, doc_id: str,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Click a document's row in the library table, with a modifier held."""
    panel = parts.window.library_panel
    row = panel.model.row_of(doc_id)
    assert row is not None
    rect = panel.table.visualRect(panel.model.index(row, TITLE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


# -- 1. multi-select in the library -------------------------------------------------------


def test_ctrl_click_selects_several_documents_and_enables_compare(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window = window_parts.window
    resolve = window_parts.session.library.documents.resolve
    german, italian, portuguese = resolve("000"), resolve("002"), resolve("004")
    window.activateWindow()
    click_row(qtbot, window_parts, german)
    assert window.reading.document_id == german
    assert window.library_panel.selected_ids() == [german]
    assert not window.act_compare.isEnabled()
    assert "two to four" in window.act_compare.toolTip()  # the hint says what to do

    click_row(qtbot, window_parts, italian, CTRL)
    assert set(window.library_panel.selected_ids()) == {german, italian}
    assert window.act_compare.isEnabled()
    assert "2 selected" in window.library_panel.count_label.text()
    click_row(qtbot, window_parts, portuguese, CTRL)
    assert set(window.library_panel.selected_ids()) == {german, italian, portuguese}
    # Ctrl-click again takes one out of the selection.
    click_row(qtbot, window_parts, italian, CTRL)
    assert set(window.library_panel.selected_ids()) == {german, portuguese}
    assert window.act_compare.isEnabled()

    # The right-click menu's Compare opens them side by side.
    with qtbot.waitSignal(window.comparing.sig_compare_opened):
        window.act_compare.trigger()
    assert {p.doc_id for p in window.compare.panes} == {german, portuguese}


def test_ctrl_a_selects_every_document(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    resolve = window_parts.session.library.documents.resolve
    window.activateWindow()
    click_row(qtbot, window_parts, resolve("001"))
    window.library_panel.table.setFocus()
    qtbot.keyClick(window.library_panel.table, Qt.Key.Key_A, CTRL)
    assert len(window.library_panel.selected_ids()) == 5
    assert not window.act_compare.isEnabled()  # five is one too many
    assert "5 selected" in window.library_panel.count_label.text()
    assert "two to four" in window.act_compare.toolTip()
    # Ctrl-clicking one out leaves four: comparable.
    click_row(qtbot, window_parts, resolve("003"), CTRL)
    assert len(window.library_panel.selected_ids()) == 4
    assert window.act_compare.isEnabled()
    assert QApplication.instance() is not None


# -- 2. linking reuses the reader's own highlight ------------------------------------------

QUOTE = "bis zu eine Million Tensor Processing Units (TPUs)"
ALIGN_MS = 20_000


def compare_by_ctrl_click(qtbot: QtBot, parts: Parts, first: str, second: str) -> None:
    window = parts.window
    window.activateWindow()
    click_row(qtbot, parts, first)
    click_row(qtbot, parts, second, CTRL)
    with qtbot.waitSignal(window.compare.sig_aligned, timeout=ALIGN_MS):
        qtbot.keyClick(window.library_panel.table, Qt.Key.Key_C, CTRL | SHIFT)


def test_link_as_same_claim_reuses_the_highlight_just_made(
    qtbot: QtBot, window_parts: Parts
) -> None:
    parts = window_parts
    window, session = parts.window, parts.session
    library = session.library
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    compare_by_ctrl_click(qtbot, parts, german, italian)
    pane = window.compare.pane_for(german)
    assert pane is not None
    start, end = library.annotations.locate(german, QUOTE)
    pane.reading.view.setFocus()
    pane.reading.select_span(start, end)
    with qtbot.waitSignal(session.sig_changed):
        qtbot.keyClick(pane.reading.view, Qt.Key.Key_1)  # Claim
    [claim] = session.annotations_for(german)
    # The reader writes a note and tags on it.
    qtbot.keyClicks(window.highlights_panel.tags, "tpu, figures")
    with qtbot.waitSignal(session.sig_changed):
        qtbot.keyClick(window.highlights_panel.tags, Qt.Key.Key_Return)
    window.highlights_panel.note.setFocus()
    qtbot.keyClicks(window.highlights_panel.note, "Same figure everywhere?")
    window.highlights_panel.flush()

    # Then selects the passage again, a little wider, and looks for it elsewhere.
    pane.reading.view.setFocus()
    pane.reading.select_span(start - 7, end + 1)
    with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
        qtbot.keyClick(pane.reading.view, Qt.Key.Key_F, CTRL | SHIFT)
    card = window.related.cards_for(italian)[0]
    with qtbot.waitSignal(session.sig_changed):
        qtbot.mouseClick(card.link_button, Qt.MouseButton.LeftButton)

    [linked] = session.annotations_for(german)  # no second German highlight
    assert linked.id == claim.id
    assert (linked.selector.start, linked.selector.end) == (start, end)
    assert linked.note == "Same figure everywhere?" and linked.tags == ("tpu", "figures")
    [theirs] = session.annotations_for(italian)
    assert [k.relation for k in session.links_for(claim.id)] == ["same-claim"]
    assert {session.links_for(claim.id)[0].source,
            session.links_for(claim.id)[0].target} == {claim.id, theirs.id}
    assert card.linked
    row = window.library_panel.model.row_of(german)
    assert row is not None and window.library_panel.model.summary(row).n_annotations == 1


# -- 3. selections trimmed ------------------------------------------------------------------


def test_a_sloppy_selection_is_highlighted_without_its_outer_spaces(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window, session = window_parts.window, window_parts.session
    italian = session.library.documents.resolve("002")
    window.activateWindow()
    click_row(qtbot, window_parts, italian)
    text = session.library.documents.get(italian).text
    start, end = session.library.annotations.locate(italian, "un milione di unità")
    # A drag that starts in the space before the words and ends after the next one.
    assert text[start - 1] == " " and text[end] == " "
    window.reading.view.setFocus()
    window.reading.select_span(start - 1, end + 1)
    with qtbot.waitSignal(session.sig_changed):
        qtbot.keyClick(window.reading.view, Qt.Key.Key_2)  # Evidence
    [highlight] = session.annotations_for(italian)
    assert highlight.selector.exact == "un milione di unità"
    assert (highlight.selector.start, highlight.selector.end) == (start, end)
    assert window.highlights_panel.quote.text() == "“un milione di unità”"
    # Only spaces selected: nothing to highlight.
    window.reading.select_span(start - 1, start)
    assert not window.label_actions[0].isEnabled()


# -- 6. search results after an import -----------------------------------------------------


def test_search_results_include_an_article_imported_after_the_query(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    parts = open_window()
    window = parts.window
    article = tmp_path / "tpu-report.txt"
    article.write_text(
        "Ironwood TPU pods reach a new scale\n\n"
        "Google said its Ironwood TPU pods now link thousands of chips, and that the TPU "
        "capacity sold to Anthropic will come online over the next year.\n", encoding="utf-8")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    with qtbot.waitSignal(window.search.sig_results, timeout=ALIGN_MS):
        qtbot.keyClicks(window.search.field, "TPU")
    assert window.search.status_label.text().startswith("5 documents match")

    open_window.import_choice = [str(article)]
    with qtbot.waitSignal(window.search.sig_results, timeout=ALIGN_MS):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert window.search.status_label.text().startswith("6 documents match")
    titles = [e.hit.title for e in window.search.model.entries if e.kind == "document"]
    assert "Ironwood TPU pods reach a new scale" in titles


# -- 7. sources go by their titles ---------------------------------------------------------


def test_the_library_shows_titles_with_the_file_on_hover(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window = window_parts.window
    panel = window.library_panel
    header = panel.table.horizontalHeader()
    assert header.isSectionHidden(SOURCE)  # no column of hashed file names at first
    italian = window_parts.session.library.documents.resolve("002")
    row = panel.model.row_of(italian)
    assert row is not None
    title = panel.model.index(row, TITLE)
    tip = title.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("L’evoluzione dell’infrastruttura") and "002_8237c0f6" in tip
    # Long titles wrap onto a second line instead of ending after a few words.
    assert panel.table.wordWrap()
    assert panel.table.rowHeight(row) >= 2 * panel.fontMetrics().lineSpacing()
    # The header's menu brings the Source column back.
    show_source = next(a for a in header.actions() if a.text() == "Show source")
    assert not show_source.isChecked()
    show_source.trigger()
    assert not header.isSectionHidden(SOURCE)
    assert panel.model.index(row, SOURCE).data() == "002_8237c0f66678d26f.txt"


# -- 4. a layout for comparing, the claims as a tab ------------------------------------------


def test_comparing_gives_the_panes_the_width_and_closing_puts_the_docks_back(
    qtbot: QtBot, window_parts: Parts
) -> None:
    parts = window_parts
    window = parts.window
    library = parts.session.library
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    window.resize(790, 700)  # the offscreen screen is 800 x 800
    window.activateWindow()
    click_row(qtbot, parts, german)
    qtbot.wait(50)
    library_width = window.library_dock.width()
    highlights_width = window.highlights_dock.width()
    reading_width = window.central.width()
    assert window.library_dock.isVisible()

    compare_by_ctrl_click(qtbot, parts, german, italian)
    qtbot.wait(50)
    assert not window.library_dock.isVisible()
    assert window.act_focus_compare.isChecked()
    assert window.central.width() > reading_width + library_width * 0.8
    assert window.central.width() >= 0.6 * window.width()
    for pane in window.compare.panes:
        assert pane.width() >= 0.28 * window.width()
    # The highlights are still at hand, narrower.
    assert window.highlights_dock.isVisible()

    # Compare → Claims opens a tab with the whole width, not a dock under the panes.
    with qtbot.waitSignal(window.claims.sig_refreshed, timeout=ALIGN_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.tabs.currentWidget() is window.claims
    assert window.claims.width() >= window.central.width() - 2
    assert window.tabs.tabText(0) == "Comparison" and window.tabs.tabText(1) == "Claims"
    window.tabs.tabBar().tabButton(1, window.tabs.tabBar().ButtonPosition.RightSide).click()
    assert window.tabs.count() == 1 and window.tabs.currentWidget() is window.central

    # Esc from a pane: back to one article, the library where it was.
    pane = window.compare.panes[0]
    pane.reading.view.setFocus()
    qtbot.keyClick(pane.reading.view, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert window.central.currentWidget() is window.reading
    assert window.library_dock.isVisible()
    assert abs(window.library_dock.width() - library_width) <= 2
    assert abs(window.highlights_dock.width() - highlights_width) <= 2
    assert not window.act_focus_compare.isChecked()


def test_focus_on_the_comparison_can_be_switched_off_while_comparing(
    qtbot: QtBot, window_parts: Parts
) -> None:
    parts = window_parts
    window = parts.window
    library = parts.session.library
    compare_by_ctrl_click(qtbot, parts, library.documents.resolve("001"),
                          library.documents.resolve("003"))
    assert not window.library_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | SHIFT)
    assert window.library_dock.isVisible() and not window.act_focus_compare.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | SHIFT)
    assert not window.library_dock.isVisible() and window.act_focus_compare.isChecked()


# -- 8. smaller traps --------------------------------------------------------------------------


def test_a_stray_digit_after_opening_a_search_hit_highlights_nothing(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window, session = window_parts.window, window_parts.session
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    with qtbot.waitSignal(window.search.sig_results, timeout=ALIGN_MS):
        qtbot.keyClicks(window.search.field, "TPU")
    results = window.search.results
    rect = results.visualRect(window.search.model.index(0, 0))
    with qtbot.waitSignal(window.sig_document_opened):
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc_id = window.reading.document_id
    assert doc_id is not None and window.reading.hit_index == 0
    assert window.reading.selected_span() is None
    assert not window.label_actions[0].isEnabled()
    window.reading.view.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window.reading.view, key)
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F3)
    qtbot.keyClick(window.reading.view, Qt.Key.Key_1)
    assert session.annotations_for(doc_id) == []
    assert window.reading.hit_index == 1


def test_other_sources_leaves_out_near_zero_candidates(qtbot: QtBot, window_parts: Parts
                                                       ) -> None:
    window, library = window_parts.window, window_parts.session.library
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    window.activateWindow()
    click_row(qtbot, window_parts, german)
    window.reading.view.setFocus()
    window.reading.select_span(*library.annotations.locate(german, QUOTE))
    with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
        qtbot.keyClick(window.reading.view, Qt.Key.Key_F, CTRL | SHIFT)
    related = window.related
    scores = [float(card.score_label.text().split()[-1]) for card in related.cards]
    assert scores and min(scores) >= 0.1
    assert [c.passage.score >= 0.9 for c in related.cards_for(italian)] == [True]
    assert related.hidden_label is not None
    assert "not shown" in related.hidden_label.text()
    assert "0.10" in related.hidden_label.text()


def test_export_starts_where_there_are_highlights_and_remembers_its_folder(
    qtbot: QtBot, open_window: WindowFactory, wait_for_preview: WaitForPreview
) -> None:
    parts = open_window()
    window, session = parts.window, parts.session
    library = session.library
    italian, portuguese = library.documents.resolve("002"), library.documents.resolve("004")
    start, end = library.annotations.locate(italian, "un milione di unità")
    session.create(italian, start, end, label="Claim")
    window.activateWindow()
    click_row(qtbot, parts, portuguese)  # an article without highlights is open
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    wait_for_preview(dialog)
    assert not dialog.scope_current.isChecked()
    assert dialog.scope_all.isChecked()  # the scope that has something to export
    assert dialog.save_button.isEnabled()
    assert "1 highlight" in dialog.status.text()

    # Nothing in scope: Save is disabled and the dialog says why.
    qtbot.mouseClick(dialog.scope_current, Qt.MouseButton.LeftButton)
    wait_for_preview(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Nothing to export")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not save an empty file either
    assert open_window.suggested == []

    qtbot.mouseClick(dialog.scope_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    exports = open_window.tmp_path / "exports"
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert open_window.suggested[-1] == "parallax-highlights.md"
    dialog.close()

    # The next export, even after a restart, offers the same folder.
    open_window.close(parts)
    again = open_window()
    again.window.activateWindow()
    qtbot.keyClick(again.window, Qt.Key.Key_E, CTRL)
    second = again.window.export_dialog
    assert second is not None and wait_for_preview(second).scope_all.isChecked()
    with qtbot.waitSignal(second.sig_saved):
        qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert open_window.suggested[-1] == str(exports / "parallax-highlights.md")


def icon_lightness(icon: QIcon, enabled: bool = True) -> float:
    """The mean lightness of an icon's opaque pixels."""
    mode = QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled
    image = icon.pixmap(24, 24, mode).toImage()
    values = [image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height())]
    opaque = [c.lightness() for c in values if c.alpha() > 128]
    assert opaque, "the icon draws nothing"
    return sum(opaque) / len(opaque)


def test_the_undo_arrow_is_visible_on_the_dark_toolbar(qtbot: QtBot, window_parts: Parts
                                                       ) -> None:
    window = window_parts.window
    try:
        window.theme_actions["dark"].trigger()
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness()
                        < 100)
        toolbar = window.toolbar.palette().color(QPalette.ColorRole.Button).lightness()
        for action in (window.act_undo, window.act_redo):
            assert icon_lightness(action.icon()) - toolbar > 100, action.text()
        window.theme_actions["light"].trigger()
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness()
                        > 200)
        toolbar = window.toolbar.palette().color(QPalette.ColorRole.Button).lightness()
        assert toolbar - icon_lightness(window.act_undo.icon()) > 100
    finally:
        window.set_theme("light")


def test_choosing_a_language_offers_to_switch_now(qtbot: QtBot, open_window: WindowFactory
                                                  ) -> None:
    parts = open_window()
    window = parts.window
    window.open_document(parts.session.library.documents.resolve("002"))
    window.language_actions["de"].trigger()
    box = window.language_box
    assert box is not None and box.isVisible()
    assert "Deutsch" in box.text()
    qtbot.mouseClick(window.later_button, Qt.MouseButton.LeftButton)
    assert not window.restart_requested and window.isVisible()
    assert "Deutsch" in window.statusBar().currentMessage()

    window.language_actions["it"].trigger()
    assert window.language_box is not None and "Italiano" in window.language_box.text()
    qtbot.mouseClick(window.restart_button, Qt.MouseButton.LeftButton)
    assert window.restart_requested and not window.isVisible()
    # What run_app does next: the window again, in Italian, at the same article.
    again = open_window().window
    assert again.act_import.text() == "&Importa file…"
    assert again.reading.document_id == parts.session.library.documents.resolve("002")
    again.set_language("en")


def test_run_app_builds_the_window_again_in_the_new_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reader.ui import app as app_module
    from reader.ui.main_window import MainWindow

    seen: list[MainWindow] = []
    texts: list[str] = []

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w not in seen]
        if not windows or not windows[0].library_loaded:
            return
        window = windows[0]
        seen.append(window)
        texts.append(window.act_import.text())
        if len(seen) == 1:
            window.set_language("pt")
            window.restart()
        else:
            window.set_language("en")  # the settings are the test's own; leave English
            if window.language_box is not None:
                window.language_box.close()
            timer.stop()
            window.close()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    status = app_module.run_app(["--data-dir", str(tmp_path / "data")])
    assert status == 0
    assert len(seen) == 2 and texts[0] == "&Import files…"
    assert texts[1] == "&Importar arquivos…"
