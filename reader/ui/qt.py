"""Every Qt name the window uses, imported in this one module (the rest of ``ui`` imports here).

Keeping PySide6 behind one module means a Qt upgrade or a binding switch touches one file,
and a grep shows exactly which parts of Qt the application depends on.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QIcon,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleFactory,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class _Probe(QObject):
    sig_probe = Signal()


def _singleton_leaks() -> list[object]:
    """The singletons (None, True, False) that calls into the bindings leak references of."""
    leaking: list[object] = []
    size = QSize()
    before = sys.getrefcount(None)
    size.setWidth(1)  # a void method returns None
    size.setWidth(2)
    if sys.getrefcount(None) < before:
        leaking.append(None)
    probe = _Probe()
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    probe.sig_probe.emit()  # emit() answers True
    probe.sig_probe.emit()
    if sys.getrefcount(True) < before_true or sys.getrefcount(False) < before_false:
        leaking += [True, False]
    return leaking


def guard_none_refcount() -> bool:
    """Work around PySide6 6.12.0 on CPython < 3.12 dropping references to None and True.

    That release returns None from every void method and True from ``Signal.emit`` without
    taking a reference, so after a few thousand calls CPython deallocates the singleton and
    aborts ("none_dealloc", "bool_dealloc"). CPython 3.12 made them immortal; on 3.11 we
    give them enough references to last forever. Called by whoever builds the application
    (never at import); does nothing where the bindings are sound. Returns whether it applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    leaking = _singleton_leaks()
    for singleton in leaking:
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 40:
            refcount.value += 1 << 41
    return bool(leaking)



def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a cell the code itself filled (Qt types every cell as possibly empty)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at row {row}, column {column}")
    return item


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    Qt's own name, so pyside6-lupdate finds the calls; defined here because PySide6 types
    its version as returning ``object``, which hides the strings from the type checker.
    """
    return source


__all__ = [
    "guard_none_refcount", "table_item", "QAbstractButton", "QAbstractItemView",
    "QAbstractListModel",
    "QAbstractTableModel", "QAbstractTextDocumentLayout", "QAction", "QActionGroup",
    "QApplication", "QButtonGroup", "QCheckBox", "QByteArray", "QCoreApplication", "QLibraryInfo",
    "QT_TRANSLATE_NOOP", "QTranslator", "QCloseEvent", "QColor", "QColorDialog", "QComboBox",
    "QDialog", "QDialogButtonBox", "QDockWidget", "QDragEnterEvent", "QDragMoveEvent",
    "QDropEvent", "QElapsedTimer", "QEvent", "QEventLoop", "QFileDialog", "QFont", "QFontDatabase",
    "QInputDialog",
    "QFormLayout", "QFrame", "QHBoxLayout", "QHeaderView", "QIcon", "QItemSelectionModel",
    "QKeySequence", "QLabel", "QLineEdit", "QListView", "QListWidget", "QListWidgetItem",
    "QLocale", "QMainWindow", "QMenu", "QMessageBox", "QMimeData", "QModelIndex", "QMouseEvent",
    "QObject", "QPainter", "QPaintEvent", "QPalette", "QPen", "QPersistentModelIndex",
    "QPixmap", "QPlainTextEdit", "QPointF", "QProgressBar", "QPushButton", "QRadioButton",
    "QRectF", "QResizeEvent", "QRunnable", "QSettings", "QShowEvent", "QSize", "QSizePolicy",
    "QScrollArea", "QSplitter", "QStackedWidget", "QStyle", "QStyledItemDelegate",
    "QStyleFactory", "QStyleOptionViewItem", "Qt",
    "QTabBar", "QTableView", "QTableWidget", "QTableWidgetItem", "QTabWidget",
    "QTextBlockFormat", "QTextCharFormat",
    "QTextCursor", "QTextDocument", "QTextEdit", "QTextListFormat", "QThread", "QThreadPool",
    "QTimer", "QToolBar", "QToolButton", "QUrl", "QVBoxLayout", "QWidget", "Signal",
]
