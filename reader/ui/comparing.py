"""What happens between the compare view, the "Other sources" panel and the claims view:
opening and closing a comparison, finding a passage in the other sources, linking it as the
same claim, and keeping the claims up to date. Long work (alignment, related passages, claim
groups, near-duplicates) runs on the session's worker; the window never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.align import Alignment, RelatedPassage
from ..core.changes import Change, ChangeKind
from ..core.compare import NearDuplicate, reusable_highlight
from ..core.errors import InvalidValue, ParallaxError
from ..core.models import Annotation, DocId, DocumentSummary
from ..core.tasks import CancelToken, Progress, check_cancelled
from .claims_view import ClaimsData, ClaimsView
from .compare_view import MAX_PANES, MIN_PANES, CompareView, CompareWithDialog
from .preferences import Preferences
from .qt import QDockWidget, QObject, QStackedWidget, Qt, QWidget, Signal
from .reading_view import ReadingView
from .related_panel import (
    RESULTS_PER_SOURCE,
    RelatedPanel,
    RelatedQuery,
    SourceResults,
    group_by_source,
)
from .search_panel import ResultEntry
from .session import Session
from .sources import source_label
from .workbench import Workbench

CLAIM_LABEL = "Claim"
# Near-duplicates of a large library are looked for around at most this many documents.
MAX_DUPLICATE_DOCS = 20


class Comparing(QObject):
    """Coordinates comparing sources over one session; the main window only wires actions."""

    sig_related_shown = Signal()  # results of Find in other sources are on screen
    sig_compare_opened = Signal()
    sig_compare_closed = Signal()
    sig_show_claims = Signal()  # the window brings the claims view up (as a tab)
    sig_status = Signal(str)

    def __init__(
        self, session: Session, preferences: Preferences, *, workbench: Workbench,
        stack: QStackedWidget, compare: CompareView, related: RelatedPanel, claims: ClaimsView,
        related_dock: QDockWidget, highlights_dock: QDockWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.workbench = workbench
        self.stack = stack
        self.compare = compare
        self.related = related
        self.claims = claims
        self.related_dock = related_dock
        self.highlights_dock = highlights_dock
        self.compare_with_dialog: CompareWithDialog | None = None
        self._aligning = session.tasks.latest("align", self)
        self._finding = session.tasks.latest("related", self)
        self._grouping = session.tasks.latest("claims", self)
        self._duplicates: list[NearDuplicate] | None = None  # kept until documents change

        workbench.active_reading = self.active_reading
        compare.sig_close_requested.connect(self.close_compare)
        compare.sig_focus_changed.connect(self._pane_focused)
        compare.sig_selection_changed.connect(lambda _has: workbench.sig_state_changed.emit())
        compare.sig_annotation_clicked.connect(self._annotation_clicked)
        compare.sig_scroll_together_changed.connect(self._remember_scroll_together)
        workbench.reading.sig_font_size_changed.connect(compare.set_font_size)
        workbench.highlights_panel.sig_current_changed.connect(self._current_annotation_changed)
        workbench.search.sig_results.connect(lambda _results: self._apply_search_hits())
        workbench.search.sig_open_result.connect(self._result_opened)
        workbench.library_panel.sig_open_document.connect(self._document_opened)
        session.sig_changed.connect(self._changed)
        related.sig_show.connect(self._show_related)
        related.sig_link.connect(self.link)
        claims.sig_show_passage.connect(self.show_passage)
        claims.sig_compare.connect(self.open_compare)
        claims.sig_refresh_requested.connect(self.refresh_claims)

    # -- the compare view ----------------------------------------------------------------

    @property
    def comparing(self) -> bool:
        """Whether the compare view is shown (instead of the single article)."""
        return self.stack.currentWidget() is self.compare

    def active_reading(self) -> ReadingView:
        """The reading view the reader works in: the focused pane, or the single article."""
        if self.comparing:
            pane = self.compare.focused_pane()
            if pane is not None:
                return pane.reading
        return self.workbench.reading

    def open_compare(self, doc_ids: Sequence[str]) -> bool:
        """Show two to four documents side by side and align them on the worker."""
        ids = list(dict.fromkeys(doc_ids))
        if not MIN_PANES <= len(ids) <= MAX_PANES:
            self.sig_status.emit(self.tr("Choose two to four documents to compare."))
            return False
        documents = [self.session.document(doc_id) for doc_id in ids]
        if any(doc is None for doc in documents):
            return False
        self.workbench.highlights_panel.flush()
        self.compare.set_documents(
            [(doc, self.session.annotations_for(doc.id)) for doc in documents if doc])
        self.stack.setCurrentWidget(self.compare)
        self._apply_search_hits()
        self.compare.focus_pane(self.compare.panes[0])
        self._align()
        self.workbench.sig_state_changed.emit()
        self.sig_compare_opened.emit()
        return True

    def compare_selected(self) -> bool:
        """Compare the documents selected in the library (the open one first)."""
        ids = self.workbench.library_panel.selected_ids()
        current = self.workbench.reading.document_id
        if current in ids:
            ids = [current, *[i for i in ids if i != current]]
        return self.open_compare(ids)

    def compare_with(self, parent: QWidget | None = None) -> CompareWithDialog | None:
        """Ask for one to three documents to compare the open one with."""
        doc = self.active_reading().document
        if doc is None:
            self.sig_status.emit(self.tr("Open an article first, then compare it."))
            return None
        summaries: list[DocumentSummary] = self.workbench.library_panel.model.all_documents()
        current = next((s for s in summaries if s.id == doc.id), None)
        if self.compare_with_dialog is not None:
            self.compare_with_dialog.close()
            self.compare_with_dialog.deleteLater()
        dialog = CompareWithDialog(current, summaries, parent)
        dialog.accepted.connect(lambda: self.open_compare([doc.id, *dialog.chosen()]))
        self.compare_with_dialog = dialog
        dialog.open()
        return dialog

    def close_compare(self, keep_place: bool = True) -> None:
        """Back to reading one article: the focused pane's, at the same place."""
        if not self.comparing:
            return
        pane = self.compare.focused_pane()
        self._aligning.cancel()  # an alignment still running is no longer wanted
        self.workbench.highlights_panel.flush()
        self.stack.setCurrentWidget(self.workbench.reading)
        reading = self.workbench.reading
        if keep_place and pane is not None and pane.doc_id:
            offset = pane.top_offset()
            self.workbench.open_document(pane.doc_id)
            if reading.document_id == pane.doc_id:
                reading.view.verticalScrollBar().setValue(round(self._y_in(reading, offset)))
        self.workbench.highlights_panel.set_document(reading.document_id)
        reading.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.workbench.sig_state_changed.emit()
        self.sig_compare_closed.emit()

    @staticmethod
    def _y_in(reading: ReadingView, offset: int) -> float:
        laid_out = reading.laid_out
        if laid_out is None:
            return 0.0
        document = laid_out.document
        block = document.findBlock(min(laid_out.offsets.position(offset),
                                       document.characterCount() - 1))
        return float(document.documentLayout().blockBoundingRect(block).top())

    def _align(self) -> None:
        ids = self.compare.doc_ids
        library = self.session.library

        def work(_progress: Progress, cancel: CancelToken) -> list[Alignment]:
            alignments = []
            for other in ids[1:]:
                check_cancelled(cancel)
                alignments.append(library.compare.align(DocId(ids[0]), DocId(other)))
            return alignments

        self._aligning.submit(work, self._aligned, self._align_failed)

    def _aligned(self, alignments: list[Alignment]) -> None:
        if self.comparing:
            self.compare.set_alignments(alignments)

    def _align_failed(self, error: BaseException) -> None:
        self.compare.alignment_failed(str(error))

    def _remember_scroll_together(self, on: bool) -> None:
        self.preferences.scroll_together = on

    def _pane_focused(self, doc_id: str) -> None:
        panel = self.workbench.highlights_panel
        if panel.doc_id != doc_id:
            panel.flush()
            panel.set_document(doc_id)
        self.workbench.sig_state_changed.emit()

    def _annotation_clicked(self, doc_id: str, ann_id: str) -> None:
        self._pane_focused(doc_id)
        self.workbench.highlights_panel.select(ann_id)
        self.highlights_dock.show()

    def _current_annotation_changed(self, ann_id: str | None) -> None:
        if not self.comparing:
            return
        pane = self.compare.pane_for(self.workbench.highlights_panel.doc_id or "")
        if pane is not None:
            pane.reading.set_current_annotation(ann_id)

    def _apply_search_hits(self) -> None:
        results = self.workbench.search.last_results
        if not self.comparing:
            return
        hits: dict[str, tuple[tuple[int, int], ...]] = (
            {h.doc_id: h.matches for h in results.hits} if results is not None else {})
        self.compare.set_search_hits(hits)

    def _result_opened(self, entry: ResultEntry) -> None:
        if not self.comparing:
            return
        pane = self.compare.pane_for(entry.doc_id)
        if pane is None:
            self.close_compare(keep_place=False)  # the workbench opened it on its own
            return
        self.compare.focus_pane(pane)
        if entry.kind == "document":
            pane.reading.set_hits(entry.hit.matches)
        else:
            self._annotation_clicked(entry.doc_id, entry.hit.annotation_id)

    def _document_opened(self, doc_id: str) -> None:
        if not self.comparing:
            return
        pane = self.compare.pane_for(doc_id)
        if pane is None:
            self.close_compare(keep_place=False)
        else:
            self.compare.focus_pane(pane)

    def show_passage(self, doc_id: str, start: int, end: int) -> None:
        """Bring a passage into view and select it: in its pane when comparing (adding a pane
        when there is room), else in the single article."""
        if self.comparing:
            if self.compare.show_passage(doc_id, start, end):
                return
            if len(self.compare.panes) < MAX_PANES:
                if self.open_compare([*self.compare.doc_ids, doc_id]):
                    self.compare.show_passage(doc_id, start, end)
                return
            self.close_compare(keep_place=False)
        if self.workbench.open_document(doc_id):
            self.workbench.reading.select_span(start, end)
            self.workbench.reading.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_related(self, passage: RelatedPassage) -> None:
        self.show_passage(passage.doc_id, passage.start, passage.end)

    # -- find in other sources -----------------------------------------------------------

    def find_related(self) -> bool:
        """Look for the selected passage in every other source (on the worker)."""
        reading = self.active_reading()
        doc, span = reading.document, reading.selected_span()
        if doc is None or span is None or not doc.text[span[0] : span[1]].strip():
            self.sig_status.emit(self.tr("Select a passage first, then Find in other sources."))
            return False
        start, end = span
        query = RelatedQuery(doc.id, start, end, doc.text[start:end], doc.lang,
                             source_label(doc, 50))
        self.related.start(query)
        self.related_dock.show()
        self.related_dock.raise_()
        library = self.session.library

        def work(_progress: Progress, _cancel: CancelToken) -> list[SourceResults]:
            passages = library.compare.related(DocId(doc.id), start, end, limit=RESULTS_PER_SOURCE)
            documents = library.documents.get_many({p.doc_id for p in passages})
            return group_by_source(passages, documents)

        self._finding.submit(work, self._related_ready,
                             lambda error: self.related.failed(str(error)))
        return True

    def _related_ready(self, groups: list[SourceResults]) -> None:
        if self.related.show_results(groups):
            self._refresh_linked()
            self.sig_related_shown.emit()

    def _refresh_linked(self) -> None:
        query = self.related.query
        if query is None or not self.related.cards:
            return
        # The highlight linking would use (the reader's own, when one overlaps the
        # passage), and the highlights it is linked to as the same claim, by source.
        mine = reusable_highlight(self.session.annotations_for(query.doc_id),
                                  query.start, query.end)
        partners = set() if mine is None else {
            end for link in self.session.links_for(mine.id) if link.relation == "same-claim"
            for end in (link.source, link.target) if end != mine.id}
        linked: dict[str, list[Annotation]] = {}
        for ann_id in partners:
            other = self.session.annotation(ann_id)
            if other is not None:
                linked.setdefault(other.doc_id, []).append(other)
        self.related.update_linked(lambda p: reusable_highlight(
            linked.get(p.doc_id, []), p.start, p.end) is not None)

    def link(self, passage: RelatedPassage, then: Callable[[], object] | None = None
             ) -> bool:
        """Highlight the selection and ``passage`` and link them as the same claim (one
        undoable step, on the write lane); once written, the status bar says so and
        ``then`` runs. False when there is no selection to link."""
        query = self.related.query
        if query is None:
            return False

        def linked(_change: Change) -> None:
            self.sig_status.emit(self.tr(
                "Linked as the same claim (Compare → Claims lists it; Ctrl+Z undoes it)."))
            if then is not None:
                then()

        self.session.link_same_claim((query.doc_id, query.start, query.end),
                                     (passage.doc_id, passage.start, passage.end),
                                     label=CLAIM_LABEL, then=linked)
        return True

    # -- after a change ------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if self.comparing:
            touched = (None if ChangeKind.DOCUMENTS in change.kind or not change.doc_ids
                       else {str(d) for d in change.doc_ids})
            self.compare.refresh_annotations(self.session.annotations_for, touched)
        if ChangeKind.DOCUMENTS in change.kind:
            self._duplicates = None
            if self.comparing:
                self._reload_compared()
        self._refresh_linked()
        self.claims.mark_dirty()

    def _reload_compared(self) -> None:
        """After an import or a deletion: drop compared sources that are gone, re-show
        those whose text changed."""
        shown = {p.doc_id: p.reading.document for p in self.compare.panes if p.doc_id}
        fresh = {}
        for doc_id in shown:
            try:
                fresh[doc_id] = self.session.library.documents.get(doc_id)
            except ParallaxError:
                continue
        if len(fresh) < MIN_PANES:
            self.close_compare(keep_place=False)
        elif len(fresh) < len(shown) or any(
                old is None or fresh[i].content_hash != old.content_hash
                for i, old in shown.items() if i in fresh):
            self.open_compare(list(fresh))

    # -- claims --------------------------------------------------------------------------

    def show_claims(self) -> None:
        """Bring the claims view up (the window shows it as a tab of its own)."""
        self.sig_show_claims.emit()
        if self.claims.dirty:
            self.refresh_claims()

    def refresh_claims(self) -> None:
        """Compute claim groups (and near-duplicates, once) on the worker, then show them."""
        library = self.session.library
        known = self._duplicates
        compared = list(self.compare.doc_ids) if self.comparing else []
        self.claims.set_busy(True)

        def work(_progress: Progress, cancel: CancelToken) -> ClaimsData:
            groups = library.compare.claim_groups(also=[DocId(d) for d in compared])
            duplicates = known
            if duplicates is None:
                try:
                    duplicates = library.compare.near_duplicates()
                except InvalidValue:  # a large library: look around the compared sources
                    around = list(dict.fromkeys(
                        [*compared, *(s.doc_id for g in groups for s in g.statements)]))
                    duplicates = (library.compare.near_duplicates(
                        [DocId(d) for d in around[:MAX_DUPLICATE_DOCS]])
                                  if around else [])
            check_cancelled(cancel)
            ids = {s.doc_id for g in groups for s in g.statements}
            ids |= {d for g in groups for d in g.missing}
            ids |= {d.a for d in duplicates} | {d.b for d in duplicates}
            documents = library.documents.get_many(ids)
            return ClaimsData(groups, list(duplicates), documents)

        self._grouping.submit(work, self._claims_ready, self._claims_failed)

    def _claims_ready(self, data: ClaimsData) -> None:
        self._duplicates = data.duplicates
        self.claims.set_data(data)

    def _claims_failed(self, error: BaseException) -> None:
        self.claims.set_busy(False)
        self.sig_status.emit(str(error))
