"""What happens between the panels: loading the library, opening documents and results,
highlighting the selection, and bringing every panel up to date after a change.

The main window builds the panels and the actions; this object is what the actions call
and what listens to the session's change broadcasts, so no panel knows another.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from ..core.anchoring import make_selector
from ..core.changes import Change, ChangeKind
from ..core.errors import ParallaxError, StoreDamaged
from ..core.library import MaintenanceReport
from ..core.models import Annotation, AnnotationId, DocId, Document, DocumentSummary
from ..core.tasks import CancelToken, Progress
from .highlights_panel import HighlightsPanel
from .library_panel import LibraryPanel
from .preferences import Preferences
from .qt import QApplication, QObject, Signal
from .reading_view import ReadingView
from .search_panel import ResultEntry, SearchPanel
from .session import Session
from .tasks import sentence
from .workers import TaskHandle

#: The id of a highlight shown while it is being written starts so.
PENDING_PREFIX = "pending:"

INDEX_PROGRESS_DELAY_MS = 400
# The check and the daily backup take milliseconds on most libraries: their progress
# shows only when they take longer (the first seeding shows at once).
MAINTENANCE_PROGRESS_DELAY_MS = 150


def _freeze_long_lived_objects() -> None:
    # What start-up built (window, open index) lives as long as the window: keeping it out
    # of the cyclic collector's full passes keeps those passes short.
    gc.freeze()


class Workbench(QObject):
    """Coordinates the library, search, reading and highlights panels over one session."""

    sig_library_loaded = Signal()
    sig_document_opened = Signal(str)
    sig_title_changed = Signal(str)
    sig_labels_changed = Signal()
    sig_state_changed = Signal()  # what the actions offer may have changed
    sig_hit_status = Signal(str)
    sig_status = Signal(str)
    sig_store_damaged = Signal(object)  # StoreDamaged found by the start-up check

    def __init__(
        self, session: Session, preferences: Preferences, *, library_panel: LibraryPanel,
        search: SearchPanel, reading: ReadingView, highlights_panel: HighlightsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.library_panel = library_panel
        self.search = search
        self.reading = reading
        self.highlights_panel = highlights_panel
        self.library_loaded = False
        # The view highlighting and copying act on: a compare pane replaces it (comparing.py).
        self.active_reading: Callable[[], ReadingView] = lambda: self.reading
        session.sig_changed.connect(self._changed)
        library_panel.sig_open_document.connect(self.open_document)
        search.sig_open_result.connect(self.open_result)
        reading.sig_annotation_clicked.connect(highlights_panel.select)
        reading.sig_selection_changed.connect(lambda _has: self.sig_state_changed.emit())
        reading.sig_hit_changed.connect(lambda *_: self.sig_hit_status.emit(reading.hit_status()))
        reading.sig_font_size_changed.connect(self._font_size_changed)
        highlights_panel.sig_current_changed.connect(self._current_annotation_changed)

    # -- the library ---------------------------------------------------------------------

    def start(self) -> None:
        """Once the window shows: the library's maintenance first (the integrity check, the
        daily backup, the bundled articles of a new library) as the first background task,
        then the document list and the index check."""
        library = self.session.library
        due = library.pending_maintenance
        if not due:
            self.reload_library()
            return
        if "seed" in due:
            title = self.tr("Adding the bundled articles to the new library")
        elif "backup" in due:
            title = self.tr("Checking the library and making today's backup")
        else:
            title = self.tr("Checking the library")

        def work(progress: Progress, _cancel: CancelToken) -> MaintenanceReport:
            # Not cancelled by closing the window: a new library gets all its bundled
            # articles (a second or two) rather than some of them.
            return library.run_maintenance(progress)

        self.session.tasks.run(
            work, name="maintenance", title=title, slot="maintenance",
            show_after_ms=0 if "seed" in due else MAINTENANCE_PROGRESS_DELAY_MS,
            on_finished=lambda _report: self.reload_library(),
            on_error=self._maintenance_failed)

    def _maintenance_failed(self, error: BaseException) -> None:
        if isinstance(error, StoreDamaged):
            self.sig_store_damaged.emit(error)  # the window offers the newest good backup
            return
        self.session.sig_error.emit(sentence(error, self.tr(
            "The library could not be checked: {error}.")))
        self.reload_library()

    def reload_library(self) -> None:
        """Read the document list on the worker, then show it."""
        library = self.session.library

        def work(_progress: Progress, _cancel: CancelToken) -> list[DocumentSummary]:
            return library.documents.summaries()

        self.session.tasks.run(work, name="list", on_finished=self._library_read)

    def _library_read(self, documents: list[DocumentSummary]) -> None:
        self.library_panel.set_labels(self.session.labels())
        self.library_panel.set_documents(documents)
        if self.reading.document_id:
            self.library_panel.show_document(self.reading.document_id)
        if not self.library_loaded:
            self.library_loaded = True
            self._sync_index_in_background()
            for warning in self.session.library.warnings:
                self.sig_status.emit(warning)  # e.g. today's backup could not be made
        self.sig_library_loaded.emit()

    def _sync_index_in_background(self) -> None:
        library = self.session.library

        def work(progress: Progress, cancel: CancelToken) -> None:
            library.search.sync(progress, cancel)
            # Open the searchers now, not on the reader's first query: loading a big
            # index makes many objects, and the collector's passes over them would
            # stall the event loop while the reader types.
            try:
                library.search.query("parallax", limit=1)
            except ParallaxError:
                pass

        # An up-to-date index is checked in milliseconds: the progress shows only when
        # the check takes longer (and no other task, e.g. an import, is shown).
        handle = self.session.tasks.run(
            work, name="index", title=self.tr("Updating the search index"), cancellable=True,
            show_after_ms=INDEX_PROGRESS_DELAY_MS)
        if handle is not None:
            handle.sig_done.connect(_freeze_long_lived_objects)

    # -- documents -----------------------------------------------------------------------

    def open_document(self, doc_id: str, *, quiet: bool = False) -> bool:
        """Show a document with its highlights (no-op when it is already shown)."""
        if doc_id == self.reading.document_id:
            return True
        doc = self._get_quietly(doc_id) if quiet else self.session.document(doc_id)
        if doc is None:
            return False
        self.highlights_panel.flush()
        self.reading.show_document(doc, self.session.annotations_for(doc_id))
        self.highlights_panel.set_document(doc_id)
        self.library_panel.show_document(doc_id)
        self.preferences.last_document = doc_id
        self.sig_title_changed.emit(doc.title)
        self.sig_hit_status.emit(self.reading.hit_status())
        self.sig_state_changed.emit()
        self.sig_document_opened.emit(doc_id)
        return True

    def _get_quietly(self, doc_id: str) -> Document | None:
        try:
            return self.session.library.documents.get(doc_id)
        except ParallaxError:  # a remembered document that is gone: start empty
            return None

    def open_result(self, entry: ResultEntry) -> None:
        """Open a search result: the document at its first hit, or a matching highlight."""
        if not self.open_document(entry.doc_id):
            return
        if entry.kind == "document":
            self.reading.set_hits(entry.hit.matches)
        else:
            self.highlights_panel.select(entry.hit.annotation_id)
        self.sig_hit_status.emit(self.reading.hit_status())

    def _font_size_changed(self, size: int) -> None:
        self.preferences.font_size = size

    def _current_annotation_changed(self, ann_id: str | None) -> None:
        self.reading.set_current_annotation(ann_id)
        self.sig_state_changed.emit()

    # -- highlighting --------------------------------------------------------------------

    def highlight(self, label: str | None, then: Callable[[str], object] | None = None
                  ) -> TaskHandle | None:
        """Highlight the selected text with ``label`` (written on the write lane: the
        window never waits); once it is written, it is selected in the highlights panel
        and ``then`` gets its id. None when there is nothing to highlight."""
        reading = self.active_reading()
        doc_id = reading.document_id
        span = reading.selected_span()
        if doc_id is None or span is None:
            self.sig_status.emit(self.tr("Select some text in the article first."))
            return None
        if label:
            self.preferences.last_label = label  # Ctrl+H right after uses it
        # Shown at once, in the label's colour, while the write lane writes it (it may wait
        # for an import's batch); the selection clears so the colour shows.
        doc = reading.document
        if doc is not None and doc.id == doc_id:
            pending = Annotation(id=AnnotationId(f"{PENDING_PREFIX}{span[0]}-{span[1]}"),
                                 doc_id=DocId(doc_id),
                                 selector=make_selector(doc.text, span[0], span[1]),
                                 label=label)
            reading.set_annotations([*reading.annotations, pending])
        cursor = reading.view.textCursor()
        cursor.clearSelection()
        reading.view.setTextCursor(cursor)

        def created(ann_id: str) -> None:
            if self.highlights_panel.doc_id == doc_id:
                self.highlights_panel.select(ann_id)
            if then is not None:
                then(ann_id)

        def refused() -> None:  # the error is said; the pending highlight goes
            if reading.document_id == doc_id:
                reading.set_annotations(self.session.annotations_for(doc_id))

        return self.session.create(doc_id, span[0], span[1], label=label, then=created,
                                   otherwise=refused)

    def delete_current_highlight(self) -> None:
        """Delete the highlight selected in the highlights panel."""
        current = self.highlights_panel.current
        if current is not None:
            self.session.delete(current.id)

    def copy(self) -> None:
        """Copy the article's selection, else the titles of the selected documents."""
        reading = self.active_reading()
        if reading.view.textCursor().hasSelection():
            reading.view.copy()
            return
        model = self.library_panel.model
        rows = [model.row_of(doc_id) for doc_id in self.library_panel.selected_ids()]
        titles = [model.summary(row).title for row in rows if row is not None]
        if titles:
            QApplication.clipboard().setText("\n".join(titles))

    # -- after a change ------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if ChangeKind.LABELS in change.kind:
            self.library_panel.set_labels(self.session.labels())
            self.sig_labels_changed.emit()
        if ChangeKind.DOCUMENTS in change.kind:
            self.reload_library()
            self._refresh_open_document()
            doc_id = self.reading.document_id
            if ChangeKind.ANNOTATIONS in change.kind and doc_id is not None:  # elsewhere
                self.reading.set_annotations(self.session.annotations_for(doc_id))
        else:
            doc_id = self.reading.document_id
            if doc_id is not None and change.touches(doc_id):
                self.reading.set_annotations(self.session.annotations_for(doc_id))
            counts = {str(d): len(self.session.annotations_for(d)) for d in change.doc_ids}
            self.library_panel.model.update_counts(counts)
        self.sig_state_changed.emit()

    def _refresh_open_document(self) -> None:
        doc_id = self.reading.document_id
        if doc_id is None:
            return
        doc = self._get_quietly(doc_id)
        if doc is None:
            self.reading.clear()
            self.highlights_panel.set_document(None)
            self.sig_title_changed.emit("")
            return
        shown = self.reading.document
        if shown is None or doc.content_hash != shown.content_hash:
            # Re-imported with new text: show it, with the highlights re-anchored.
            self.reading.show_document(doc, self.session.annotations_for(doc_id))
            self.highlights_panel.reload()
