"""The highlights panel: the open document's highlights, and an editor for the current one.

Edits go straight to the core through the session (no Save button): the label and tags
when they change, the note a moment after typing stops. The panel refreshes from the
session's change broadcasts, and never overwrites the field the reader is typing in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.changes import Change, ChangeKind
from ..core.models import RELATIONS, Annotation
from .i18n import label_name
from .qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session

NOTE_SAVE_MS = 400
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RELATION_PHRASES = {
    ("same-claim", True): QT_TRANSLATE_NOOP("HighlightsPanel", "same claim as"),
    ("same-claim", False): QT_TRANSLATE_NOOP("HighlightsPanel", "same claim as"),
    ("supports", True): QT_TRANSLATE_NOOP("HighlightsPanel", "supports"),
    ("supports", False): QT_TRANSLATE_NOOP("HighlightsPanel", "supported by"),
    ("contradicts", True): QT_TRANSLATE_NOOP("HighlightsPanel", "contradicts"),
    ("contradicts", False): QT_TRANSLATE_NOOP("HighlightsPanel", "contradicted by"),
}
# The relations of the link dialog (the core's names are data, stored and exported).
RELATION_NAMES = {
    "same-claim": QT_TRANSLATE_NOOP("LinkDialog", "same claim"),
    "supports": QT_TRANSLATE_NOOP("LinkDialog", "supports"),
    "contradicts": QT_TRANSLATE_NOOP("LinkDialog", "contradicts"),
}


def shorten(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags as typed, stripped, without empties."""
    return [t.strip() for t in text.split(",") if t.strip()]


class LinkDialog(QDialog):
    """Choose a highlight (in any document) and a relation to link the current one to."""

    def __init__(self, candidates: Sequence[tuple[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link highlight"))
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("Relation"))
        for relation in RELATIONS:
            name = RELATION_NAMES.get(relation)
            self.relation.addItem(self.tr(name) if name else relation, relation)
        self.targets = QListWidget()
        self.targets.setAccessibleName(self.tr("Highlights to link to"))
        for ann_id, text in candidates:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, ann_id)
            self.targets.addItem(item)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("Link to"), self.targets)
        form.addRow(buttons)
        self.resize(560, 380)

    def choice(self) -> tuple[str, str] | None:
        """(target annotation id, relation), when one is chosen."""
        item = self.targets.currentItem()
        if item is None:
            return None
        return str(item.data(ID_ROLE)), str(self.relation.currentData())


class HighlightsPanel(QWidget):
    """List of highlights (orphans apart) and the editor of the selected one."""

    sig_current_changed = Signal(object)  # annotation id or None

    def __init__(self, session: Session, selection: Callable[[], tuple[int, int] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._selection = selection
        self.doc_id: str | None = None
        self.annotations: list[Annotation] = []
        self._current: str | None = None
        self._pending_note: tuple[str, str] | None = None
        # Edits sent to the write lane and not landed yet, (highlight id, field) → (serial,
        # value): the editor shows them, not the stored value, until they land.
        self._writing: dict[tuple[str, str], tuple[int, object]] = {}
        self._serial = 0
        self._filling = False

        self.summary = QLabel(self.tr("No document open."))
        self.summary.setAccessibleName(self.tr("Highlights summary"))
        self.summary.setWordWrap(True)  # never wider than the dock it is in
        self.highlights = QListWidget()
        self.highlights.setAccessibleName(self.tr("Highlights"))
        self.highlights.setWordWrap(True)
        self.highlights.setAcceptDrops(False)
        self.orphans_label = QLabel(
            self.tr("Orphaned (their text is no longer in the document):"))
        self.orphans_label.setWordWrap(True)
        self.orphans = QListWidget()
        self.orphans.setAccessibleName(self.tr("Orphaned highlights"))
        self.orphans.setWordWrap(True)
        self.orphans.setMaximumHeight(110)

        self.quote = QLabel()
        self.quote.setAccessibleName(self.tr("Quote"))
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label_combo = QComboBox()
        self.label_combo.setAccessibleName(self.tr("Label"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (Markdown), saved as you type"))
        self.note.setTabChangesFocus(True)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Links"))
        self.links.setMaximumHeight(90)
        self.link_button = QPushButton(self.tr("Link…"))
        self.link_button.setAccessibleName(self.tr("Link to another highlight"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Remove the selected link"))
        self.delete_button = QPushButton(self.tr("Delete highlight"))
        self.delete_button.setAccessibleName(self.tr("Delete highlight"))
        self.reattach_button = QPushButton(self.tr("Re-attach to selection"))
        self.reattach_button.setAccessibleName(self.tr("Re-attach to the selected text"))

        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.link_button)
        link_buttons.addWidget(self.unlink_button)
        link_buttons.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.reattach_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.editor = QWidget()
        self.editor.setAccessibleName(self.tr("Highlight editor"))
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 6, 0, 0)
        form.addRow(self.quote)
        form.addRow(self.tr("Label"), self.label_combo)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Links"), self.links)
        form.addRow(link_buttons)
        form.addRow(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.highlights, 2)
        layout.addWidget(self.orphans_label)
        layout.addWidget(self.orphans)
        layout.addWidget(self.editor, 3)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.flush)

        self.highlights.currentItemChanged.connect(self._item_changed)
        self.orphans.currentItemChanged.connect(self._item_changed)
        self.label_combo.activated.connect(self._label_chosen)
        self.tags.editingFinished.connect(self._tags_edited)
        self.note.textChanged.connect(self._note_edited)
        self.delete_button.clicked.connect(self._delete)
        self.reattach_button.clicked.connect(self._reattach)
        self.link_button.clicked.connect(self._link)
        self.unlink_button.clicked.connect(self._unlink)
        session.sig_changed.connect(self._changed)
        self._fill_labels()
        self._show_editor(None)

    # -- contents ------------------------------------------------------------------------

    def set_document(self, doc_id: str | None) -> None:
        """Show the highlights of ``doc_id`` (None: no document)."""
        self.flush()
        self.doc_id = doc_id
        self._current = None
        self.reload()

    def reload(self) -> None:
        """Read the document's highlights again, keeping the current one."""
        self.annotations = self._session.annotations_for(self.doc_id)
        current = self._current
        self._filling = True
        try:
            for widget, orphaned in ((self.highlights, False), (self.orphans, True)):
                widget.clear()
                for annotation in self.annotations:
                    if (annotation.state == "orphaned") == orphaned:
                        widget.addItem(self._item(annotation))
            has_orphans = self.orphans.count() > 0
            self.orphans_label.setVisible(has_orphans)
            self.orphans.setVisible(has_orphans)
            if self.doc_id is None:
                self.summary.setText(self.tr("No document open."))
            elif not self.annotations:
                self.summary.setText(
                    self.tr("No highlights yet: select text, then press 1, 2 or 3."))
            else:
                self.summary.setText(self.tr("%n highlight(s)", "", len(self.annotations)))
        finally:
            self._filling = False
        self.select(current, notify=False)

    def _item(self, annotation: Annotation, item: QListWidgetItem | None = None
              ) -> QListWidgetItem:
        """The list row of a highlight (``item`` updated in place when given)."""
        details = [label_name(annotation.label) if annotation.label else self.tr("no label")]
        if annotation.tags:
            details.append(", ".join(f"#{t}" for t in annotation.tags))
        if annotation.note.strip():
            details.append(shorten(annotation.note, 50))
        if annotation.state == "moved":
            details.append(self.tr("moved"))
        item = item or QListWidgetItem()
        item.setText(f"“{shorten(annotation.selector.exact)}”\n" + " · ".join(details))
        item.setData(ID_ROLE, annotation.id)
        item.setIcon(self._swatch(annotation.label))
        item.setToolTip(annotation.selector.exact)
        return item

    def _swatch(self, label: str | None) -> QIcon:
        pixmap = QPixmap(14, 14)
        pixmap.fill(self._session.label_color(label))
        return QIcon(pixmap)

    def _fill_labels(self) -> None:
        self.label_combo.blockSignals(True)
        self.label_combo.clear()
        self.label_combo.addItem(self.tr("(no label)"), None)
        for label in self._session.labels():
            self.label_combo.addItem(self._swatch(label.name), label_name(label.name),
                                     label.name)
        self.label_combo.blockSignals(False)

    def _changed(self, change: Change) -> None:
        if ChangeKind.LABELS in change.kind:
            self._fill_labels()
        if self.doc_id is None or not change.touches(self.doc_id):
            return
        if change.initiator is self and self._refresh_rows(change):
            return
        self.reload()

    def _refresh_rows(self, change: Change) -> bool:
        """After this panel's own edit (label, tags, note) the editor already shows it:
        redraw just the edited rows. False when the list itself must be read again."""
        fresh = []
        for ann_id in change.annotation_ids:
            annotation = self._session.annotation(ann_id)
            row = self._row_of(ann_id)
            if annotation is None or row is None or annotation.doc_id != self.doc_id:
                return False
            fresh.append((annotation, row))
        self._filling = True
        try:
            for annotation, item in fresh:
                self.annotations = [annotation if a.id == annotation.id else a
                                    for a in self.annotations]
                self._item(annotation, item)
        finally:
            self._filling = False
        return True

    def _row_of(self, ann_id: str) -> QListWidgetItem | None:
        for widget in (self.highlights, self.orphans):
            for row in range(widget.count()):
                if widget.item(row).data(ID_ROLE) == ann_id:
                    return widget.item(row)
        return None

    # -- the current highlight -----------------------------------------------------------

    @property
    def current(self) -> Annotation | None:
        """The highlight being edited."""
        return next((a for a in self.annotations if a.id == self._current), None)

    def select(self, ann_id: str | None, notify: bool = True) -> None:
        """Make ``ann_id`` current in its list and in the editor."""
        if ann_id != self._current:
            self.flush()
        self._current = ann_id if any(a.id == ann_id for a in self.annotations) else None
        self._filling = True
        try:
            for widget in (self.highlights, self.orphans):
                found = None
                for row in range(widget.count()):
                    if widget.item(row).data(ID_ROLE) == self._current:
                        found = row
                widget.setCurrentRow(-1 if found is None else found)
        finally:
            self._filling = False
        self._show_editor(self.current)
        if notify:
            self.sig_current_changed.emit(self._current)

    def _item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if self._filling or item is None:
            return
        self.select(str(item.data(ID_ROLE)))

    def _show_editor(self, annotation: Annotation | None) -> None:
        self.editor.setEnabled(annotation is not None)
        self._filling = True
        try:
            if annotation is None:
                self.quote.setText(
                    self.tr("Select a highlight to edit its label, tags and note."))
                self.label_combo.setCurrentIndex(0)
                self.tags.clear()
                self.note.setPlainText("")
                self.links.clear()
                return
            self.quote.setText(f"“{annotation.selector.exact}”")
            label = self._shown(annotation, "label")
            self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(label)))
            tags = ", ".join(self._shown_tags(annotation))
            if not self.tags.hasFocus() and self.tags.text() != tags:
                self.tags.setText(tags)
            pending = self._pending_note is not None or (annotation.id, "note") in self._writing
            if not pending and self.note.toPlainText() != annotation.note:
                self.note.setPlainText(annotation.note)
            self.reattach_button.setVisible(annotation.state == "orphaned")
            self._fill_links(annotation)
        finally:
            self._filling = False

    def _fill_links(self, annotation: Annotation) -> None:
        self.links.clear()
        for link in self._session.links_for(annotation.id):
            outgoing = link.source == annotation.id
            other_id = link.target if outgoing else link.source
            other = self._session.annotation(other_id)
            quote = shorten(other.selector.exact, 60) if other is not None else other_id
            known = RELATION_PHRASES.get((link.relation, outgoing))
            phrase = self.tr(known) if known else link.relation
            item = QListWidgetItem(f"{phrase} “{quote}”")
            item.setData(ID_ROLE, link.id)
            self.links.addItem(item)
        self.unlink_button.setEnabled(self.links.count() > 0)

    # -- edits ---------------------------------------------------------------------------

    def _label_chosen(self, _index: int) -> None:
        annotation = self.current
        if annotation is None or self._filling:
            return
        label = self.label_combo.currentData()
        if label != self._shown(annotation, "label"):
            self._write(annotation.id, "label", label)

    def _tags_edited(self) -> None:
        annotation = self.current
        if annotation is None or self._filling:
            return
        tags = parse_tags(self.tags.text())
        if tuple(tags) != self._shown_tags(annotation):
            self._write(annotation.id, "tags", tuple(tags))

    def _shown(self, annotation: Annotation, field: str) -> object:
        """A field as the editor shows it: the value being written, else the stored one."""
        pending = self._writing.get((annotation.id, field))
        return pending[1] if pending is not None else getattr(annotation, field)

    def _shown_tags(self, annotation: Annotation) -> tuple[str, ...]:
        tags = self._shown(annotation, "tags")
        return tuple(str(t) for t in tags) if isinstance(tags, tuple | list) else ()

    def _write(self, ann_id: str, field: str, value: object) -> None:
        """Send one field's new value to the write lane (this panel its initiator): shown
        at once, stored soon."""
        self._serial += 1
        key, serial = (ann_id, field), self._serial
        self._writing[key] = (serial, value)

        def landed(*_args: object) -> None:  # written or refused: the store says again
            if self._writing.get(key, (None,))[0] == serial:
                del self._writing[key]

        self._session.update(ann_id, **{field: value}, initiator=self,  # type: ignore[arg-type]
                             then=landed, otherwise=landed)

    def _note_edited(self) -> None:
        if self._filling or self._current is None:
            return
        self._pending_note = (self._current, self.note.toPlainText())
        self._note_timer.start()

    def flush(self) -> None:
        """Save a note still waiting for its typing pause."""
        self._note_timer.stop()
        pending, self._pending_note = self._pending_note, None
        if pending is None:
            return
        ann_id, text = pending
        # The highlight as this panel holds it: reading the store here could wait for an
        # import's lock (flush runs on closing, switching and exporting).
        annotation = next((a for a in self.annotations if a.id == ann_id), None)
        if annotation is None:
            annotation = self._session.annotation(ann_id)
        if annotation is not None and self._shown(annotation, "note") != text:
            self._write(ann_id, "note", text)

    @property
    def note_pending(self) -> bool:
        """Whether typed note text is waiting to be saved."""
        return self._pending_note is not None

    def _delete(self) -> None:
        annotation = self.current
        if annotation is not None:
            self._pending_note = None
            self._note_timer.stop()
            self._session.delete(annotation.id)

    def _reattach(self) -> None:
        annotation = self.current
        span = self._selection()
        if annotation is None:
            return
        if span is None:
            self._session.sig_error.emit(
                self.tr("Select the text to re-attach the highlight to first."))
            return
        self._session.reattach(annotation.id, *span)

    def _link(self) -> None:
        annotation = self.current
        if annotation is None:
            return
        candidates = [
            (a.id, f"{self._document_title(a.doc_id)}: “{shorten(a.selector.exact, 70)}”")
            for a in self._session.all_annotations() if a.id != annotation.id
        ]
        if not candidates:
            self._session.sig_error.emit(self.tr("There is no other highlight to link to yet."))
            return
        dialog = LinkDialog(candidates, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            choice = dialog.choice()
            if choice is not None:
                self._session.link(annotation.id, choice[0], choice[1])
        dialog.deleteLater()

    def _document_title(self, doc_id: str) -> str:
        doc = self._session.document(doc_id)
        return shorten(doc.title, 40) if doc is not None else doc_id

    def _unlink(self) -> None:
        item = self.links.currentItem() or (self.links.item(0) if self.links.count() else None)
        if item is not None:
            self._session.unlink(str(item.data(ID_ROLE)))
