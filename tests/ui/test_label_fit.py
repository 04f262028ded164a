"""Every label, button, tab, column heading and placeholder shows its whole text in German,
Italian and Portuguese (longer than English) in the window and each dialog, at a laptop's
window size: nothing elided ("Markierunge", "Schlagwörter, durch Kommas g…") or cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from reader.core.annotation_io import ImportAnnotationsReport, SkippedAnnotation
from reader.core.importing import ImportOutcome, ImportReport
from reader.core.models import AnnotationId, DocId
from reader.ui.compare_view import CompareWithDialog
from reader.ui.highlights_import import ImportHighlightsDialog
from reader.ui.highlights_panel import LinkDialog
from reader.ui.labels_dialog import DeleteLabelDialog
from reader.ui.qt import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    Qt,
    QTabBar,
    QToolButton,
    QWidget,
)
from reader.ui.reading_view import ElidedLabel
from reader.ui.tasks_ui import ImportReportDialog
from tests.ui.conftest import WindowFactory, create

LAPTOP = (1280, 800)
ALIGN_MS = 20_000


def plain(text: str) -> str:
    """A widget text as drawn: mnemonic ampersands gone."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def cut_texts(top: QWidget) -> list[str]:
    """Texts in ``top`` drawn narrower than they need, as "Class 'text' needs N, has M"."""
    problems: list[str] = []

    def report(widget: QWidget, text: str, need: int, has: int) -> None:
        if need > has:
            problems.append(f"{type(widget).__name__} {text!r} needs {need}, has {has}")

    for widget in top.findChildren(QWidget):
        if not shown(widget, top):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
            text = widget.text()
            if (text and not widget.wordWrap() and widget.textFormat() != Qt.TextFormat.RichText
                    and "<" not in text and widget.pixmap().isNull()):
                need = max(metrics.horizontalAdvance(line) for line in plain(text).split("\n"))
                report(widget, text, need, widget.contentsRect().width())
        elif isinstance(widget, QRadioButton | QCheckBox | QPushButton):
            if widget.text():
                report(widget, widget.text(), widget.sizeHint().width() - 2, widget.width())
        elif isinstance(widget, QToolButton) and isinstance(widget, QAbstractButton):
            if widget.text() and widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
                report(widget, widget.text(), widget.sizeHint().width() - 2, widget.width())
        elif isinstance(widget, QLineEdit):
            hint = widget.placeholderText()
            if hint and not widget.text():
                room = widget.contentsRect().width() - 8  # the line edit's text margins
                report(widget, hint, metrics.horizontalAdvance(hint), room)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            text = widget.currentText()
            if text:
                icon = widget.iconSize().width() + 4 if not widget.itemIcon(
                    widget.currentIndex()).isNull() else 0
                arrow = widget.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
                report(widget, text, metrics.horizontalAdvance(text) + icon + arrow + 12,
                       widget.width())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = plain(widget.tabText(index))
                need = metrics.horizontalAdvance(text) + 8
                report(widget, text, need, widget.tabRect(index).width())
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.DisplayRole) or "")
                if not text or "\n" in text:
                    continue
                style = widget.style()
                margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
                need = metrics.horizontalAdvance(text) + 2 * margin
                if (widget.isSortIndicatorShown()
                        and widget.sortIndicatorSection() == section):
                    need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
                report(widget, text, need, widget.sectionSize(section))
        elif isinstance(widget, QDockWidget) and not widget.isFloating():
            buttons = 2 * (widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarButtonSize)
                           + 4)
            report(widget, widget.windowTitle(),
                   metrics.horizontalAdvance(widget.windowTitle()) + 8,
                   widget.width() - buttons)
    return problems


@pytest.mark.parametrize("language", ["en", "de", "it", "pt"])
def test_no_text_is_cut_in_any_language(
    qtbot: QtBot, open_window: WindowFactory, language: str
) -> None:
    settings = open_window.settings()
    settings.setValue("interface/language", language)
    settings.sync()
    parts = open_window()
    window = parts.window
    try:
        window.resize(*LAPTOP)
        window.share_width()  # as a first start on a laptop's screen shares it
        session = parts.session
        library = session.library
        italian, german = library.documents.resolve("002"), library.documents.resolve("000")
        window.open_document(italian)
        start, end = library.annotations.locate(italian, "un milione di unità")
        ann = create(qtbot, session, italian, start, end, label="Claim", note="n",
                     tags=["x"])
        window.highlights_panel.select(ann)
        qtbot.wait(50)
        problems = {"window": cut_texts(window)}
        # Every toolbar button shows: none is pushed into the » overflow menu.
        overflow = [b for b in window.toolbar.findChildren(QToolButton)
                    if b.objectName() == "qt_toolbar_ext_button" and b.isVisible()]
        if overflow:
            problems["window"].append("the toolbar overflows")

        report = ImportAnnotationsReport(
            missing=[SkippedAnnotation(AnnotationId("a"), DocId("d"), "Title", "quote", "gone")],
            problems=["a problem"])
        summaries = window.library_panel.model.all_documents()
        current = next(s for s in summaries if s.id == italian)
        dialogs: dict[str, QWidget] = {
            "export": window.open_export(), "shortcuts": window.show_shortcuts(),
            "labels": window.open_labels(), "backups": window.open_backups(),
            "import highlights": ImportHighlightsDialog(report, Path("h.jsonld"), window),
            "delete label": DeleteLabelDialog("Mine", 2, [("Claim", "#e8a33d")], window),
            "compare with": CompareWithDialog(current, summaries, window),
            "link": LinkDialog([("x", "Anthropic investiert Milliarden: “bis zu eine Million”")],
                               window),
            "import report": ImportReportDialog(
                ImportReport([ImportOutcome("/tmp/a.txt", "new", DocId("d")),
                              ImportOutcome("/tmp/b.pdf", "failed", None, "Not readable.")]),
                window.importer.summary(ImportReport()), window),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            qtbot.wait(20)
            problems[name] = cut_texts(dialog)
            dialog.close()

        # The comparison with Other sources, and the claims tab.
        window.comparing.open_compare([german, italian])
        pane = window.compare.panes[0]
        pane.reading.select_span(*library.annotations.locate(
            german, "bis zu eine Million Tensor Processing Units (TPUs)"))
        pane.reading.view.setFocus()
        with qtbot.waitSignal(window.comparing.sig_related_shown, timeout=ALIGN_MS):
            window.comparing.find_related()
        qtbot.wait(50)
        problems["compare"] = cut_texts(window)
        with qtbot.waitSignal(window.claims.sig_refreshed, timeout=ALIGN_MS):
            window.act_claims.trigger()
        qtbot.wait(50)
        problems["claims"] = cut_texts(window)
        found = {name: texts for name, texts in problems.items() if texts}
        assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
    finally:
        window.set_language("en")
