"""The session writes on the task runner's write lane: never on the UI thread, never behind
an import, in the order made, and nothing is lost when the window closes at once."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from reader.core.errors import Cancelled
from reader.core.library import Library
from reader.core.tasks import CancelToken, Progress
from reader.ui.app import Parts
from reader.ui.qt import Qt
from tests.ui.conftest import LIBRARY_LOAD_MS, WindowFactory, create, wait_writes

HOLD_S = 20  # a job never holds the lock longer, even when a test fails


class LockHolder:
    """A job for the main worker holding the store's write lock, as an import's batch does
    while it writes, until the test releases it (or the job is cancelled)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.holding = threading.Event()
        self.release = threading.Event()
        self.done = threading.Event()
        self.timed_out = False  # the UI thread waited for the lock: what must never happen

    def __call__(self, _progress: Progress, cancel: CancelToken) -> None:
        deadline = time.monotonic() + HOLD_S
        try:
            with self.library.store.transaction():
                self.holding.set()
                while not self.release.wait(0.02):
                    if cancel.cancelled:
                        raise Cancelled("Cancelled by the user.")
                    if time.monotonic() > deadline:
                        self.timed_out = True
                        break
        finally:
            self.holding.clear()
            self.done.set()


class Waiting:
    """A job for the main worker that waits (the rest of an import, say), holding no lock."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.release = threading.Event()

    def __call__(self, _progress: Progress, cancel: CancelToken) -> None:
        self.running.set()
        deadline = time.monotonic() + HOLD_S
        while not self.release.wait(0.02) and time.monotonic() < deadline:
            if cancel.cancelled:
                raise Cancelled("Cancelled by the user.")


def hold_lock(qtbot: QtBot, parts: Parts) -> LockHolder:
    holder = LockHolder(parts.session.library)
    assert parts.session.tasks.run(holder, name="import batch") is not None
    qtbot.waitUntil(holder.holding.is_set, timeout=LIBRARY_LOAD_MS)
    return holder


def select(parts: Parts, ref: str, quote: str) -> tuple[str, int, int]:
    session, window = parts.session, parts.window
    doc_id = session.library.documents.resolve(ref)
    window.open_document(doc_id)
    start = session.library.documents.get(doc_id).text.index(quote)
    window.reading.select_span(start, start + len(quote))
    return doc_id, start, start + len(quote)


def test_a_highlight_made_while_an_import_holds_the_store_lock_lands_after(
        qtbot: QtBot, window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    doc_id, start, end = select(window_parts, "002", "Ironwood")
    holder = hold_lock(qtbot, window_parts)
    rest = Waiting()  # the rest of the import, queued on the main worker behind the batch
    assert session.tasks.run(rest, name="import rest") is not None

    created: list[str] = []
    handle = window.highlight("Claim", created.append)
    # Control came back to the UI while the lock is still held: nothing written yet.
    assert handle is not None and not handle.finished
    assert holder.holding.is_set() and not created
    assert session.writing and window.highlights_panel.annotations == []
    # The view that made it shows it at once, in its label's colour, the selection gone.
    [pending] = window.reading.view.extraSelections()
    assert pending.cursor.selectedText() == "Ironwood"
    assert pending.format.background().color().rgb() == session.label_color("Claim").rgb()
    assert not window.reading.view.textCursor().hasSelection()

    assert not holder.timed_out
    holder.release.set()  # the batch commits ...
    qtbot.waitUntil(lambda: bool(created), timeout=LIBRARY_LOAD_MS)
    # ... and the highlight lands at once, not after the rest of the import.
    assert rest.running.is_set() and not rest.release.is_set()
    assert session.tasks.busy
    [shown] = window.highlights_panel.annotations
    assert shown.id == created[0] and shown.label == "Claim"
    assert (shown.selector.start, shown.selector.end, shown.doc_id) == (start, end, doc_id)
    current = window.highlights_panel.current
    assert current is not None and current.id == shown.id
    assert len(window.reading.view.extraSelections()) == 1
    assert not window.reading.view.textCursor().hasSelection()
    rest.release.set()
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=LIBRARY_LOAD_MS)


def test_writes_keep_their_order(qtbot: QtBot, window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    doc_id, start, end = select(window_parts, "002", "Ironwood")
    ann_id = create(qtbot, session, doc_id, start, end, label="Claim")
    seen: list[str] = []
    session.sig_changed.connect(lambda change: seen.append(change.description))
    order: list[int] = []

    holder = hold_lock(qtbot, window_parts)
    session.update(ann_id, note="first", then=lambda _c: order.append(1))
    session.update(ann_id, label="Evidence", then=lambda _c: order.append(2))
    session.update(ann_id, note="second", then=lambda _c: order.append(3))
    session.update(ann_id, tags=["tpu"], then=lambda _c: order.append(4))
    assert order == [] and not holder.timed_out
    holder.release.set()
    wait_writes(qtbot, session)

    assert order == [1, 2, 3, 4]
    assert len(seen) == 4
    stored = session.annotation(ann_id)
    assert stored is not None
    assert (stored.note, stored.label, stored.tags) == ("second", "Evidence", ("tpu",))
    # Undo walks back the same steps, newest first.
    with qtbot.waitSignal(session.sig_changed):
        window.act_undo.trigger()
    assert session.annotation(ann_id).tags == ()  # type: ignore[union-attr]
    assert session.annotation(ann_id).note == "second"  # type: ignore[union-attr]


def test_the_editor_keeps_what_was_typed_while_it_is_being_written(
        qtbot: QtBot, window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    panel = window.highlights_panel
    doc_id, start, end = select(window_parts, "002", "Ironwood")
    ann_id = create(qtbot, session, doc_id, start, end, label="Claim")
    panel.select(ann_id)

    holder = hold_lock(qtbot, window_parts)
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("Question"))
    panel.label_combo.activated.emit(panel.label_combo.currentIndex())
    qtbot.keyClicks(panel.note, "typed while the library was busy")
    panel.flush()
    assert not panel.note_pending and not holder.timed_out
    holder.release.set()
    # The label lands first: its refresh must not put the stored (empty) note back.
    with qtbot.waitSignal(session.sig_changed, timeout=LIBRARY_LOAD_MS):
        pass
    assert panel.note.toPlainText() == "typed while the library was busy"
    assert panel.label_combo.currentData() == "Question"
    wait_writes(qtbot, session)
    stored = session.annotation(ann_id)
    assert stored is not None
    assert (stored.label, stored.note) == ("Question", "typed while the library was busy")
    assert panel.note.toPlainText() == stored.note


def test_a_failed_write_is_said_in_one_sentence(qtbot: QtBot, window_parts: Parts) -> None:
    session = window_parts.session
    errors: list[str] = []
    session.sig_error.connect(errors.append)
    refused: list[bool] = []
    session.rename_label("Claim", "Evidence", otherwise=lambda: refused.append(True))
    wait_writes(qtbot, session)
    assert refused == [True]
    assert len(errors) == 1 and errors[0].endswith(".") and "Traceback" not in errors[0]
    assert "\n" not in errors[0]


def test_a_note_typed_just_before_closing_is_kept(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    parts = open_window()
    doc_id, start, end = select(parts, "002", "Ironwood")
    ann_id = create(qtbot, parts.session, doc_id, start, end, label="Claim")
    panel = parts.window.highlights_panel
    panel.select(ann_id)
    qtbot.keyClicks(panel.note, "the last thought")
    assert panel.note_pending  # still waiting for its typing pause
    open_window.close(parts)  # at once: the window and its library close

    reopened = open_window()
    stored = reopened.session.annotation(ann_id)
    assert stored is not None and stored.note == "the last thought"
    reopened.window.open_document(doc_id)
    reopened.window.highlights_panel.select(ann_id)
    assert reopened.window.highlights_panel.note.toPlainText() == "the last thought"


def test_closing_during_an_import_finishes_the_writes_behind_it(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    parts = open_window()
    doc_id, start, end = select(parts, "002", "Ironwood")
    ann_id = create(qtbot, parts.session, doc_id, start, end, label="Claim")
    panel = parts.window.highlights_panel
    panel.select(ann_id)
    holder = hold_lock(qtbot, parts)
    qtbot.keyClicks(panel.note, "written after the import stopped")
    assert parts.window.highlight("Evidence") is not None  # the same span, queued too
    open_window.close(parts)  # Cancel reaches the import; the writes land, none is dropped
    assert holder.done.is_set() and not holder.timed_out

    reopened = open_window()
    stored = reopened.session.annotation(ann_id)
    assert stored is not None and stored.note == "written after the import stopped"
    labels = sorted(str(a.label) for a in reopened.session.annotations_for(doc_id))
    assert labels == ["Claim", "Evidence"]


def test_an_export_waits_for_the_writes_before_it(
        qtbot: QtBot, window_parts: Parts) -> None:
    window, session = window_parts.window, window_parts.session
    doc_id, start, end = select(window_parts, "002", "Ironwood")
    ann_id = create(qtbot, session, doc_id, start, end, label="Claim")
    panel = window.highlights_panel
    panel.select(ann_id)
    qtbot.keyClicks(panel.note, "in the export")
    assert panel.note_pending
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not session.writing
    assert session.annotation(ann_id).note == "in the export"  # type: ignore[union-attr]
    assert window.export_dialog is not None
    dialog = window.export_dialog
    dialog.scope_all.setChecked(True)
    dialog.set_format("md")
    qtbot.waitUntil(lambda: "in the export" in dialog.preview.toPlainText(),
                    timeout=LIBRARY_LOAD_MS)
