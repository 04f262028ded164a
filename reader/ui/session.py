"""The window's handle on one open Library: operations on it, and what-changed broadcasts.

Every annotation action goes through here. The core returns a small ``Change`` naming the
sorts of rows (``ChangeKind``), documents and annotations it touched; the session
broadcasts it, with the view that asked for it as its initiator, and each view decides for
itself whether to refresh (the habit Anki's collection operations follow). Errors the
core raises as one sentence are broadcast too, for the status bar, never as tracebacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..core.annotations import UNCHANGED, AnnotationService, _Unchanged
from ..core.changes import Change
from ..core.errors import ParallaxError
from ..core.library import Library
from ..core.models import (
    Annotation,
    AnnotationId,
    DocId,
    Document,
    DocumentSummary,
    Label,
    Link,
    LinkId,
)
from .library_watch import LibraryWatcher
from .qt import QColor, QObject, Signal
from .tasks import TaskRunner

if TYPE_CHECKING:  # the export writers load when an export is made, not at start-up
    from ..core.export import ExportOptions, ExportOutput

HIGHLIGHT_ALPHA = 90
class Session(QObject):
    """The open library, its task runner, and broadcasts of every change made through the
    window (the changes the runner's jobs return included)."""

    sig_changed = Signal(object)  # Change
    sig_error = Signal(str)
    sig_message = Signal(str)

    def __init__(
        self, library: Library, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        tasks.sig_change.connect(self.broadcast)
        tasks.sig_error.connect(self.sig_error)
        self._labels: list[Label] | None = None
        self.watcher = LibraryWatcher(library.changes_elsewhere, self)
        self.watcher.sig_changed_elsewhere.connect(self._changed_elsewhere)

    # -- documents -----------------------------------------------------------------------

    def documents(self) -> list[DocumentSummary]:
        """Every document's summary."""
        return self.library.documents.summaries()

    def document(self, doc_id: str) -> Document | None:
        """A document, or None (and a message) when it is gone."""
        try:
            return self.library.documents.get(doc_id)
        except ParallaxError as exc:
            self.sig_error.emit(str(exc))
            return None

    def _changed_elsewhere(self) -> None:
        """Another window or the command line wrote to the library: reload everything."""
        self._labels = None
        self.sig_changed.emit(Change.elsewhere(self.tr("Changed in another window")))

    def reloaded(self, description: str = "") -> None:
        """The whole library was replaced (a restore): every view reloads what it shows."""
        self._labels = None
        self.watcher.rebase()  # a new connection: its marker is the new baseline
        self.sig_changed.emit(Change.elsewhere(description))

    def documents_changed(self, description: str = "") -> None:
        """Tell the views that documents were added, updated or removed."""
        self.sig_changed.emit(Change.of_documents(description))

    # -- annotations: reading ------------------------------------------------------------

    @property
    def service(self) -> AnnotationService:
        """The core's annotation service."""
        return self.library.annotations

    def annotations_for(self, doc_id: str | None) -> list[Annotation]:
        """The highlights of one document (none without a document)."""
        if not doc_id:
            return []
        try:
            return self.service.for_document(DocId(doc_id))
        except ParallaxError as exc:
            self.sig_error.emit(str(exc))
            return []

    def annotation(self, ann_id: str) -> Annotation | None:
        """One annotation by id, or None."""
        try:
            return self.service.get(AnnotationId(ann_id))
        except ParallaxError:
            return None

    def links_for(self, ann_id: str) -> list[Link]:
        """Links an annotation takes part in."""
        try:
            return self.service.links_for(AnnotationId(ann_id))
        except ParallaxError:
            return []

    def all_annotations(self) -> list[Annotation]:
        """Every highlight of the library, by document title then position."""
        try:
            return self.service.query()
        except ParallaxError as exc:
            self.sig_error.emit(str(exc))
            return []

    def labels(self) -> list[Label]:
        """Every label (built-in first) with its colour (none when they cannot be read)."""
        if self._labels is None:
            try:
                self._labels = self.service.labels()
            except ParallaxError as exc:
                self.sig_error.emit(str(exc))
                return []
        return self._labels

    def label_color(self, name: str | None, alpha: int = 255) -> QColor:
        """The colour a label is drawn in (grey for no or an unknown label)."""
        for label in self.labels():
            if label.name == name:
                color = QColor(label.color)
                break
        else:
            color = QColor("#9e9e9e")
        color.setAlpha(alpha)
        return color

    def doc_ids_with_label(self, label: str, _candidates: Iterable[DocumentSummary]
                           ) -> set[str]:
        """Documents holding at least one highlight with ``label``."""
        try:
            return {a.doc_id for a in self.service.query(label=label)}
        except ParallaxError as exc:
            self.sig_error.emit(str(exc))
            return set()

    # -- annotations: operations ---------------------------------------------------------

    def _run(self, operation: Callable[[], Change | None], initiator: object | None = None
             ) -> Change | None:
        try:
            change = operation()
        except ParallaxError as exc:
            self.sig_error.emit(str(exc))
            return None
        if change is None:
            return None
        self.broadcast(change, initiator)
        return change

    def broadcast(self, change: Change, initiator: object | None = None) -> None:
        """Tell every view about a core ``Change`` (e.g. one a task on the worker made),
        asked for by ``initiator`` (the view that made it, which may keep what it shows)."""
        self._labels = None
        self.sig_changed.emit(change.by(initiator) if initiator is not None else change)
        if change.description:
            self.sig_message.emit(change.description)

    def create(
        self, doc_id: str, start: int, end: int, *, label: str | None, note: str = "",
        tags: Sequence[str] = (),
    ) -> str | None:
        """Highlight ``text[start:end]``; the new annotation's id, or None on error."""
        if end <= start:
            self.sig_error.emit(self.tr("Select some text to highlight first."))
            return None
        service = self.service
        change = self._run(lambda: service.create(DocId(doc_id), start, end, label=label,
                                                  note=note, tags=tuple(tags)))
        ids = sorted(change.annotation_ids) if change is not None else []
        return ids[0] if ids else None

    def update(self, ann_id: str, *, label: str | None | _Unchanged = UNCHANGED,
               note: str | _Unchanged = UNCHANGED,
               tags: Sequence[str] | _Unchanged = UNCHANGED,
               initiator: object | None = None) -> bool:
        """Change label (None clears it), note and/or tags of one annotation; a field left
        out stays as it is. ``initiator``: the view asking (it may keep what it shows)."""
        service = self.service
        return self._run(lambda: service.update(AnnotationId(ann_id), label=label, note=note,
                                                tags=tags), initiator) is not None

    def delete(self, ann_id: str) -> bool:
        """Remove one annotation (undoable)."""
        service = self.service
        return self._run(lambda: service.delete(AnnotationId(ann_id))) is not None

    def reattach(self, ann_id: str, start: int, end: int) -> bool:
        """Anchor an orphaned annotation to a new span."""
        service = self.service
        return self._run(lambda: service.reattach(AnnotationId(ann_id), start, end)) is not None

    def link(self, source: str, target: str, relation: str) -> bool:
        """Relate two annotations (``same-claim``, ``supports``, ``contradicts``)."""
        service = self.service
        return self._run(lambda: service.link(AnnotationId(source), AnnotationId(target),
                                              relation)) is not None

    def unlink(self, link_id: str) -> bool:
        """Remove a link."""
        service = self.service
        return self._run(lambda: service.unlink(LinkId(link_id))) is not None

    def link_same_claim(self, a: tuple[str, int, int], b: tuple[str, int, int],
                        label: str | None = "Claim") -> bool:
        """Highlight two passages (doc id, start, end) and link them as the same claim,
        as one undoable operation (a highlight already on a passage is reused)."""
        library = self.library
        return self._run(
            lambda: library.compare.link_same_claim((DocId(a[0]), a[1], a[2]),
                                            (DocId(b[0]), b[1], b[2]), label=label)) is not None

    # -- labels --------------------------------------------------------------------------

    def add_label(self, name: str, color: str) -> bool:
        """Add a label of one's own (undoable)."""
        service = self.service
        return self._run(lambda: service.add_label(name, color)) is not None

    def rename_label(self, old: str, new: str) -> bool:
        """Rename a label of one's own; its highlights follow (undoable)."""
        service = self.service
        return self._run(lambda: service.rename_label(old, new)) is not None

    def recolor_label(self, name: str, color: str) -> bool:
        """Give a label, built-in or not, another colour (undoable)."""
        service = self.service
        return self._run(lambda: service.recolor_label(name, color)) is not None

    def delete_label(self, name: str, *, reassign_to: str | None = None,
                     clear: bool = False) -> bool:
        """Delete a label of one's own; its highlights move to ``reassign_to`` or, with
        ``clear``, keep no label (undoable). The core refuses a label in use without either."""
        service = self.service
        return self._run(lambda: service.delete_label(name, reassign_to=reassign_to,
                                                      clear=clear)) is not None

    def label_usage(self, name: str) -> int:
        """How many highlights wear a label."""
        try:
            return len(self.service.query(label=name))
        except ParallaxError:
            return 0

    def undo(self) -> bool:
        """Undo the last annotation action."""
        return self.can_undo and self._run(self.service.undo) is not None

    def redo(self) -> bool:
        """Redo the last undone annotation action."""
        return self.can_redo and self._run(self.service.redo) is not None

    @property
    def can_undo(self) -> bool:
        return self.service.can_undo

    @property
    def can_redo(self) -> bool:
        return self.service.can_redo

    @property
    def undo_text(self) -> str:
        return self.service.undo_text

    @property
    def redo_text(self) -> str:
        return self.service.redo_text

    # -- export --------------------------------------------------------------------------
    # A ``query`` reads the search index: with one, call these on the worker.

    def count_highlights(
        self, doc_ids: Sequence[str] | None, *, label: str | None = None,
        tag: str | None = None, lang: str | None = None, query: str | None = None,
    ) -> int:
        """How many highlights an export of these documents (None: all) with these filters
        holds; raises ParallaxError."""
        if query:
            return len(self.library.exports.bundle(docs=doc_ids, label=label, tag=tag,
                                                   lang=lang, query=query).annotations)
        if doc_ids is None:
            return len(self.service.query(label=label, tag=tag, lang=lang))
        return sum(len(self.service.query(doc=DocId(doc), label=label, tag=tag, lang=lang))
                   for doc in doc_ids)

    def export_output(
        self, fmt: str, doc_ids: Sequence[str] | None, options: ExportOptions | None = None,
        *, label: str | None = None, tag: str | None = None, lang: str | None = None,
        query: str | None = None,
    ) -> ExportOutput:
        """Highlights of some documents (None: all) in ``fmt`` with its ``ExportOptions``,
        filtered: an ``ExportOutput`` (preview text and the files to write); raises
        ParallaxError."""
        return self.library.exports.render(fmt, options, docs=doc_ids, label=label, tag=tag,
                                           lang=lang, query=query or None)
