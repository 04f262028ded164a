"""Telling the user about damaged rows of the library, and Help → Check library….

A row whose JSON columns cannot be read (see :mod:`reader.core.store.damage`) is shown
with safe defaults: the text as one paragraph, no metadata, no tags. The command line
says so once per command and ``parallax check`` lists the rows; the window shows a bar
above the article the first time it meets one ("Details…" runs the same check), and
Help → Check library… runs the check at any time: SQLite's integrity check, every
damaged row with its title, and whether the search index holds every document.
"""

from __future__ import annotations

from typing import Any

from ..core.store import damage
from ..core.tasks import CancelToken, Progress
from .qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session
from .workers import TaskHandle

# How often the bar looks for rows met since (reads run on the worker thread).
POLL_MS = 500


class DamageNotice(QFrame):
    """A bar above the article: rows of the library that cannot be read, with Details…."""

    sig_details = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damage_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Damaged rows"))
        # Visible in either theme: the palette's tooltip colours are meant to stand out.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.rows: dict[tuple[str, str, str], None] = {}
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Damaged rows message"))
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setAccessibleName(self.tr("List the damaged rows"))
        self.details_button.clicked.connect(lambda _checked=False: self.sig_details.emit())
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(lambda _checked=False: self.hide())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        """Show the bar when reads met damaged rows not reported yet."""
        met = [row for row in damage.take() if row not in self.rows]
        if not met:
            return
        self.rows.update(dict.fromkeys(met))
        documents = len({row_id for table, row_id, _ in self.rows if table == "documents"})
        highlights = len({row_id for table, row_id, _ in self.rows if table != "documents"})
        counted = {"documents": self.tr("%n document(s)", "", documents),
                   "highlights": self.tr("%n highlight(s)", "", highlights)}
        if documents and highlights:
            what = self.tr("{documents} and {highlights}").format(**counted)
        else:
            what = counted["documents"] if documents else counted["highlights"]
        self.message.setText(self.tr(
            "The library file is damaged in {what}: shown without the unreadable part."
        ).format(what=what))
        self.show()

    def stop(self) -> None:
        self.timer.stop()


class CheckDialog(QDialog):
    """The result of checking the library, as ``parallax check`` prints it, in a table."""

    sig_checked = Signal(object)  # the check's result (a dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check library"))
        self.setObjectName("check_dialog")
        self._session = session
        self.handle: TaskHandle | None = None
        self.outcome: dict[str, Any] | None = None
        self.summary = QLabel(self.tr("Checking the library…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Check result"))
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Check progress"))
        self.busy.setRange(0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Damaged rows"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Damaged"), self.tr("Title or quote"), self.tr("Cannot be read"),
             self.tr("Id")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.hide()
        self.advice = QLabel(self.tr(
            "Damaged rows are shown with what can be read. To get them back whole, restore "
            "a backup from before the damage (File → Restore from backup…)."))
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.setAccessibleName(self.tr("Check the library again"))
        self.again_button.clicked.connect(lambda _checked=False: self.run())
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self.resize(760, 380)

    def run(self) -> TaskHandle | None:
        """Check the library on the worker (a large library takes a while)."""
        if self.handle is not None:
            return None
        library = self._session.library

        def work(_progress: Progress, _cancel: CancelToken) -> dict[str, object]:
            return library.check()

        handle = self._session.tasks.run(
            work, name="check", on_finished=self._checked, on_failed=self._failed,
            failed=self.tr("The check could not run: {error}."))
        if handle is None:
            return None
        self.summary.setText(self.tr("Checking the library…"))
        self.busy.show()
        self.again_button.setEnabled(False)
        self.handle = handle
        return handle

    def _checked(self, result: dict[str, Any]) -> None:
        self.handle = None
        self.outcome = result
        damage.take()  # the check read every row: nothing new for the bar
        self.busy.hide()
        self.again_button.setEnabled(True)
        rows = list(result["damaged_rows"])
        lines = [self.tr("Integrity check of the library file: passed.")
                 if result["integrity"] == "ok"
                 else self.tr("Integrity check of the library file: failed ({detail}).").format(
                     detail=result["integrity"])]
        lines.append(self.tr("%n damaged row(s).", "", len(rows)) if rows
                     else self.tr("No damaged rows."))
        indexed, documents = result["indexed_documents"], result["documents"]
        if indexed == documents:
            lines.append(self.tr("The search index holds all %n document(s).", "", documents))
        else:
            lines.append(self.tr(
                "The search index holds {indexed} of {documents} documents; it is rebuilt "
                "the next time you search.").format(
                    indexed=indexed if indexed is not None else 0, documents=documents))
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            what = (self.tr("Document") if row["table"] == "documents"
                    else self.tr("Highlight"))
            for column, text in enumerate((what, str(row["title"]),
                                           self._column_name(str(row["column"])),
                                           str(row["id"]))):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setVisible(bool(rows))
        self.advice.setVisible(bool(rows))
        self.sig_checked.emit(result)

    def _column_name(self, column: str) -> str:
        names = {"paragraphs": self.tr("paragraphs and languages"),
                 "metadata": self.tr("metadata (author, date, outlet)"),
                 "tags": self.tr("tags")}
        return names.get(column, column)

    def _failed(self, message: str) -> None:
        self.handle = None
        self.busy.hide()
        self.again_button.setEnabled(True)
        self.summary.setText(message)
