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
from .workers import TaskHandle

if TYPE_CHECKING:  # the export writers load when an export is made, not at start-up
    from ..core.export import ExportOptions, ExportOutput

#: What runs once a write has landed: it gets the core's Change.
Then = Callable[[Change], object]

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
    # Every write runs on the runner's write lane (never on the UI thread, never behind an
    # import), in the order made. Each returns its task handle at once (None when refused
    # before anything was queued); when the write lands, its Change is broadcast (with the
    # view that asked as its initiator), then ``then`` gets the Change (``create``: the new
    # highlight's id). An error is said in one sentence on ``sig_error``, then
    # ``otherwise`` runs instead.

    def _run(self, name: str, operation: Callable[[], Change | None],
             then: Then | None = None, otherwise: Callable[[], object] | None = None,
             initiator: object | None = None) -> TaskHandle:
        def landed(change: Change | None) -> None:
            if change is not None and then is not None:
                then(change)

        def refused(_sentence: str) -> None:
            if otherwise is not None:
                otherwise()

        return self.tasks.write(operation, name=name, initiator=initiator,
                                on_finished=landed, on_failed=refused)

    def broadcast(self, change: Change, initiator: object | None = None) -> None:
        """Tell every view about a core ``Change`` (e.g. one a task on the worker made),
        asked for by ``initiator`` (the view that made it, which may keep what it shows)."""
        self._labels = None
        self.sig_changed.emit(change.by(initiator) if initiator is not None else change)
        if change.description:
            self.sig_message.emit(change.description)

    @property
    def writing(self) -> bool:
        """Whether a write made through the session has not landed yet."""
        return self.tasks.writing

    def wait_for_writes(self, timeout_ms: int = 30_000) -> bool:
        """Let every pending write land (before an export, a restore, a close)."""
        return self.tasks.wait_for_writes(timeout_ms)

    def create(
        self, doc_id: str, start: int, end: int, *, label: str | None, note: str = "",
        tags: Sequence[str] = (), then: Callable[[str], object] | None = None,
        otherwise: Callable[[], object] | None = None,
    ) -> TaskHandle | None:
        """Highlight ``text[start:end]``; ``then`` gets the new annotation's id (``otherwise``
        runs instead when it is refused, the error said)."""
        if end <= start:
            self.sig_error.emit(self.tr("Select some text to highlight first."))
            return None
        service = self.service

        def created(change: Change) -> None:
            ids = sorted(change.annotation_ids)
            if ids and then is not None:
                then(ids[0])

        return self._run("create highlight",
                         lambda: service.create(DocId(doc_id), start, end, label=label,
                                                note=note, tags=tuple(tags)), created,
                         otherwise)

    def update(self, ann_id: str, *, label: str | None | _Unchanged = UNCHANGED,
               note: str | _Unchanged = UNCHANGED,
               tags: Sequence[str] | _Unchanged = UNCHANGED,
               initiator: object | None = None, then: Then | None = None,
               otherwise: Callable[[], object] | None = None) -> TaskHandle:
        """Change label (None clears it), note and/or tags of one annotation; a field left
        out stays as it is. ``initiator``: the view asking (it may keep what it shows);
        ``otherwise`` runs when it is refused (the error said)."""
        service = self.service
        return self._run("update highlight",
                         lambda: service.update(AnnotationId(ann_id), label=label, note=note,
                                                tags=tags), then, otherwise, initiator)

    def delete(self, ann_id: str, then: Then | None = None) -> TaskHandle:
        """Remove one annotation (undoable)."""
        service = self.service
        return self._run("delete highlight", lambda: service.delete(AnnotationId(ann_id)),
                         then)

    def reattach(self, ann_id: str, start: int, end: int, then: Then | None = None
                 ) -> TaskHandle:
        """Anchor an orphaned annotation to a new span."""
        service = self.service
        return self._run("re-attach highlight",
                         lambda: service.reattach(AnnotationId(ann_id), start, end), then)

    def link(self, source: str, target: str, relation: str, then: Then | None = None
             ) -> TaskHandle:
        """Relate two annotations (``same-claim``, ``supports``, ``contradicts``)."""
        service = self.service
        return self._run("link", lambda: service.link(AnnotationId(source),
                                                      AnnotationId(target), relation), then)

    def unlink(self, link_id: str, then: Then | None = None) -> TaskHandle:
        """Remove a link."""
        service = self.service
        return self._run("unlink", lambda: service.unlink(LinkId(link_id)), then)

    def link_same_claim(self, a: tuple[str, int, int], b: tuple[str, int, int],
                        label: str | None = "Claim", then: Then | None = None
                        ) -> TaskHandle:
        """Highlight two passages (doc id, start, end) and link them as the same claim,
        as one undoable operation (a highlight already on a passage is reused)."""
        compare = self.library.compare
        return self._run(
            "link same claim",
            lambda: compare.link_same_claim((DocId(a[0]), a[1], a[2]),
                                            (DocId(b[0]), b[1], b[2]), label=label), then)

    # -- labels --------------------------------------------------------------------------

    def add_label(self, name: str, color: str, then: Then | None = None) -> TaskHandle:
        """Add a label of one's own (undoable)."""
        service = self.service
        return self._run("add label", lambda: service.add_label(name, color), then)

    def rename_label(self, old: str, new: str, then: Then | None = None,
                     otherwise: Callable[[], object] | None = None) -> TaskHandle:
        """Rename a label of one's own; its highlights follow (undoable). ``otherwise``
        runs when it is refused (the error said)."""
        service = self.service
        return self._run("rename label", lambda: service.rename_label(old, new), then,
                         otherwise)

    def recolor_label(self, name: str, color: str, then: Then | None = None) -> TaskHandle:
        """Give a label, built-in or not, another colour (undoable)."""
        service = self.service
        return self._run("recolour label", lambda: service.recolor_label(name, color), then)

    def delete_label(self, name: str, *, reassign_to: str | None = None,
                     clear: bool = False, then: Then | None = None) -> TaskHandle:
        """Delete a label of one's own; its highlights move to ``reassign_to`` or, with
        ``clear``, keep no label (undoable). The core refuses a label in use without either."""
        service = self.service
        return self._run("delete label",
                         lambda: service.delete_label(name, reassign_to=reassign_to,
                                                      clear=clear), then)

    def label_usage(self, name: str) -> int:
        """How many highlights wear a label."""
        try:
            return len(self.service.query(label=name))
        except ParallaxError:
            return 0

    def undo(self, then: Then | None = None) -> TaskHandle | None:
        """Undo the last annotation action (one still being written included: the undo
        queues behind it)."""
        if not (self.can_undo or self.writing):
            return None
        return self._run("undo", self.service.undo, then)

    def redo(self, then: Then | None = None) -> TaskHandle | None:
        """Redo the last undone annotation action."""
        if not (self.can_redo or self.writing):
            return None
        return self._run("redo", self.service.redo, then)

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
