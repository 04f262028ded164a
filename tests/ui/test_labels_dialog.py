"""Annotate → Labels…: list, add, rename, recolour and delete labels from the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.app import Parts
from reader.ui.labels_dialog import LabelsDialog
from reader.ui.qt import QColor, Qt
from tests.ui.conftest import WindowFactory, create, wait_writes


def open_labels(qtbot: QtBot, parts: Parts) -> LabelsDialog:
    """Annotate → Labels…, with the highlight counts shown."""
    window = parts.window
    [action] = [a for a in window.annotate_menu.actions() if a.objectName() == "labels"]
    action.trigger()
    dialog = window.labels_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.counts is not None)
    return dialog


def highlight(qtbot: QtBot, parts: Parts, label: str) -> str:
    """A highlight on "un milione di unità" in the Italian seed."""
    session = parts.session
    doc_id = session.library.documents.resolve("002")
    start = session.library.documents.get(doc_id).text.index("un milione di unità")
    return create(qtbot, session, doc_id, start, start + 19, label=label)


def add_label(qtbot: QtBot, dialog: LabelsDialog, name: str) -> None:
    dialog.new_name.setText(name)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_writes(qtbot, dialog._session)


def row_texts(dialog: LabelsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_dialog_lists_labels_with_colours_and_use(qtbot: QtBot, window_parts: Parts) -> None:
    highlight(qtbot, window_parts, "Claim")
    dialog = open_labels(qtbot, window_parts)
    assert row_texts(dialog) == [("Claim", "1 highlight"), ("Evidence", "0 highlights"),
                                 ("Question", "0 highlights")]
    icon = dialog.table.item(0, 0).icon().pixmap(14, 14).toImage()
    assert icon.pixelColor(7, 7).name() == window_parts.session.label_color("Claim").name()
    # Built-in labels can be recoloured, not renamed or deleted.
    dialog.select_label("Claim")
    assert dialog.color_button.isEnabled()
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    for widget in (dialog.table, dialog.new_name, dialog.add_button, dialog.color_button,
                   dialog.rename_button, dialog.delete_button, dialog.new_color_button):
        assert widget.accessibleName()


def test_a_new_label_appears_in_menus_toolbar_and_filter(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    parts = open_window()
    window = parts.window
    dialog = open_labels(qtbot, parts)
    open_window.color_choice = "#123456"
    qtbot.mouseClick(dialog.new_color_button, Qt.MouseButton.LeftButton)
    add_label(qtbot, dialog, "  Method ")
    assert dialog.names()[-1] == "Method"
    assert dialog.selected_label() == "Method" and dialog.new_name.text() == ""
    assert window.session.label_color("Method").name() == "#123456"
    texts = [a.text() for a in window.annotate_menu.actions()]
    assert "Highlight as Method" in texts
    assert "Highlight as Method" in [a.text() for a in window.toolbar.actions()]
    assert window.library_panel.label_filter.findData("Method") > 0
    # The new label's key is the next digit.
    [action] = [a for a in window.label_actions if a.text() == "Highlight as Method"]
    assert action.shortcut().toString() == "4"
    # An own label can be renamed in place; its highlights follow.
    ann_id = highlight(qtbot, parts, "Method")
    assert dialog.rename_button.isEnabled()
    assert dialog.rename("Method", "Methods")
    wait_writes(qtbot, parts)
    assert window.session.annotation(ann_id).label == "Methods"
    assert "Highlight as Methods" in [a.text() for a in window.annotate_menu.actions()]
    # Undo (from inside the dialog) puts the old name back.
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writes(qtbot, parts)
    assert "Method" in dialog.names()
    assert window.session.annotation(ann_id).label == "Method"


def test_a_name_already_taken_is_refused_with_a_message(qtbot: QtBot, window_parts: Parts
                                                       ) -> None:
    dialog = open_labels(qtbot, window_parts)
    add_label(qtbot, dialog, "")
    assert dialog.message.isVisible() and "name" in dialog.message.text()
    add_label(qtbot, dialog, "evidence")
    assert dialog.message.isVisible() and "already a label" in dialog.message.text()
    assert dialog.names() == ["Claim", "Evidence", "Question"]


def test_recolouring_a_built_in_label_redraws_it(qtbot: QtBot, open_window: WindowFactory
                                                 ) -> None:
    parts = open_window()
    session = parts.session
    before = session.label_color("Evidence").name()
    dialog = open_labels(qtbot, parts)
    dialog.select_label("Evidence")
    open_window.color_choice = None  # Cancel changes nothing
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    assert session.label_color("Evidence").name() == before
    assert open_window.color_requests == ["Colour of Evidence"]
    open_window.color_choice = "#aa00aa"
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    wait_writes(qtbot, parts)
    assert session.label_color("Evidence").name() == "#aa00aa"
    icon = dialog.table.item(1, 0).icon().pixmap(14, 14).toImage()
    assert icon.pixelColor(7, 7) == QColor("#aa00aa")
    [action] = [a for a in parts.window.label_actions if a.text() == "Highlight as Evidence"]
    assert action.icon().pixmap(14, 14).toImage().pixelColor(7, 7) == QColor("#aa00aa")
    assert "recolour" in parts.window.act_undo.text().lower()


def test_deleting_a_label_in_use_asks_and_can_move_its_highlights(
        qtbot: QtBot, window_parts: Parts) -> None:
    session = window_parts.session
    dialog = open_labels(qtbot, window_parts)
    add_label(qtbot, dialog, "Method")
    ann_id = highlight(qtbot, window_parts, "Method")
    dialog.select_label("Method")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    ask = dialog.delete_dialog
    assert ask is not None and ask.isVisible()
    assert "“Method” is on 1 highlight" in ask.question.text()
    assert ask.move_choice.isChecked()
    assert [ask.target_combo.itemText(i) for i in range(ask.target_combo.count())] == [
        "Claim", "Evidence", "Question"]
    ask.target_combo.setCurrentIndex(ask.target_combo.findData("Evidence"))
    # Cancel first: nothing happens.
    ask.reject()
    assert "Method" in dialog.names()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    ask = dialog.delete_dialog
    assert ask is not None
    ask.target_combo.setCurrentIndex(ask.target_combo.findData("Evidence"))
    qtbot.mouseClick(ask.delete_button, Qt.MouseButton.LeftButton)
    wait_writes(qtbot, session)
    assert "Method" not in dialog.names()
    assert session.annotation(ann_id).label == "Evidence"
    assert "Highlight as Method" not in [a.text() for a in window_parts.window.label_actions]
    qtbot.waitUntil(lambda: dialog.counts is not None and dialog.counts.get("Evidence") == 1)
    # Undo brings the label back on its highlight.
    window_parts.window.act_undo.trigger()
    wait_writes(qtbot, session)
    assert "Method" in dialog.names()
    assert session.annotation(ann_id).label == "Method"


def test_deleting_a_label_can_keep_its_highlights_unlabelled(
        qtbot: QtBot, window_parts: Parts) -> None:
    session = window_parts.session
    dialog = open_labels(qtbot, window_parts)
    add_label(qtbot, dialog, "Aside")
    ann_id = highlight(qtbot, window_parts, "Aside")
    dialog.select_label("Aside")
    ask = dialog.delete_selected()
    assert ask is not None
    ask.clear_choice.click()
    assert ask.reassign_to() is None
    qtbot.mouseClick(ask.delete_button, Qt.MouseButton.LeftButton)
    wait_writes(qtbot, session)
    kept = session.annotation(ann_id)
    assert kept is not None and kept.label is None


def test_an_unused_label_is_deleted_at_once(qtbot: QtBot, window_parts: Parts) -> None:
    dialog = open_labels(qtbot, window_parts)
    add_label(qtbot, dialog, "Spare")
    dialog.select_label("Spare")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    wait_writes(qtbot, window_parts)
    assert dialog.delete_dialog is None
    assert dialog.names() == ["Claim", "Evidence", "Question"]
    assert "delete label" in window_parts.window.act_undo.text().lower()
