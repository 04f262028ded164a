"""The main window: docks, actions and menus, wired to the panels; no logic of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.models import Label
from .annotations_panel import AnnotationsPanel
from .export_dialog import ExportDialog, SavePath
from .library_panel import LibraryPanel
from .preferences import THEMES, Preferences
from .qt import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDockWidget,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFileDialog,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QShowEvent,
    QSplitter,
    QStyle,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .reading_view import ReadingView
from .search_panel import ResultEntry, SearchPanel
from .session import Session
from .shortcuts_dialog import ShortcutsDialog
from .tasks_ui import Importer, TaskProgress
from .theme import ThemeManager
from .workbench import Workbench

OpenPaths = Callable[[QWidget, bool], list[str]]
THEME_NAMES = {"light": "&Light", "dark": "&Dark", "system": "Follow the &system"}


def ask_import_paths(parent: QWidget, folder: bool) -> list[str]:
    """The standard Open dialog for files, or for one folder."""
    if folder:
        chosen = QFileDialog.getExistingDirectory(parent, "Import a folder")
        return [chosen] if chosen else []
    files, _ = QFileDialog.getOpenFileNames(
        parent, "Import articles", "",
        "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
    return list(files)


class MainWindow(QMainWindow):
    """Library and search on the left, the article in the middle, its highlights on the right."""

    sig_library_loaded = Signal()
    sig_document_opened = Signal(str)

    def __init__(
        self, session: Session, preferences: Preferences, themes: ThemeManager, *,
        save_path: SavePath | None = None, open_paths: OpenPaths | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.preferences = preferences
        self.themes = themes
        self._save_path = save_path
        self._open_paths = open_paths or ask_import_paths
        self.export_dialog: ExportDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.setWindowTitle("Parallax")
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        # -- panels ---------------------------------------------------------------------
        self.reading = ReadingView(session.label_color, preferences.font_size)
        self.reading.setAccessibleName("Article")
        self.setCentralWidget(self.reading)
        self.search = SearchPanel(session)
        self.library = LibraryPanel(session.doc_ids_with_label)
        self.annotations = AnnotationsPanel(session, self.reading.selected_span)

        self.navigator = QSplitter(Qt.Orientation.Vertical)
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName("Search results and library")
        self.navigator.addWidget(self.search.results_box)
        self.navigator.addWidget(self.library)
        self.navigator.setStretchFactor(0, 3)
        self.navigator.setStretchFactor(1, 2)
        self.navigator.setChildrenCollapsible(False)
        left = QWidget()
        left.setAccessibleName("Search and library")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.navigator, 1)
        self.library_dock = self._dock("Library", "library_dock", left,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.annotations_dock = self._dock("Highlights", "annotations_dock", self.annotations,
                                           Qt.DockWidgetArea.RightDockWidgetArea)

        self.task_progress = TaskProgress()
        self.hit_status = QLabel()
        self.hit_status.setAccessibleName("Search hit position")
        self.statusBar().addPermanentWidget(self.hit_status)
        self.statusBar().addPermanentWidget(self.task_progress)
        self.importer = Importer(session, self.task_progress, self)
        self.workbench = Workbench(
            session, preferences, library=self.library, search=self.search,
            reading=self.reading, annotations=self.annotations, importer=self.importer,
            progress=self.task_progress, parent=self)

        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
              ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    # -- actions -------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: Callable[[], object],
                keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
                tip: str = "", context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
                ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences += QKeySequence.keyBindings(key)
            else:
                sequences.append(QKeySequence(key))
        unique = list(dict.fromkeys(s for s in sequences if not s.isEmpty()))
        action.setShortcuts(unique)
        action.setShortcutContext(context)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        a = self._action
        self.act_import = a("&Import files…", "import_files", self.import_files, (std.Open,),
                            "Import articles (.txt, .md, .html) into the library")
        self.act_import_folder = a("Import &folder…", "import_folder", self.import_folder,
                                   ("Ctrl+Shift+O",), "Import every article in a folder")
        self.act_export = a("&Export highlights…", "export", self.open_export, ("Ctrl+E",),
                            "Export highlights as Markdown, HTML, CSV or JSON-LD")
        self.act_quit = a("&Quit", "quit", self.close, (std.Quit, "Ctrl+Q"))
        self.act_undo = a("&Undo", "undo", self.session.undo, (std.Undo,))
        self.act_redo = a("&Redo", "redo", self.session.redo, (std.Redo, "Ctrl+Shift+Z"))
        self.act_copy = a("&Copy", "copy", lambda: self.workbench.copy(), (std.Copy,))
        self.act_find = a("&Find…", "find", self.focus_search, (std.Find, "Ctrl+K"),
                          "Search the library")
        self.act_next_hit = a("Find &next", "next_hit", self.reading.next_hit,
                              (std.FindNext, "F3"))
        self.act_previous_hit = a("Find &previous", "previous_hit", self.reading.previous_hit,
                                  (std.FindPrevious, "Shift+F3"))
        self.act_zoom_in = a("Zoom &in", "zoom_in", self.reading.zoom_in,
                             (std.ZoomIn, "Ctrl+="))
        self.act_zoom_out = a("Zoom &out", "zoom_out", self.reading.zoom_out, (std.ZoomOut,))
        self.act_zoom_reset = a("&Actual size", "zoom_reset", self.reading.zoom_reset,
                                ("Ctrl+0",))
        self.act_highlight_last = a("Highlight with the &last label", "highlight_last",
                                    lambda: self.highlight(self.preferences.last_label),
                                    ("Ctrl+H",))
        self.act_delete_highlight = a("&Delete highlight", "delete_highlight",
                                      lambda: self.workbench.delete_current_highlight())
        self.act_shortcuts = a("&Keyboard shortcuts", "shortcuts", self.show_shortcuts,
                               (std.HelpContents, "F1"))
        self.act_about = a("&About Parallax", "about", self.show_about)
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        for action, pixmap in ((self.act_import, pixmaps.SP_DialogOpenButton),
                               (self.act_export, pixmaps.SP_DialogSaveButton),
                               (self.act_undo, pixmaps.SP_ArrowBack),
                               (self.act_redo, pixmaps.SP_ArrowForward)):
            action.setIcon(icon(pixmap))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = a(THEME_NAMES[theme], f"theme_{theme}",
                       lambda t=theme: self.set_theme(t))  # type: ignore[misc]
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.label_actions: list[QAction] = []
        self._build_label_actions(self.session.labels())

    def _build_label_actions(self, labels: list[Label]) -> None:
        for action in self.label_actions:
            self.removeAction(action)
            self.reading.view.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        for number, label in enumerate(labels, start=1):
            keys = (str(number),) if number <= 9 else ()
            # Plain digit keys only while the article has the focus: they type elsewhere.
            action = self._action(
                f"Highlight as {label.name}", f"label_{label.name.lower()}",
                lambda name=label.name: self.highlight(name),  # type: ignore[misc]
                keys, f"Highlight the selected text as {label.name}",
                Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setIcon(self.annotations._swatch(label.name))
            self.reading.view.addAction(action)
            self.label_actions.append(action)
        self.reading.view.context_actions = [*self.label_actions, self.act_highlight_last]
        if hasattr(self, "annotate_menu"):
            self._fill_annotate_menu()
        self._update_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.act_import, self.act_import_folder])
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_copy, self.act_find, self.act_next_hit,
                              self.act_previous_hit])
        self.annotate_menu = bar.addMenu("&Annotate")
        self._fill_annotate_menu()
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.annotations_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.act_shortcuts, self.act_about])

        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setAccessibleName("Main toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._fill_toolbar()

    def _fill_annotate_menu(self) -> None:
        self.annotate_menu.clear()
        self.annotate_menu.addActions(self.label_actions)
        self.annotate_menu.addAction(self.act_highlight_last)
        self.annotate_menu.addSeparator()
        self.annotate_menu.addAction(self.act_delete_highlight)
        if hasattr(self, "toolbar"):
            self._fill_toolbar()

    def _fill_toolbar(self) -> None:
        self.toolbar.clear()
        self.toolbar.addActions([self.act_import, self.act_export])
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.label_actions)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])

    def action_groups(self) -> list[tuple[str, list[QAction]]]:
        """Every action by menu, for the shortcuts sheet."""
        return [
            ("File", [self.act_import, self.act_import_folder, self.act_export, self.act_quit]),
            ("Edit", [self.act_undo, self.act_redo, self.act_copy, self.act_find,
                      self.act_next_hit, self.act_previous_hit]),
            ("Annotate", [*self.label_actions, self.act_highlight_last,
                          self.act_delete_highlight]),
            ("View", [self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset,
                      *self.theme_actions.values()]),
            ("Help", [self.act_shortcuts, self.act_about]),
        ]

    # -- wiring --------------------------------------------------------------------------

    def _connect(self) -> None:
        s, w = self.session, self.workbench
        s.sig_error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.sig_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        w.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        w.sig_hit_status.connect(self.hit_status.setText)
        w.sig_title_changed.connect(self._show_title)
        w.sig_state_changed.connect(self._update_actions)
        w.sig_labels_changed.connect(lambda: self._build_label_actions(s.labels()))
        w.sig_library_loaded.connect(self.sig_library_loaded)
        w.sig_document_opened.connect(self.sig_document_opened)
        self.reading.sig_annotation_clicked.connect(lambda _id: self.annotations_dock.show())

    def _restore(self) -> None:
        prefs = self.preferences
        screen = self.screen().availableGeometry()
        self.resize(min(1320, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
        # Docks first, then geometry: restoring docks may stretch the window to fit them.
        if prefs.window_state is not None:
            self.restoreState(prefs.window_state)
        if prefs.geometry is not None:
            self.restoreGeometry(prefs.geometry)
        self._default_docks = prefs.window_state is None
        splitter = prefs.splitter_state("navigator")
        if splitter is not None:
            self.navigator.restoreState(splitter)
        header = prefs.header_state("library")
        if header is not None:
            self.library.table.horizontalHeader().restoreState(header)
            self.library.sync_column_actions()
        self.theme_actions[prefs.theme].setChecked(True)
        if prefs.last_document:
            self.workbench.open_document(prefs.last_document, quiet=True)
        self._update_actions()
        QTimer.singleShot(0, self.workbench.reload_library)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_docks:  # first start: share the width once the window has one
            self._default_docks = False
            width = self.width()
            self.resizeDocks([self.library_dock, self.annotations_dock],
                             [int(width * 0.38), int(width * 0.23)], Qt.Orientation.Horizontal)

    def save_state(self) -> None:
        """Remember geometry, docks, splitter, columns, font size and theme."""
        prefs = self.preferences
        prefs.geometry = self.saveGeometry()
        prefs.window_state = self.saveState()
        prefs.set_splitter_state("navigator", self.navigator.saveState())
        prefs.set_header_state("library", self.library.table.horizontalHeader().saveState())
        prefs.font_size = self.reading.font_size
        prefs.theme = self.themes.theme
        prefs.last_document = self.reading.document_id or ""
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.annotations.flush()
        self.save_state()
        self.session.executor.shutdown()
        for dialog in (self.export_dialog, self.shortcuts_dialog, self.importer.report_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)

    # -- what the actions call --------------------------------------------------------

    @property
    def library_loaded(self) -> bool:
        return self.workbench.library_loaded

    def open_document(self, doc_id: str) -> bool:
        """Show a document (see Workbench.open_document)."""
        return self.workbench.open_document(doc_id)

    def open_result(self, entry: ResultEntry) -> None:
        self.workbench.open_result(entry)

    def highlight(self, label: str | None) -> str | None:
        """Highlight the selected text with ``label``; the new highlight's id."""
        return self.workbench.highlight(label)

    def _show_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — Parallax" if title else "Parallax")

    def _update_actions(self) -> None:
        s = self.session
        self.act_undo.setEnabled(s.can_undo)
        self.act_redo.setEnabled(s.can_redo)
        self.act_undo.setText(s.undo_text or "&Undo")
        self.act_redo.setText(s.redo_text or "&Redo")
        has_selection = self.reading.selected_span() is not None
        for action in (*self.label_actions, self.act_highlight_last):
            action.setEnabled(has_selection and s.can_annotate)
        self.act_delete_highlight.setEnabled(self.annotations.current is not None)

    # -- import and export ---------------------------------------------------------------

    def import_files(self) -> None:
        self.importer.import_paths(self._open_paths(self, False))

    def import_folder(self) -> None:
        self.importer.import_paths(self._open_paths(self, True))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)
        else:
            event.ignore()

    def open_export(self) -> ExportDialog:
        """File → Export…: a dialog on the current document and selection."""
        self.annotations.flush()
        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog.deleteLater()
        languages = [code for code, _n in self.library.model.language_counts()]
        self.export_dialog = ExportDialog(
            self.session, current_doc=self.reading.document_id,
            selected_docs=self.library.selected_ids(), languages=languages,
            save_path=self._save_path, parent=self)
        self.export_dialog.show()
        return self.export_dialog

    # -- the rest ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.search.focus_field()

    def set_theme(self, theme: str) -> None:
        """Switch the theme (light, dark or system) and remember it."""
        if theme in THEMES:
            self.themes.apply(theme)  # type: ignore[arg-type]
            self.preferences.theme = theme  # type: ignore[assignment]
            self.theme_actions[theme].setChecked(True)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self.action_groups(), self)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def show_about(self) -> None:
        from .. import __version__

        box = QMessageBox(QMessageBox.Icon.Information, "About Parallax",
                          f"Parallax {__version__}\n\nRead, search and annotate articles "
                          "across languages. Your library stays on this computer; Parallax "
                          "never uses the network.", QMessageBox.StandardButton.Ok, self)
        box.open()

