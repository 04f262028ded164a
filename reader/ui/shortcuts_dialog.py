"""Help → Keyboard shortcuts: a sheet built from the window's actual actions."""

from __future__ import annotations

from collections.abc import Iterable

from .qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAction,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Keys handled by widgets themselves rather than by actions, listed for completeness.
WIDGET_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reading"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Select text"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+arrows, mouse drag")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move from the search field into the results"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Down")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected result"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Return")),
)


def action_text(action: QAction) -> str:
    """An action's text without mnemonic ampersands or a trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(groups: Iterable[tuple[str, Iterable[QAction]]]) -> list[tuple[str, str, str]]:
    """(group, action, keys) for every action with at least one shortcut."""
    rows: list[tuple[str, str, str]] = []
    for group, actions in groups:
        for action in actions:
            keys = [
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts() if not k.isEmpty()
            ]
            if keys and not action.isSeparator():
                rows.append((group, action_text(action), ", ".join(dict.fromkeys(keys))))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut of the window."""

    def __init__(self, groups: Iterable[tuple[str, Iterable[QAction]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        widget_keys = [(self.tr(where), self.tr(what), self.tr(keys))
                       for where, what, keys in WIDGET_KEYS]
        self.rows = shortcut_rows(groups) + widget_keys
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"),
                                              self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("Label keys (1, 2, 3…) work while the article has the focus.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Wide enough for the longest group, action and keys in the interface language
        # (German keys read "Strg+Umschalt+…"), so no column is cut.
        self.table.resizeColumnsToContents()
        needed = sum(self.table.sizeHintForColumn(c) for c in range(3)) + 80
        self.resize(max(560, needed), 520)
