"""Annotate → Labels…: every label with its colour and use; add, rename, recolour, delete.

Each change is one of the core's undoable label operations, made through the Session, so
the label keys, toolbar, menus and library filter follow through the usual broadcast and
Ctrl+Z undoes it. Deleting a label still on highlights always asks what becomes of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..core.annotation_io import NEW_LABEL_COLORS
from ..core.changes import Change, ChangeKind
from ..core.tasks import CancelToken, Progress
from .i18n import label_name
from .qt import (
    QAbstractItemView,
    QButtonGroup,
    QColor,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QLineEdit,
    QPalette,
    QPixmap,
    QPushButton,
    QRadioButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    table_item,
)
from .session import Session

#: Asks for a colour: (parent, current colour, title) → the chosen colour, None on Cancel.
ChooseColor = Callable[[QWidget, QColor, str], QColor | None]
NAME_ROLE = Qt.ItemDataRole.UserRole


def ask_color(parent: QWidget, initial: QColor, title: str) -> QColor | None:
    """Qt's colour dialog; None when the reader cancels."""
    color = QColorDialog.getColor(initial, parent, title)
    return color if color.isValid() else None


def swatch(color: str | QColor, size: int = 14) -> QIcon:
    """A small square of a colour, for lists and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def error_palette(widget: QWidget) -> None:
    """Colour a message label as a problem, readable on light and dark themes."""
    palette = widget.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    widget.setPalette(palette)


class DeleteLabelDialog(QDialog):
    """What happens to the highlights of a label being deleted: moved, or left unlabelled."""

    def __init__(self, label: str, count: int, others: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete label"))
        self.label = label
        self.question = QLabel(self.tr(
            "The label “{label}” is on %n highlight(s). What should happen to them?", "",
            count).format(label=label_name(label)))
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("What deleting the label does"))
        self.move_choice = QRadioButton(self.tr("&Move them to the label"))
        self.move_choice.setAccessibleName(self.tr("Move the highlights to another label"))
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Label to move the highlights to"))
        for name, color in others:
            self.target_combo.addItem(swatch(color), label_name(name), name)
        self.clear_choice = QRadioButton(self.tr("&Keep them, without a label"))
        self.clear_choice.setAccessibleName(self.tr("Keep the highlights without a label"))
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.move_choice)
        self.choices.addButton(self.clear_choice)
        self.move_choice.setEnabled(bool(others))
        self.target_combo.setEnabled(bool(others))
        (self.move_choice if others else self.clear_choice).setChecked(True)
        self.target_combo.activated.connect(lambda _i: self.move_choice.setChecked(True))
        note = QLabel(self.tr("The highlights, their notes and tags are kept either way; "
                              "Edit → Undo brings the label back."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete label"))
        self.delete_button.setAccessibleName(self.tr("Delete the label"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_choice)
        move_row.addWidget(self.target_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(move_row)
        layout.addWidget(self.clear_choice)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def reassign_to(self) -> str | None:
        """The label chosen for the highlights, or None to leave them without one."""
        if self.move_choice.isChecked():
            return str(self.target_combo.currentData())
        return None


class LabelsDialog(QDialog):
    """The library's labels, each with its colour and how many highlights wear it."""

    def __init__(self, session: Session, choose_color: ChooseColor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Labels"))
        self._session = session
        self._choose_color = choose_color or ask_color
        self._counting = session.tasks.latest("label-counts", self)
        self.counts: dict[str, int] | None = None
        self.delete_dialog: DeleteLabelDialog | None = None

        intro = QLabel(self.tr(
            "Claim, Evidence and Question are built in: they can be recoloured. Your own "
            "labels can also be renamed and deleted. Edit → Undo takes back any change."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Labels"))
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Highlights")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected label"))
        self.color_button = QPushButton(self.tr("C&olour…"))
        self.color_button.setAccessibleName(self.tr("Change the colour of the selected label"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected label"))
        side = QVBoxLayout()
        for button in (self.rename_button, self.color_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)

        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of the new label"))
        self.new_name.setPlaceholderText(self.tr("New label name"))
        self.new_color = NEW_LABEL_COLORS[0]
        self.new_color_button = QToolButton()
        self.new_color_button.setAccessibleName(self.tr("Colour of the new label"))
        self.new_color_button.setToolTip(self.tr("Colour of the new label"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the new label"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_color_button)
        add_row.addWidget(self.add_button)

        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Labels problem"))
        self.message.setWordWrap(True)
        error_palette(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(500, 420)

        self.rename_button.clicked.connect(self.start_rename)
        self.color_button.clicked.connect(self.recolor_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.new_color_button.clicked.connect(self.choose_new_color)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemChanged.connect(self._item_edited)
        session.sig_changed.connect(self._changed)
        session.sig_error.connect(self._show_error)
        self.refresh()
        if self.table.rowCount():
            self.table.selectRow(0)
        self._pick_new_color()

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the session's labels now, and count their highlights on the worker."""
        chosen = self.selected_label()
        labels = self._session.labels()
        self.table.blockSignals(True)
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            item = QTableWidgetItem(swatch(label.color), label_name(label.name))
            item.setData(NAME_ROLE, label.name)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if label.builtin:
                item.setToolTip(self.tr("Built in: it can be recoloured, not renamed or "
                                        "deleted."))
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.table.setItem(row, 0, item)
            count = QTableWidgetItem(self._count_text(label.name))
            count.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
        self.table.blockSignals(False)
        if chosen is not None:
            self.select_label(chosen)
        self._update_buttons()
        self._count_on_worker()

    def _count_text(self, name: str) -> str:
        if self.counts is None:
            return "…"
        return self.tr("%Ln highlight(s)", "", self.counts.get(name, 0))

    def _count_on_worker(self) -> None:
        service = self._session.service

        def work(_progress: Progress, _cancel: CancelToken) -> Counter[str]:
            return Counter(a.label for a in service.query() if a.label)

        self._counting.submit(work, self._counted)

    def _counted(self, counts: Counter[str]) -> None:
        self.counts = dict(counts)
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            name = table_item(self.table, row, 0).data(NAME_ROLE)
            table_item(self.table, row, 1).setText(self._count_text(name))
        self.table.blockSignals(False)

    def names(self) -> list[str]:
        """The labels listed, in order (stored names)."""
        return [table_item(self.table, row, 0).data(NAME_ROLE)
                for row in range(self.table.rowCount())]

    def selected_label(self) -> str | None:
        """The stored name of the selected label."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(NAME_ROLE))

    def select_label(self, name: str) -> bool:
        """Select a label's row by its stored name."""
        for row, listed in enumerate(self.names()):
            if listed == name:
                self.table.selectRow(row)
                return True
        return False

    def _builtin(self, name: str | None) -> bool:
        return any(label.builtin for label in self._session.labels() if label.name == name)

    def _update_buttons(self) -> None:
        name = self.selected_label()
        own = name is not None and not self._builtin(name)
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.color_button.setEnabled(name is not None)

    def _changed(self, change: Change) -> None:
        if ChangeKind.LABELS in change.kind:
            self._show_error("")
        self.refresh()

    def _show_error(self, message: str) -> None:
        if message and not self.isVisible():
            return
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- changes -------------------------------------------------------------------------

    def add(self) -> bool:
        """Add a label with the typed name and the chosen colour."""
        name = " ".join(self.new_name.text().split())
        if not name:
            self._show_error(self.tr("Type a name for the new label first."))
            return False

        def added(_change: object) -> None:
            if " ".join(self.new_name.text().split()) == name:
                self.new_name.clear()
            self.select_label(name)
            self._pick_new_color()

        self._session.add_label(name, self.new_color, then=added)
        return True

    def _pick_new_color(self) -> None:
        used = {label.color.lower() for label in self._session.labels()}
        fresh = [c for c in NEW_LABEL_COLORS if c not in used]
        self._set_new_color((fresh or list(NEW_LABEL_COLORS))[0])

    def _set_new_color(self, color: str) -> None:
        self.new_color = color
        self.new_color_button.setIcon(swatch(color, 16))

    def choose_new_color(self) -> None:
        """Ask for the colour the next label gets."""
        chosen = self._choose_color(self, QColor(self.new_color),
                                    self.tr("Colour of the new label"))
        if chosen is not None:
            self._set_new_color(chosen.name())

    def start_rename(self) -> None:
        """Edit the selected label's name in place."""
        rows = self.table.selectionModel().selectedRows()
        if rows and self.rename_button.isEnabled():
            self.table.editItem(table_item(self.table, rows[0].row(), 0))

    def _item_edited(self, item: QTableWidgetItem) -> None:
        old = str(item.data(NAME_ROLE))
        new = " ".join(item.text().split())
        if item.column() != 0 or new == old:
            return
        if not new:
            self.refresh()  # refused: show the name as it is
            return
        self._session.rename_label(old, new, then=lambda _change: self.select_label(new),
                                   otherwise=self.refresh)

    def rename(self, old: str, new: str) -> bool:
        """Rename a label as typing in its row does (written on the write lane: the table
        shows the new name once it is written)."""
        if not self.select_label(old):
            return False
        table_item(self.table, self.table.currentRow(), 0).setText(new)
        return True

    def recolor_selected(self) -> bool:
        """Ask for a new colour for the selected label and apply it."""
        name = self.selected_label()
        if name is None:
            return False
        current = self._session.label_color(name)
        chosen = self._choose_color(
            self, current, self.tr("Colour of {label}").format(label=label_name(name)))
        if chosen is None or chosen.name().lower() == current.name().lower():
            return False
        self._session.recolor_label(name, chosen.name())
        return True

    def delete_selected(self) -> DeleteLabelDialog | None:
        """Delete the selected label; when highlights wear it, ask what becomes of them."""
        name = self.selected_label()
        if name is None or self._builtin(name):
            return None
        count = self._session.label_usage(name)
        if not count:
            self._session.delete_label(name)
            return None
        others = [(label.name, label.color) for label in self._session.labels()
                  if label.name != name]
        if self.delete_dialog is not None:
            self.delete_dialog.close()
            self.delete_dialog.deleteLater()
        dialog = DeleteLabelDialog(name, count, others, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._delete(dialog))
        self.delete_dialog = dialog
        dialog.open()
        return dialog

    def _delete(self, dialog: DeleteLabelDialog) -> None:
        target = dialog.reassign_to()
        self._session.delete_label(dialog.label, reassign_to=target, clear=target is None)

