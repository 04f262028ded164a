"""File → Back up library now, File → Restore from backup…, and restoring at start-up.

The core makes and lists the backups (``library.backups.make``, ``.files``) and
restores one (``library.backups.restore``: the backup is checked first, the current store is kept
as a ``before-restore`` backup, the indexes are rebuilt). This module runs those on the
worker, lists the backups with their dates and sizes, asks before a restore, then has
every view reload. When the store is damaged at start-up, :func:`open_library` offers to
restore the newest good backup before the window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core import backup as store_backup
from ..core.errors import ParallaxError, StoreDamaged, StoreMissing
from ..core.library import Library, default_data_dir, restore_library
from ..core.tasks import CancelToken, Progress
from .qt import (
    QT_TRANSLATE_NOOP,
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCloseEvent,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLocale,
    QMessageBox,
    QObject,
    QProgressBar,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    table_item,
)
from .session import Session
from .workers import TaskHandle, Work

KINDS = {
    "auto": QT_TRANSLATE_NOOP("BackupsDialog", "automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "the library before a restore"),
}
PATH_ROLE = Qt.ItemDataRole.UserRole


def local_time(backup: store_backup.BackupFile) -> str:
    """When a backup was taken, in local time (the file name keeps UTC)."""
    return backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(path: Path) -> str:
    """A file's size for people (e.g. "1.2 MB"), in the interface's number format."""
    try:
        size = path.stat().st_size
    except OSError:
        return "—"
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class Backups(QObject):
    """Backing up and restoring the session's library through the task runner (one backup
    or restore at a time)."""

    sig_backed_up = Signal(object)  # Path of the new backup
    sig_restored = Signal(object, object)  # the backup restored, where the old store went
    sig_failed = Signal(str)

    SLOT = "backup"

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    @property
    def running(self) -> bool:
        return self._session.tasks.running(self.SLOT) is not None

    def listing(self) -> list[store_backup.BackupFile]:
        """The library's backups, newest first."""
        return list(self._session.library.backups.files())

    def back_up_now(self) -> TaskHandle | None:
        """Copy the library into its backups folder, on the worker."""
        library = self._session.library

        def work(_progress: Progress, _cancel: CancelToken) -> Path:
            return library.backups.make()

        return self._start(work, self.tr("Backing up the library"), self._backed_up)

    def restore(self, path: Path) -> TaskHandle | None:
        """Replace the library with a backup, on the worker, then reload every view."""
        library = self._session.library
        self._session.wait_for_writes()  # they land in the library kept aside, not lost

        def work(_progress: Progress, _cancel: CancelToken) -> Path | None:
            return library.backups.restore(path).previous

        handle = self._start(work, self.tr("Restoring the library"),
                             lambda saved: self._restored(path, saved))
        if handle is not None:
            self._session.watcher.stop()  # the store is closed for a moment: do not poll it
        return handle

    def _start(self, work: Work, title: str, done: Callable[[Any], None]
               ) -> TaskHandle | None:
        return self._session.tasks.run(
            work, name="backup", title=title, slot=self.SLOT,
            refusal=self.tr("A backup or restore is already running."),
            failed=self.tr("The backup or restore failed: {error}."),
            on_finished=done, on_failed=self._failed)

    def _backed_up(self, path: Path) -> None:
        self._session.sig_message.emit(
            self.tr("Backed up the library to {path}.").format(path=path))
        self.sig_backed_up.emit(path)

    def _restored(self, path: Path, saved: Path | None) -> None:
        self._session.watcher.start()
        self._session.reloaded(self.tr("Restored the backup {name}.").format(name=path.name))
        self.sig_restored.emit(path, saved)

    def _failed(self, message: str) -> None:
        self._session.watcher.start()
        self.sig_failed.emit(message)


class BackupsDialog(QDialog):
    """The library's backups, newest first: back up now, or restore one after a warning."""

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        # Modal: while a restore replaces the library file, nothing else may use it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._backups = backups
        self.restoring = False
        self.confirmation: QMessageBox | None = None
        intro = QLabel(self.tr(
            "Parallax backs the library up once a day when it opens and keeps the last "
            "seven automatic copies. Restoring replaces the whole library with the chosen "
            "copy."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("There are no backups yet."))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Backup status"))
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Backup progress"))
        self.busy.setRange(0, 0)
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up the library now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.backup_button, role)
        self.buttons.addButton(self.restore_button, role)
        self.buttons.rejected.connect(self.close)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_restore())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(560, 400)

        backups.sig_backed_up.connect(self._backed_up)
        backups.sig_restored.connect(self._restored)
        backups.sig_failed.connect(self._failed)
        self.refresh()

    def refresh(self) -> None:
        """List the backups again (newest first, the newest selected)."""
        found = self._backups.listing()
        self.table.setRowCount(len(found))
        for row, backup in enumerate(found):
            when = QTableWidgetItem(local_time(backup))
            when.setData(PATH_ROLE, str(backup.path))
            when.setToolTip(str(backup.path))
            kind = KINDS.get(backup.kind)
            values = (when, QTableWidgetItem(self.tr(kind) if kind else backup.kind),
                      QTableWidgetItem(size_text(backup.path)))
            for column, item in enumerate(values):
                self.table.setItem(row, column, item)
            values[2].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
        self.empty_label.setVisible(not found)
        if found:
            self.table.selectRow(0)
        self._update_buttons()

    def paths(self) -> list[Path]:
        """The backups listed, in order."""
        return [Path(table_item(self.table, row, 0).data(PATH_ROLE))
                for row in range(self.table.rowCount())]

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(table_item(self.table, rows[0].row(), 0).data(PATH_ROLE)) if rows else None

    def select_path(self, path: Path) -> bool:
        """Select a backup's row."""
        for row, listed in enumerate(self.paths()):
            if listed == path:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        idle = not self._backups.running
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_path() is not None)
        self.close_button.setEnabled(not self.restoring)

    def reject(self) -> None:
        if not self.restoring:  # Esc or the title bar's close: not in the middle of a restore
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.restoring:
            event.ignore()
        else:
            super().closeEvent(event)

    def _set_busy(self, text: str) -> None:
        self.status.setText(text)
        self.busy.show()
        self._update_buttons()

    def back_up_now(self) -> None:
        if self._backups.back_up_now() is not None:
            self._set_busy(self.tr("Backing up…"))

    def ask_restore(self) -> QMessageBox | None:
        """Say what a restore does and ask; the restore starts when the reader agrees."""
        path = self.selected_path()
        if path is None or self._backups.running:
            return None
        row = self.table.currentRow()
        when = table_item(self.table, row, 0).text() if row >= 0 else path.name
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore from backup"),
            self.tr("Replace the library with the backup from {date}?").format(date=when),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Documents and highlights added or changed since then are replaced by the "
            "backup's. The library as it is now is kept first, as a backup listed here "
            "(“the library before a restore”), so you can return to it. Undo history is "
            "cleared and the search index is rebuilt. Close other Parallax windows first."))
        self.restore_confirm = box.addButton(self.tr("Restore"),
                                             QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(
            lambda button: self._confirmed(path) if button is self.restore_confirm else None)
        self.confirmation = box
        box.open()
        return box

    def _confirmed(self, path: Path) -> None:
        if self._backups.restore(path) is not None:
            self.restoring = True
            self._set_busy(self.tr("Restoring {name}…").format(name=path.name))

    def _backed_up(self, path: Path) -> None:
        self.busy.hide()
        self.refresh()
        self.select_path(path)
        self.status.setText(self.tr("Backed up to {path}.").format(path=path))

    def _restored(self, path: Path, saved: Path | None) -> None:
        self.restoring = False
        self.busy.hide()
        self.refresh()
        text = self.tr("Restored the backup {name}.").format(name=path.name)
        if saved is not None:
            text += " " + self.tr("The library as it was is kept as {name}.").format(
                name=saved.name)
        self.status.setText(text)

    def _failed(self, message: str) -> None:
        self.restoring = False
        self.busy.hide()
        self._update_buttons()
        self.status.setText(message)


# -- a damaged library at start-up -------------------------------------------------------

#: Shows the damaged-library box and answers the button clicked (tests inject one).
AskDamaged = Callable[[QMessageBox], QAbstractButton | None]


def _restore_and_open(folder: Path, backup: Path, ask: AskDamaged) -> Library | None:
    """Put ``backup`` in place of the library file and open it (None: the reader was told)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # Before any window exists: there is no event loop to keep running yet.
        library, _ = restore_library(folder, backup, rebuild_index=False, seed_if_empty=True,
                                     auto_backup=None, defer_maintenance=True)
        return library
    except ParallaxError as again:
        _critical(str(again), ask)
        return None
    finally:
        QApplication.restoreOverrideCursor()


def _exec_box(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


def damaged_box(error: StoreDamaged) -> tuple[QMessageBox, QAbstractButton | None]:
    """The message for a damaged library, with a Restore button when a good backup exists."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("Application", "Parallax cannot open the library"),
                      str(error), QMessageBox.StandardButton.Close)
    box.setAccessibleName(translate("Application", "The library is damaged"))
    restore = _restore_button(box) if error.backup is not None else None
    if restore is not None:
        box.setInformativeText(translate(
            "Application",
            "Restore newest backup puts that copy in place and opens the window; the damaged "
            "file is kept in the backups folder."))
    return box, restore


def _restore_button(box: QMessageBox) -> QAbstractButton:
    """The default "Restore newest backup" button of a start-up message."""
    translate = QCoreApplication.translate
    restore = box.addButton(translate("Application", "Restore newest backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setAccessibleName(translate("Application", "Restore the newest good backup"))
    box.setDefaultButton(restore)
    return restore


def missing_box(
    error: StoreMissing,
) -> tuple[QMessageBox, QAbstractButton | None, QAbstractButton]:
    """The message for a library file that is gone while its backups remain: Restore the
    newest backup (when there is a good one) or Start a new library, never silently."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("Application", "The library file is missing"),
                      str(error), QMessageBox.StandardButton.Close)
    box.setAccessibleName(translate("Application", "The library file is missing"))
    restore = _restore_button(box) if error.backup is not None else None
    start_new = box.addButton(translate("Application", "Start a new library"),
                              QMessageBox.ButtonRole.DestructiveRole)
    start_new.setAccessibleName(translate("Application", "Start a new, empty library"))
    box.setInformativeText(translate(
        "Application",
        "Start a new library keeps every backup in the backups folder; you can restore "
        "one later from File → Restore from backup…"))
    return box, restore, start_new


def open_library(data_dir: Path | None, ask: AskDamaged | None = None) -> Library | None:
    """The Library of ``data_dir``; when its store is damaged, offer the newest good backup.

    A missing library file next to backups offers Restore or Start a new library. None
    when it cannot be opened (the reader was told why, or declined the restore).
    """
    ask = ask or _exec_box
    folder = (data_dir or default_data_dir()).expanduser()
    try:
        # Cheap: the check, the daily backup and a new library's seeds run on the worker
        # once the window shows (Workbench.start); damage found then is offered the same way.
        return Library(data_dir, defer_maintenance=True)
    except StoreMissing as exc:
        box, restore, start_new = missing_box(exc)
        answer = ask(box)
        if answer is start_new:
            try:
                return Library(folder, new_library=True, defer_maintenance=True)
            except ParallaxError as again:
                _critical(str(again), ask)
                return None
        if restore is None or answer is not restore or exc.backup is None:
            return None
        return _restore_and_open(folder, exc.backup, ask)
    except StoreDamaged as exc:
        box, restore = damaged_box(exc)
        if ask(box) is not restore or restore is None or exc.backup is None:
            return None
        return _restore_and_open(folder, exc.backup, ask)
    except ParallaxError as exc:
        _critical(str(exc), ask)
        return None


def _critical(message: str, ask: AskDamaged) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Application", "Parallax cannot open the library"), message,
        QMessageBox.StandardButton.Close)
    ask(box)
