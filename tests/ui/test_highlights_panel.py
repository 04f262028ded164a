"""The highlights panel: relabel, tags, notes saved as you type, links, delete, orphans."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from reader.core.changes import Change, ChangeKind
from reader.ui.app import Parts
from reader.ui.highlights_panel import ID_ROLE, LinkDialog, parse_tags
from reader.ui.qt import Qt, QTextCursor

from .conftest import landed, wait_writes


def highlight(qtbot: QtBot, parts: Parts, ref: str, quote: str, label: str = "Claim") -> str:
    window = parts.window
    doc_id = parts.session.library.documents.resolve(ref)
    window.open_document(doc_id)
    text = parts.session.library.documents.get(doc_id).text
    start = text.index(quote)
    window.reading.select_span(start, start + len(quote))
    ann_id = landed(qtbot, lambda then: window.highlight(label, then))
    assert isinstance(ann_id, str)
    return ann_id


def test_relabel_retag_and_the_highlight_colour(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.highlights_panel
    ann_id = highlight(qtbot, window_parts, "002", "Ironwood")
    assert panel.current is not None and panel.current.id == ann_id
    [selection] = window_parts.window.reading.view.extraSelections()
    before = selection.format.background().color().rgb()
    with qtbot.waitSignal(window_parts.session.sig_changed):
        panel.label_combo.setCurrentIndex(panel.label_combo.findData("Evidence"))
        panel.label_combo.activated.emit(panel.label_combo.currentIndex())
    assert window_parts.session.annotation(ann_id).label == "Evidence"  # type: ignore[union-attr]
    [selection] = window_parts.window.reading.view.extraSelections()
    assert selection.format.background().color().rgb() != before

    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "hardware, tpu,  hardware ")
    with qtbot.waitSignal(window_parts.session.sig_changed):
        qtbot.keyClick(panel.tags, Qt.Key.Key_Return)
    assert window_parts.session.annotation(ann_id).tags == ("hardware", "tpu")  # type: ignore[union-attr]
    assert "#hardware" in panel.highlights.item(0).text()


def test_notes_save_after_a_pause_and_on_switching(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.highlights_panel
    first = highlight(qtbot, window_parts, "002", "Ironwood")
    second = highlight(qtbot, window_parts, "002", "Google Cloud")
    panel.select(first)
    with qtbot.waitSignal(window_parts.session.sig_changed, timeout=5_000):
        qtbot.keyClicks(panel.note, "**seventh** generation")
    assert window_parts.session.annotation(first).note == "**seventh** generation"  # type: ignore[union-attr]
    # Switching highlights saves a note still waiting for its pause.
    panel.select(second)
    qtbot.keyClicks(panel.note, "cloud")
    assert panel.note_pending
    panel.select(first)
    assert not panel.note_pending
    wait_writes(qtbot, window_parts)
    assert window_parts.session.annotation(second).note == "cloud"  # type: ignore[union-attr]
    assert panel.note.toPlainText() == "**seventh** generation"


def test_the_panel_keeps_its_rows_after_its_own_edit(qtbot: QtBot, window_parts: Parts) -> None:
    """A note typed in the panel redraws its row only (the change names the panel as its
    initiator); the same edit made elsewhere reads the list again."""
    panel = window_parts.window.highlights_panel
    first = highlight(qtbot, window_parts, "002", "Ironwood")
    highlight(qtbot, window_parts, "002", "Google Cloud")
    panel.select(first)
    rows = [panel.highlights.item(i) for i in range(panel.highlights.count())]
    seen: list[Change] = []
    window_parts.session.sig_changed.connect(seen.append)
    with qtbot.waitSignal(window_parts.session.sig_changed, timeout=5_000):
        qtbot.keyClicks(panel.note, "seventh generation")
    assert seen[-1].initiator is panel and seen[-1].kind == ChangeKind.ANNOTATIONS
    assert all(isValid(r) for r in rows)  # the same rows, not a new list
    assert [panel.highlights.item(i) for i in range(panel.highlights.count())] == rows
    row = next(r for r in rows if r.data(ID_ROLE) == first)
    assert "seventh generation" in row.text()
    assert panel.note.toPlainText() == "seventh generation"

    window_parts.session.update(first, note="from the command line")
    wait_writes(qtbot, window_parts)
    assert seen[-1].initiator is None
    assert not any(isValid(r) for r in rows)  # the list was read again
    row = next(panel.highlights.item(i) for i in range(panel.highlights.count())
               if panel.highlights.item(i).data(ID_ROLE) == first)
    assert "from the command line" in row.text()


def test_delete_then_undo_and_redo(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    ann_id = highlight(qtbot, window_parts, "004", "Google")
    with qtbot.waitSignal(window_parts.session.sig_changed):
        qtbot.mouseClick(window.highlights_panel.delete_button, Qt.MouseButton.LeftButton)
    assert window.highlights_panel.annotations == []
    assert window.reading.view.extraSelections() == []
    assert window.act_undo.text() == "Undo delete highlight"
    with qtbot.waitSignal(window_parts.session.sig_changed):
        window.act_undo.trigger()
    assert [a.id for a in window.highlights_panel.annotations] == [ann_id]
    assert len(window.reading.view.extraSelections()) == 1
    with qtbot.waitSignal(window_parts.session.sig_changed):
        window.act_redo.trigger()
    assert window.highlights_panel.annotations == []


def test_links_between_sources_are_listed_and_removable(qtbot: QtBot, window_parts: Parts
                                                        ) -> None:
    session, panel = window_parts.session, window_parts.window.highlights_panel
    german = highlight(qtbot, window_parts, "000", "Google")
    italian = highlight(qtbot, window_parts, "002", "un milione di unità")
    assert landed(qtbot, lambda then: session.link(italian, german, "same-claim", then))
    panel.select(italian)
    assert panel.links.count() == 1
    assert panel.links.item(0).text().startswith("same claim as “Google")
    with qtbot.waitSignal(session.sig_changed):
        qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert panel.links.count() == 0


def test_the_link_dialog_offers_other_highlights(qtbot: QtBot) -> None:
    dialog = LinkDialog([("a1", "Doc A: “one”"), ("b2", "Doc B: “two”")])
    qtbot.addWidget(dialog)
    dialog.targets.setCurrentRow(1)
    dialog.relation.setCurrentIndex(dialog.relation.findData("contradicts"))
    assert dialog.choice() == ("b2", "contradicts")


def test_orphans_are_listed_apart_and_can_be_reattached(
    qtbot: QtBot, window_parts: Parts, tmp_path: Path
) -> None:
    window, session = window_parts.window, window_parts.session
    article = tmp_path / "changing.txt"
    body = ("The city council approved the new tram line on Monday after a long debate. "
            "Construction starts in spring and should take three years to complete. ")
    article.write_text("Tram line approved\n\n" + body + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.importer.import_paths([article])
    doc_id = finished.args[0].outcomes[0].doc_id
    window.open_document(doc_id)
    ann_id = highlight(qtbot, window_parts, doc_id, "Construction starts in spring")
    article.write_text("Tram line approved\n\nThe council approved the new tram line. It opens "
                       "in 2031 at the earliest, say the planners.\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000):
        window.importer.import_paths([article])
    assert session.annotation(ann_id).state == "orphaned"  # type: ignore[union-attr]
    panel = window.highlights_panel
    assert panel.highlights.count() == 0 and panel.orphans.count() == 1
    assert panel.orphans.isVisibleTo(panel)
    panel.select(ann_id)
    assert panel.reattach_button.isVisibleTo(panel)
    text = window.reading.document.text  # type: ignore[union-attr]
    start = text.index("2031 at the earliest")
    window.reading.select_span(start, start + len("2031 at the earliest"))
    with qtbot.waitSignal(session.sig_changed):
        qtbot.mouseClick(panel.reattach_button, Qt.MouseButton.LeftButton)
    reattached = session.annotation(ann_id)
    assert reattached is not None and reattached.state == "anchored"
    assert reattached.selector.exact == "2031 at the earliest"
    assert panel.orphans.count() == 0 and panel.highlights.count() == 1


def test_reattach_without_a_selection_explains(qtbot: QtBot, window_parts: Parts) -> None:
    messages: list[str] = []
    window_parts.session.sig_error.connect(messages.append)
    highlight(qtbot, window_parts, "002", "Ironwood")
    cursor = window_parts.window.reading.view.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window_parts.window.reading.view.setTextCursor(cursor)
    window_parts.window.highlights_panel._reattach()
    assert messages and "Select the text" in messages[-1]


def test_tags_are_split_on_commas() -> None:
    assert parse_tags(" a, b ,, c d ") == ["a", "b", "c d"]
