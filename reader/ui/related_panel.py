"""The "Other sources" panel: for a selected passage, the passages of every other source that
most likely state the same thing, grouped by source, each with Show and Link as same claim.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..core.align import RelatedPassage
from ..core.models import Document
from .highlights_panel import shorten
from .languages import badge, confidence_text
from .qt import (
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMouseEvent,
    QPalette,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .sources import outlet, source_tooltip

RESULTS_PER_SOURCE = 3
#: Passages scoring below this are not offered: at 0.06 the only evidence is position
#: or length, and listing them reads as if they were candidates.
MIN_SCORE = 0.1


@dataclass(frozen=True)
class RelatedQuery:
    """The selected passage results are looked for: its document and span."""

    doc_id: str
    start: int
    end: int
    text: str
    lang: str
    source: str


@dataclass(frozen=True)
class SourceResults:
    """One other source and its related passages, best first."""

    doc: Document
    passages: tuple[RelatedPassage, ...]


def group_by_source(passages: Sequence[RelatedPassage], documents: dict[str, Document]
                    ) -> list[SourceResults]:
    """The core's ranking (each source's best first, then the rest) as one group per source,
    sources in the order of their best passage."""
    order: dict[str, list[RelatedPassage]] = {}
    for passage in passages:
        order.setdefault(passage.doc_id, []).append(passage)
    return [SourceResults(documents[doc_id], tuple(found))
            for doc_id, found in order.items() if doc_id in documents]


class ResultCard(QFrame):
    """One related passage: its text, score and reasons, Show and Link as same claim."""

    sig_show = Signal(object)  # RelatedPassage
    sig_link = Signal(object)  # RelatedPassage

    def __init__(self, passage: RelatedPassage, rank: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.passage = passage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base if rank == 1
                               else QPalette.ColorRole.Window)
        self.setAccessibleName(self.tr("Related passage {rank}").format(rank=rank))
        self.text_label = QLabel(passage.text.strip())
        self.text_label.setAccessibleName(self.tr("Passage text"))
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Preferred)
        if rank == 1:
            font = QFont(self.text_label.font())
            font.setBold(True)
            self.text_label.setFont(font)
        reasons = "; ".join(passage.reasons) or self.tr("position and length only")
        self.reasons_label = QLabel(self.tr("Why: {reasons}").format(reasons=reasons))
        self.reasons_label.setAccessibleName(self.tr("Why it is related"))
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.reasons_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.score_label = QLabel(self.tr("score {score}").format(score=f"{passage.score:.2f}"))
        self.score_label.setAccessibleName(self.tr("Score"))
        self.score_label.setToolTip(self.tr(
            "How much evidence says this passage states the same thing (0 to 1)"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show this passage"))
        self.show_button.setToolTip(self.tr("Open the source at this passage (or double-click)"))
        self.link_button = QPushButton()
        self.link_button.setAccessibleName(self.tr("Link as same claim"))
        self.show_button.clicked.connect(lambda: self.sig_show.emit(self.passage))
        self.link_button.clicked.connect(lambda: self.sig_link.emit(self.passage))
        self.set_linked(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.score_label)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.text_label)
        layout.addWidget(self.reasons_label)
        layout.addLayout(buttons)

    @property
    def linked(self) -> bool:
        return not self.link_button.isEnabled()

    def set_linked(self, linked: bool) -> None:
        """Show whether this passage is already linked to the selection as the same claim."""
        self.link_button.setEnabled(not linked)
        self.link_button.setText(self.tr("Linked ✓") if linked else self.tr("Link as same claim"))
        self.link_button.setToolTip(
            self.tr("Linked to the selection as the same claim (Ctrl+Z undoes it)") if linked
            else self.tr("Highlight the selection and this passage and link them as the same "
                         "claim"))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_show.emit(self.passage)
        else:
            super().mouseDoubleClickEvent(event)


class RelatedPanel(QWidget):
    """The selected passage, then each other source with its ranked related passages."""

    sig_show = Signal(object)  # RelatedPassage
    sig_link = Signal(object)  # RelatedPassage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query: RelatedQuery | None = None
        self.groups: list[SourceResults] = []
        self.cards: list[ResultCard] = []
        self.hidden_label: QLabel | None = None  # how many weak passages are not shown

        self.heading = QLabel(self.tr(
            "Select a passage and choose Find in other sources (Ctrl+Shift+F) to see where "
            "the other sources state the same thing."))
        self.heading.setAccessibleName(self.tr("Passage looked for"))
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Looking in the other sources"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.container = QWidget()
        self.container.setAccessibleName(self.tr("Related passages"))
        self.results_layout = QVBoxLayout(self.container)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Related passages by source"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.container)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.scroll_area, 1)

    def start(self, query: RelatedQuery) -> None:
        """Show that passages for ``query`` are being looked for."""
        self.query = query
        self._clear()
        self.heading.setText(self.tr("Looking for “{quote}” ({lang}, {source}) in the other "
                                     "sources…").format(quote=shorten(query.text, 120),
                                                        lang=query.lang.upper(),
                                                        source=query.source))
        self.busy.show()

    def show_results(self, groups: Sequence[SourceResults]) -> bool:
        """Show the passages found for the current query (False when it was cleared)."""
        if self.query is None:
            return False
        self.busy.hide()
        kept = [SourceResults(g.doc, tuple(p for p in g.passages if p.score >= MIN_SCORE))
                for g in groups]
        self.groups = [g for g in kept if g.passages]
        hidden = sum(len(g.passages) for g in groups) - sum(len(g.passages) for g in kept)
        self._clear()
        query = self.query
        self.heading.setText(self.tr("Where other sources state “{quote}” ({lang}, {source}):")
                             .format(quote=shorten(query.text, 120), lang=query.lang.upper(),
                                     source=query.source))
        position = 0
        if hidden:
            self.hidden_label = QLabel(self.tr(
                "%n weaker passage(s) (score below {score}) not shown.", "", hidden).format(
                    score=f"{MIN_SCORE:.2f}"))
            self.hidden_label.setAccessibleName(self.tr("Passages not shown"))
            self.hidden_label.setWordWrap(True)
            self.hidden_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.results_layout.insertWidget(0, self.hidden_label)
        if not self.groups:
            empty = QLabel(self.tr("No other source states anything like it."))
            empty.setWordWrap(True)
            self.results_layout.insertWidget(0, empty)
            return True
        for group in self.groups:
            doc = group.doc
            name = doc.title or doc.source_name
            site = outlet(doc)
            title = QLabel(self.tr("{badge} · {title}").format(badge=badge(doc.lang), title=name)
                           + (f" · {site}" if site else ""))
            title.setAccessibleName(self.tr("Source"))
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            title.setToolTip(source_tooltip(doc) + "\n"
                             + confidence_text(doc.lang, doc.lang_confidence))
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            self.results_layout.insertWidget(position, title)
            position += 1
            for rank, passage in enumerate(group.passages, start=1):
                card = ResultCard(passage, rank)
                card.sig_show.connect(self.sig_show)
                card.sig_link.connect(self.sig_link)
                self.results_layout.insertWidget(position, card)
                self.cards.append(card)
                position += 1
        return True

    def failed(self, message: str) -> None:
        """Say why the passages could not be found."""
        self.busy.hide()
        self.heading.setText(message)

    def _clear(self) -> None:
        self.cards = []
        self.hidden_label = None
        while self.results_layout.count() > 1:
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def cards_for(self, doc_id: str) -> list[ResultCard]:
        """The result cards of one source, best first."""
        return [c for c in self.cards if c.passage.doc_id == doc_id]

    def update_linked(self, is_linked: Callable[[RelatedPassage], bool]) -> None:
        """Mark each result linked or not (after highlights or links changed)."""
        for card in self.cards:
            card.set_linked(is_linked(card.passage))
