"""The search field and its results: debounced queries on the worker, stale results dropped."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from ..core.changes import Change, ChangeKind
from ..core.errors import ParallaxError, QueryError
from ..core.models import AnnotationHit, SearchHit, SearchResults
from ..core.tasks import CancelToken, Progress
from .i18n import label_name, number
from .languages import badge, confidence_text
from .qt import (
    QAbstractItemView,
    QAbstractListModel,
    QAbstractTextDocumentLayout,
    QColor,
    QCoreApplication,
    QEvent,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session

DEBOUNCE_MS = 250
RESULT_LIMIT = 100
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ResultEntry:
    """One row of the results list: a document hit or a match in a note or tag."""

    kind: str  # "document" or "annotation"
    doc_id: str
    hit: Any  # SearchHit, or the core's AnnotationHit
    html: str
    plain: str


def _marked(snippet: str) -> str:
    # The core escapes the snippet and marks hits with <b>; give the marks a background.
    return snippet.replace("<b>", '<span class="hit">').replace("</b>", "</span>")


def _strip_marks(snippet: str) -> str:
    return html.unescape(snippet.replace("<b>", "").replace("</b>", ""))


def document_entry(hit: SearchHit) -> ResultEntry:
    """The results-list row of a document hit."""
    title = html.escape(hit.title)
    body = (
        f'<div class="title">{title} <span class="badge">{html.escape(badge(hit.lang))}'
        f"</span></div><div>{_marked(hit.snippet)}</div>"
    )
    plain = f"{hit.title}, {badge(hit.lang)}: {_strip_marks(hit.snippet)}"
    return ResultEntry("document", hit.doc_id, hit, body, plain)


def annotation_entry(hit: AnnotationHit) -> ResultEntry:
    """The results-list row of a highlight whose quote, note, tags or label match."""
    translate = QCoreApplication.translate
    head = translate("SearchPanel", "Highlight") + (
        f" · {html.escape(label_name(hit.label))}" if hit.label else "")
    where = html.escape(hit.title or hit.doc_id) + (f" · {badge(hit.lang)}" if hit.lang else "")
    tags = " ".join(f"#{t}" for t in hit.tags)
    in_where = translate("SearchPanel", "in {document}").format(document=where)
    body = (
        f'<div class="title">{head} <span class="badge">{in_where}</span></div>'
        f'<div class="quote">“{html.escape(hit.quote[:200])}”</div>'
        + (f"<div>{_marked(hit.note_snippet)}</div>" if hit.note_snippet else "")
        + (f'<div class="badge">{html.escape(tags)}</div>' if tags else "")
    )
    plain = " ".join(filter(None, [
        translate("SearchPanel", "Highlight in {document}:").format(
            document=hit.title or hit.doc_id),
        f"“{hit.quote}”",
        _strip_marks(hit.note_snippet), tags,
    ]))
    return ResultEntry("annotation", hit.doc_id, hit, body, plain)


class ResultsModel(QAbstractListModel):
    """Rows of ResultEntry; the delegate draws their HTML."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ResultEntry] = []

    def set_entries(self, entries: list[ResultEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.plain
        if role == HTML_ROLE:
            return entry.html
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and entry.kind == "document":
            hit = entry.hit
            return f"{hit.title}\n{hit.source}\n{confidence_text(hit.lang, 1.0)}"
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title, badge, snippet with the hits marked), word-wrapped."""

    PADDING = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        palette = option.palette
        doc = QTextDocument()
        doc.setDocumentMargin(self.PADDING)
        doc.setDefaultFont(option.font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        doc.setDefaultStyleSheet(
            ".title { font-weight: bold; }"
            f".badge {{ font-weight: normal; color: {muted}; }}"
            f".quote {{ font-style: italic; color: {muted}; }}"
            f".hit {{ font-weight: bold; background-color: {'#6b5a12' if dark else '#fff1a8'};"
            f" color: {'#ffffff' if dark else '#000000'}; }}"
        )
        doc.setHtml(index.data(HTML_ROLE) or "")
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()  # type: ignore[attr-defined]
        doc.setTextWidth(max(width - 2, 120))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        doc = self._document(option, index)
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(
            QPalette.ColorRole.Text,
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text),
        )
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Laying out rich text is the costly part of a results list; the view asks again
        # for every row whenever it re-lays out, so sizes are remembered per text, width
        # and font (a result list is short; the memo is dropped when it grows).
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()  # type: ignore[attr-defined]
        key = (index.data(HTML_ROLE) or "", width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            self.initStyleOption(option, index)
            doc = self._document(option, index)
            size = QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
            if len(self._sizes) > 2000:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


class SearchPanel(QWidget):
    """Query field, its error line and the results; results open documents at their hits."""

    sig_open_result = Signal(object)  # ResultEntry
    sig_results = Signal(object)  # SearchResults shown (tests and the status bar listen)
    sig_query_error = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._requests = session.tasks.latest("search", self)
        self.last_results: SearchResults | None = None

        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr('Search: words, "a phrase", lang:it gigawatt, title:…'))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setToolTip(self.tr(
            "Words are stemmed per language; use quotes for phrases, AND / OR / NOT, "
            "prefix*, fuzzy~, lang:xx and title:… (Ctrl+F)"))
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Search problem"))
        self.error_label.setWordWrap(True)
        self._color_error_label()
        self.error_label.hide()
        self.status_label = QLabel(self.tr("Type to search the whole library."))
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.setWordWrap(True)

        self.model = ResultsModel(self)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAcceptDrops(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.error_label)
        # The results live in a box of their own, which the window places (in a splitter
        # above the library) and which hides while there is no query.
        self.results_box = QWidget()
        self.results_box.setAccessibleName(self.tr("Search results area"))
        box = QVBoxLayout(self.results_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.status_label)
        box.addWidget(self.results, 1)
        self.results_box.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._debounce.start)
        self.field.returnPressed.connect(self.search_now)
        self.field.installEventFilter(self)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        session.sig_changed.connect(self._library_changed)

    # -- running queries -----------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Put ``text`` in the field and search at once."""
        self.field.setText(text)
        self.search_now()

    def search_now(self) -> None:
        """Run the field's query on the worker; an older query's results are dropped."""
        self._debounce.stop()
        query = self.field.text().strip()
        if not query:
            self._requests.cancel()
            self._show_error("")
            self.model.set_entries([])
            self.status_label.setText(self.tr("Type to search the whole library."))
            self.results_box.hide()
            self.last_results = None
            return
        self.results_box.show()
        library = self._session.library

        def work(_progress: Progress, _cancel: CancelToken) -> SearchResults:
            return library.search.query(query, limit=RESULT_LIMIT)

        if self._session.tasks.busy:
            self.status_label.setText(self.tr("Searching when the current task finishes…"))
        self._requests.submit(work, self._finished, self._failed)

    def _library_changed(self, change: Change) -> None:
        # Documents were imported, updated or removed (here or in another window): the
        # results shown are stale, so the query runs again.
        if ChangeKind.DOCUMENTS in change.kind and self.field.text().strip():
            self.search_now()

    def _finished(self, results: SearchResults) -> None:
        self._show_error("")
        self.last_results = results
        entries = [document_entry(hit) for hit in results.hits]
        entries += [annotation_entry(hit) for hit in results.annotations]
        self.model.set_entries(entries)
        self.status_label.setText(self._summary(results))
        self.sig_results.emit(results)

    def _summary(self, results: SearchResults) -> str:
        notes = results.annotation_total or len(results.annotations)
        if not results.total and not notes:
            return self.tr("No document matches.")
        if results.total_exact:
            text = self.tr("%Ln document(s) match", "", results.total)
        else:  # a large total is estimated (see library.search.query)
            text = self.tr("about %Ln document(s) match", "", results.total)
        if results.total > len(results.hits):
            text = self.tr("{matches} (best {shown} shown)").format(
                matches=text, shown=number(len(results.hits)))
        if notes:
            text = self.tr("{matches}; %n highlight(s) by note or tag", "", notes).format(
                matches=text)
        return text + "."

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, QueryError | ParallaxError):
            message = str(error)
        else:
            message = self.tr("The search failed: {error}.").format(error=error)
        self.model.set_entries([])
        self.last_results = None
        self.status_label.setText("")
        self._show_error(message)
        self.sig_query_error.emit(message)

    def _color_error_label(self) -> None:
        palette = self.error_label.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
        self.error_label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._color_error_label()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- opening results -----------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.sig_open_result.emit(entry)

    def focus_field(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the field moves into the results, as in most search boxes.
        if (
            watched is self.field and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down and self.model.rowCount()  # type: ignore[attr-defined]
        ):
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)
