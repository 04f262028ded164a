"""The findings of a researcher's walkthrough of the window (issue 9, item 4), each driven
the way a user does it: mouse clicks with modifiers and real key presses."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.app import Parts
from reader.ui.library_panel import TITLE
from reader.ui.qt import QApplication, Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def click_row(qtbot: QtBot, parts: Parts, doc_id: str,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Click a document's row in the library table, with a modifier held."""
    panel = parts.window.library
    row = panel.model.row_of(doc_id)
    assert row is not None
    rect = panel.table.visualRect(panel.model.index(row, TITLE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


# -- 1. multi-select in the library -------------------------------------------------------


def test_ctrl_click_selects_several_documents_and_enables_compare(
    qtbot: QtBot, window_parts: Parts
) -> None:
    window = window_parts.window
    resolve = window_parts.session.library.resolve
    german, italian, portuguese = resolve("000"), resolve("002"), resolve("004")
    window.activateWindow()
    click_row(qtbot, window_parts, german)
    assert window.reading.document_id == german
    assert window.library.selected_ids() == [german]
    assert not window.act_compare.isEnabled()
    assert "two to four" in window.act_compare.toolTip()  # the hint says what to do

    click_row(qtbot, window_parts, italian, CTRL)
    assert set(window.library.selected_ids()) == {german, italian}
    assert window.act_compare.isEnabled()
    assert "2 selected" in window.library.count_label.text()
    click_row(qtbot, window_parts, portuguese, CTRL)
    assert set(window.library.selected_ids()) == {german, italian, portuguese}
    # Ctrl-click again takes one out of the selection.
    click_row(qtbot, window_parts, italian, CTRL)
    assert set(window.library.selected_ids()) == {german, portuguese}
    assert window.act_compare.isEnabled()

    # The right-click menu's Compare opens them side by side.
    with qtbot.waitSignal(window.comparing.sig_compare_opened):
        window.act_compare.trigger()
    assert {p.doc_id for p in window.compare.panes} == {german, portuguese}


def test_ctrl_a_selects_every_document(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    resolve = window_parts.session.library.resolve
    window.activateWindow()
    click_row(qtbot, window_parts, resolve("001"))
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_A, CTRL)
    assert len(window.library.selected_ids()) == 5
    assert not window.act_compare.isEnabled()  # five is one too many
    assert "5 selected" in window.library.count_label.text()
    assert "two to four" in window.act_compare.toolTip()
    # Ctrl-clicking one out leaves four: comparable.
    click_row(qtbot, window_parts, resolve("003"), CTRL)
    assert len(window.library.selected_ids()) == 4
    assert window.act_compare.isEnabled()
    assert QApplication.instance() is not None
