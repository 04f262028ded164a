"""The main window: docks, actions and menus, wired to the panels; no logic of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.errors import StoreDamaged
from .backup_dialog import Backups, BackupsDialog, damaged_box
from .claims_view import ClaimsView
from .compare_view import CompareView
from .comparing import Comparing
from .damage_notice import CheckDialog, DamageNotice
from .export_dialog import ExportDialog, SavePath
from .highlights_import import HighlightsImporter, OpenHighlightsFile, ask_highlights_file
from .highlights_panel import HighlightsPanel
from .i18n import LANGUAGE_SETTINGS, NATIVE_NAMES, operation_text
from .labels_dialog import ChooseColor, LabelsDialog
from .library_panel import LibraryPanel
from .preferences import THEMES, Preferences
from .qt import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCoreApplication,
    QDockWidget,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPalette,
    QShowEvent,
    QSplitter,
    QStackedWidget,
    QStyle,
    Qt,
    QTabBar,
    QTabWidget,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .reading_view import ReadingView
from .related_panel import RelatedPanel
from .search_panel import ResultEntry, SearchPanel
from .session import Session
from .shortcuts_dialog import ShortcutsDialog
from .tasks import TaskProgress
from .tasks_ui import Importer
from .theme import ThemeManager, tinted_icon
from .window_actions import action_groups, build_actions, build_label_actions, build_menus
from .workbench import Workbench
from .workers import TaskHandle

OpenPaths = Callable[[QWidget, bool], list[str]]
#: The side panels' share of the width while comparing (the library dock hides).
COMPARE_DOCK_SHARE = 0.24


def ask_import_paths(parent: QWidget, folder: bool) -> list[str]:
    """The standard Open dialog for files, or for one folder."""
    translate = QCoreApplication.translate
    if folder:
        chosen = QFileDialog.getExistingDirectory(
            parent, translate("MainWindow", "Import a folder"))
        return [chosen] if chosen else []
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("MainWindow", "Import articles"), "",
        translate("MainWindow", "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf "
                                "*.docx *.epub);;All files (*)")
        + ";;" + translate("MainWindow", "REFI-QDA projects (*.qdpx)"))
    return list(files)


def ask_import_url(parent: QWidget) -> str:
    """File → Import from URL…: the address the user pastes, or "" when cancelled."""
    translate = QCoreApplication.translate
    url, accepted = QInputDialog.getText(
        parent, translate("MainWindow", "Import from URL"),
        translate("MainWindow", "Web address of the page to fetch (http:// or https://):"))
    return url.strip() if accepted else ""


class MainWindow(QMainWindow):
    """Library and search on the left, the article in the middle, its highlights on the right."""

    sig_library_loaded = Signal()
    sig_document_opened = Signal(str)

    # Built by window_actions (build_actions, build_menus).
    act_import: QAction
    act_import_url: QAction
    act_import_folder: QAction
    act_import_highlights: QAction
    act_export: QAction
    act_backup: QAction
    act_restore: QAction
    act_labels: QAction
    act_quit: QAction
    act_undo: QAction
    act_redo: QAction
    act_copy: QAction
    act_find: QAction
    act_next_hit: QAction
    act_previous_hit: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_zoom_reset: QAction
    act_highlight_last: QAction
    act_delete_highlight: QAction
    act_shortcuts: QAction
    act_about: QAction
    act_check: QAction
    act_compare: QAction
    act_compare_with: QAction
    act_close_compare: QAction
    act_scroll_together: QAction
    act_focus_compare: QAction
    act_find_related: QAction
    act_claims: QAction
    label_actions: list[QAction]
    theme_group: QActionGroup
    theme_actions: dict[str, QAction]
    language_group: QActionGroup
    language_actions: dict[str, QAction]
    annotate_menu: QMenu
    language_menu: QMenu
    toolbar: QToolBar

    def __init__(
        self, session: Session, preferences: Preferences, themes: ThemeManager, *,
        save_path: SavePath | None = None, open_paths: OpenPaths | None = None,
        open_highlights: OpenHighlightsFile | None = None, choose_color: ChooseColor | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.preferences = preferences
        self.themes = themes
        self._save_path = save_path
        self._open_paths = open_paths or ask_import_paths
        self._open_highlights = open_highlights or ask_highlights_file
        self._ask_url = ask_import_url
        self._choose_color = choose_color
        self.export_dialog: ExportDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.labels_dialog: LabelsDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        # The start-up check found the library damaged: the question offering its backup.
        self.damaged_question: QMessageBox | None = None
        # Set when the reader closed the window rather than restore a damaged library.
        self.library_unusable = False
        self.language_box: QMessageBox | None = None
        #: Set when the reader chose to restart in another language: run_app builds the
        #: window again (same library, new translators) once this one has closed.
        self.restart_requested = False
        self.setWindowTitle("Parallax")
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        # -- panels ---------------------------------------------------------------------
        self.reading = ReadingView(session.label_color, preferences.font_size)
        self.reading.setAccessibleName(self.tr("Article"))
        self.compare = CompareView(session.label_color, preferences.font_size,
                                   preferences.scroll_together)
        self.compare.setAccessibleName(self.tr("Compared sources"))
        self.central = QStackedWidget()  # the single article, or sources side by side
        self.central.setAccessibleName(self.tr("Reading area"))
        self.central.addWidget(self.reading)
        self.central.addWidget(self.compare)
        # The claims view opens as a tab beside the article (or comparison), with the whole
        # width, instead of a dock that takes height from everything else.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("central_tabs")
        self.tabs.setAccessibleName(self.tr("Reading area and claims"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # no tab bar while the article is alone
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.central, self.tr("Article"))
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            button = self.tabs.tabBar().tabButton(0, side)  # the article is never closed
            self.tabs.tabBar().setTabButton(0, side, None)
            if button is not None:
                button.setParent(None)
                button.deleteLater()
        # Above the article: a bar that appears when rows of the library cannot be read.
        self.damage_notice = DamageNotice()
        self.check_dialog: CheckDialog | None = None
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.damage_notice)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.search = SearchPanel(session)
        self.library_panel = LibraryPanel(session.doc_ids_with_label)
        self.highlights_panel = HighlightsPanel(session, self.reading.selected_span)

        self.navigator = QSplitter(Qt.Orientation.Vertical)
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(self.tr("Search results and library"))
        self.navigator.addWidget(self.search.results_box)
        self.navigator.addWidget(self.library_panel)
        self.navigator.setStretchFactor(0, 3)
        self.navigator.setStretchFactor(1, 2)
        self.navigator.setChildrenCollapsible(False)
        left = QWidget()
        left.setAccessibleName(self.tr("Search and library"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.navigator, 1)
        self.library_dock = self._dock(self.tr("Library"), "library_dock", left,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        # "annotations_dock": the name saved window layouts know this dock by.
        self.highlights_dock = self._dock(self.tr("Highlights"), "annotations_dock",
                                          self.highlights_panel,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.related = RelatedPanel()
        self.related_dock = self._dock(self.tr("Other sources"), "related_dock", self.related,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.highlights_dock, self.related_dock)
        self.related_dock.hide()
        self.claims = ClaimsView(save_path)
        self.claims.setAccessibleName(self.tr("Claims"))
        self.claims.hide()
        # The dock layout before a comparison gave the panes the width (None: not in it).
        self._layout_before_compare: dict[QDockWidget, int] | None = None

        self.task_progress = TaskProgress()
        self.hit_status = QLabel()
        self.hit_status.setAccessibleName(self.tr("Search hit position"))
        self.statusBar().addPermanentWidget(self.hit_status)
        self.statusBar().addPermanentWidget(self.task_progress)
        session.tasks.show_progress_in(self.task_progress)
        self.importer = Importer(session, self)
        self.highlights_importer = HighlightsImporter(session, self)
        self.backups = Backups(session, self)
        self.workbench = Workbench(
            session, preferences, library_panel=self.library_panel, search=self.search,
            reading=self.reading, highlights_panel=self.highlights_panel, parent=self)
        self.comparing = Comparing(
            session, preferences, workbench=self.workbench, stack=self.central,
            compare=self.compare, related=self.related, claims=self.claims,
            related_dock=self.related_dock,
            highlights_dock=self.highlights_dock, parent=self)

        build_actions(self)
        self._tint_icons()
        self._update_actions()
        build_menus(self)
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

    # -- wiring --------------------------------------------------------------------------

    def _connect(self) -> None:
        s, w = self.session, self.workbench
        s.sig_error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.sig_message.connect(
            lambda text: self.statusBar().showMessage(operation_text(text), 5000))
        w.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        w.sig_store_damaged.connect(self.offer_restore)
        w.sig_hit_status.connect(self.hit_status.setText)
        w.sig_title_changed.connect(self._show_title)
        w.sig_state_changed.connect(self._update_actions)
        w.sig_labels_changed.connect(self._labels_changed)
        w.sig_library_loaded.connect(self.sig_library_loaded)
        w.sig_document_opened.connect(self.sig_document_opened)
        self.reading.sig_annotation_clicked.connect(lambda _id: self.highlights_dock.show())
        self.comparing.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.library_panel.sig_selection_changed.connect(self._update_actions)
        c = self.comparing
        c.sig_compare_opened.connect(self._compare_opened)
        c.sig_compare_closed.connect(self._compare_closed)
        c.sig_show_claims.connect(self.show_claims_tab)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        # Going to a passage or a comparison from the claims: back to the reading tab.
        self.claims.sig_show_passage.connect(lambda *_: self.tabs.setCurrentIndex(0))
        self.claims.sig_compare.connect(lambda *_: self.tabs.setCurrentIndex(0))
        w.sig_document_opened.connect(lambda *_: self.tabs.setCurrentIndex(0))
        self.damage_notice.sig_details.connect(self.check_library)
        self.library_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.library_panel.table.addAction(self.act_compare)

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
            self.library_panel.table.horizontalHeader().restoreState(header)
            self.library_panel.sync_column_actions()
        self.theme_actions[prefs.theme].setChecked(True)
        self.language_actions[prefs.language].setChecked(True)
        if prefs.last_document:
            self.workbench.open_document(prefs.last_document, quiet=True)
        self._update_actions()
        # Once the window shows: maintenance (check, daily backup, seeding), then the list.
        QTimer.singleShot(0, self.workbench.start)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_docks:  # first start: share the width once the window has one
            self._default_docks = False
            self.share_width()

    def share_width(self) -> None:
        """The first start's layout: the library and the highlights take their share of
        the window's width, the article the rest."""
        width = self.width()
        self.resizeDocks([self.library_dock, self.highlights_dock],
                         [int(width * 0.38), int(width * 0.23)], Qt.Orientation.Horizontal)

    def save_state(self) -> None:
        """Remember geometry, docks, splitter, columns, font size and theme."""
        prefs = self.preferences
        prefs.geometry = self.saveGeometry()
        # Closed while comparing: the next start has the docks as they were before.
        self.set_compare_layout(False)
        prefs.window_state = self.saveState()
        prefs.set_splitter_state("navigator", self.navigator.saveState())
        prefs.set_header_state("library", self.library_panel.table.horizontalHeader().saveState())
        prefs.font_size = self.reading.font_size
        prefs.theme = self.themes.theme
        prefs.last_document = self.reading.document_id or ""
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.highlights_panel.flush()
        self.save_state()
        self.damage_notice.stop()
        self.session.tasks.shutdown()  # the pending writes finish; other jobs are cancelled
        for dialog in (self.export_dialog, self.shortcuts_dialog, self.importer.report_dialog,
                       self.comparing.compare_with_dialog, self.labels_dialog,
                       self.backups_dialog, self.highlights_importer.report_dialog,
                       self.check_dialog):
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

    def highlight(self, label: str | None, then: Callable[[str], object] | None = None
                  ) -> TaskHandle | None:
        """Highlight the selected text with ``label``; ``then`` gets the new highlight's id
        once it is written (None: nothing selected)."""
        return self.workbench.highlight(label, then)

    def _show_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — Parallax" if title else "Parallax")

    def _labels_changed(self) -> None:
        labels = self.session.labels()
        names = [label.name for label in labels]
        if self.preferences.last_label not in names and names:
            self.preferences.last_label = names[0]  # Ctrl+H: the label was renamed or deleted
        build_label_actions(self, labels)
        self._update_actions()

    def _update_actions(self) -> None:
        s = self.session
        self.act_undo.setEnabled(s.can_undo)
        self.act_redo.setEnabled(s.can_redo)
        self.act_undo.setText(
            operation_text(s.undo_text) if s.can_undo and s.undo_text else self.tr("&Undo"))
        self.act_redo.setText(
            operation_text(s.redo_text) if s.can_redo and s.redo_text else self.tr("&Redo"))
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))
        reading = self.workbench.active_reading()
        has_selection = reading.selected_span() is not None
        for action in (*self.label_actions, self.act_highlight_last):
            action.setEnabled(has_selection)
        self.act_find_related.setEnabled(has_selection)
        chosen = len(self.library_panel.selected_ids())
        self.act_compare.setEnabled(2 <= chosen <= 4)
        # Disabled, it says why: a hint in its tooltip (menus show them) and status tip.
        hint = (self.tr("Show the {count} documents selected in the library side by side"
                        ).format(count=chosen) if 2 <= chosen <= 4
                else self.tr("Select two to four documents in the library (Ctrl-click, "
                             "Shift-click) to compare them; %n selected", "", chosen))
        self.act_compare.setToolTip(hint)
        self.act_compare.setStatusTip(hint)
        self.act_compare_with.setEnabled(reading.document_id is not None)
        self.act_close_compare.setEnabled(self.comparing.comparing)
        self.act_focus_compare.setEnabled(self.comparing.comparing)
        self.act_focus_compare.setChecked(self._layout_before_compare is not None)
        self.act_delete_highlight.setEnabled(self.highlights_panel.current is not None)

    # -- import and export ---------------------------------------------------------------

    def import_files(self) -> None:
        self.importer.import_paths(self._open_paths(self, False))

    def import_folder(self) -> None:
        self.importer.import_paths(self._open_paths(self, True))

    def import_url(self) -> None:
        """File → Import from URL…: fetch the page the user pastes, on the worker."""
        url = self._ask_url(self)
        if url:
            self.importer.import_url(url)

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
        self.highlights_panel.flush()
        self.session.wait_for_writes()  # the export shows every change made before it
        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog.deleteLater()
        languages = [code for code, _n in self.library_panel.model.language_counts()]
        self.export_dialog = ExportDialog(
            self.session, current_doc=self.reading.document_id,
            selected_docs=self.library_panel.selected_ids(), languages=languages,
            save_path=self._save_path, folder=self.preferences.export_folder, parent=self)
        self.export_dialog.sig_saved.connect(self._export_saved)
        self.export_dialog.show()
        return self.export_dialog

    def _export_saved(self, path: str) -> None:
        self.preferences.export_folder = str(Path(path).parent)  # the next export starts there

    def import_highlights(self) -> None:
        """File → Import highlights…: a JSON-LD export read back on the worker."""
        self.highlights_panel.flush()
        self.session.wait_for_writes()
        self.highlights_importer.import_file(self._open_highlights(self))

    # -- labels and backups --------------------------------------------------------------

    def _replace_dialog(self, old: QWidget | None) -> None:
        if old is not None:
            old.close()
            old.deleteLater()

    def open_labels(self) -> LabelsDialog:
        """Annotate → Labels…: add, rename, recolour and delete labels."""
        self.highlights_panel.flush()
        self._replace_dialog(self.labels_dialog)
        self.labels_dialog = LabelsDialog(self.session, self._choose_color, self)
        # Ctrl+Z and Ctrl+Shift+Z undo label changes from inside the dialog too.
        self.labels_dialog.addActions([self.act_undo, self.act_redo])
        self.labels_dialog.show()
        return self.labels_dialog

    def open_backups(self) -> BackupsDialog:
        """File → Restore from backup…: the backups, newest first."""
        self.highlights_panel.flush()
        self.session.wait_for_writes()
        self._replace_dialog(self.backups_dialog)
        self.backups_dialog = BackupsDialog(self.backups, self)
        self.backups_dialog.show()
        return self.backups_dialog

    def offer_restore(self, error: StoreDamaged) -> QMessageBox:
        """The start-up check found the library damaged (the window was already showing):
        the same question as before the window opens, Restore newest backup or Close."""
        box, restore = damaged_box(error)
        if restore is not None:
            box.setInformativeText(self.tr(
                "Restore newest backup puts that copy in place and reloads the window; the "
                "damaged file is kept in the backups folder."))
        box.setParent(self, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        backup = error.backup

        def answered(button: object) -> None:
            if restore is not None and button is restore and backup is not None:
                self.backups.restore(backup)
            else:  # nothing can be read or written: as if the window had never opened
                self.library_unusable = True
                self.close()

        box.buttonClicked.connect(answered)
        self.damaged_question = box
        box.open()
        return box

    def back_up_now(self) -> BackupsDialog:
        """File → Back up library now…: the backups list, with a new backup on its way."""
        dialog = self.open_backups()
        dialog.back_up_now()
        return dialog

    def _tint_icons(self) -> None:
        """The undo and redo arrows in the palette's text colour: the style draws them
        black, which vanishes on the dark theme's toolbar."""
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for action, pixmap in ((self.act_undo, QStyle.StandardPixmap.SP_ArrowBack),
                               (self.act_redo, QStyle.StandardPixmap.SP_ArrowForward)):
            action.setIcon(tinted_icon(self.style().standardIcon(pixmap), color))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "act_undo"):
            self._tint_icons()

    # -- the comparison's layout and the claims tab --------------------------------------

    def _compare_opened(self) -> None:
        self.tabs.setTabText(0, self.tr("Comparison"))
        self.tabs.setCurrentIndex(0)
        self.set_compare_layout(True)

    def _compare_closed(self) -> None:
        self.tabs.setTabText(0, self.tr("Article"))
        self.set_compare_layout(False)

    def set_compare_layout(self, on: bool) -> None:
        """Give the compared sources the width (on), or put the docks back as they were
        before (off). Opening a comparison turns it on, closing it turns it off."""
        if on and self._layout_before_compare is None and self.comparing.comparing:
            docks = (self.library_dock, self.highlights_dock, self.related_dock)
            self._layout_before_compare = {
                dock: dock.width() for dock in docks if dock.isVisible() and not dock.isFloating()}
            self.library_dock.hide()
            # The highlights and Other sources stay at hand, tabbed, in a narrow column.
            right = [d for d in (self.highlights_dock, self.related_dock)
                     if d.isVisible() and not d.isFloating()]
            if right:
                self.resizeDocks(right[:1], [max(280, int(self.width() * COMPARE_DOCK_SHARE))],
                                 Qt.Orientation.Horizontal)
        elif not on and self._layout_before_compare is not None:
            # Only what the comparison changed goes back (a panel opened meanwhile stays):
            # restoreState would also leave a stale tab bar over a tabbed dock.
            widths, self._layout_before_compare = self._layout_before_compare, None
            if self.library_dock in widths:
                self.library_dock.show()
            shown = [dock for dock in widths if dock.isVisible()]
            if shown:
                self.resizeDocks(shown, [widths[dock] for dock in shown],
                                 Qt.Orientation.Horizontal)
        self._update_actions()

    def show_claims_tab(self) -> None:
        """Compare → Claims: the claims view as a tab beside the article, with the width."""
        if self.tabs.indexOf(self.claims) < 0:
            index = self.tabs.addTab(self.claims, self.tr("Claims"))
            close = self.tabs.tabBar().tabButton(index, QTabBar.ButtonPosition.RightSide)
            if close is not None:
                close.setAccessibleName(self.tr("Close the claims"))
                close.setToolTip(self.tr("Close the claims"))
        self.tabs.setCurrentWidget(self.claims)

    def _close_tab(self, index: int) -> None:
        if index > 0:
            self.tabs.removeTab(index)

    # -- the rest ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.search.focus_field()

    def set_theme(self, theme: str) -> None:
        """Switch the theme (light, dark or system) and remember it."""
        if theme in THEMES:
            self.themes.apply(theme)
            self.preferences.theme = theme
            self.theme_actions[theme].setChecked(True)

    def set_language(self, language: str) -> QMessageBox | None:
        """Remember the interface language ("system", "en", "de"…) and offer to show the
        window in it now (the window is built again, in the same place, on the same
        library); the dialog, when the language changed."""
        if language not in LANGUAGE_SETTINGS:
            return None
        changed = language != self.preferences.language
        self.preferences.language = language
        self.language_actions[language].setChecked(True)
        if not changed:
            return None
        name = (NATIVE_NAMES.get(language, language) if language != "system"
                else self.tr("the system's language"))
        if self.language_box is not None:
            self.language_box.close()
            self.language_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Interface language"),
                          self.tr("Show Parallax in {language} now? The window is built again "
                                  "on the same library; nothing is lost.").format(
                                      language=name),
                          QMessageBox.StandardButton.NoButton, self)
        self.restart_button = box.addButton(self.tr("Switch now"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.later_button = box.addButton(self.tr("At the next start"),
                                          QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restart_button)
        box.buttonClicked.connect(lambda button: self._language_answer(button, name))
        self.language_box = box
        box.open()
        return box

    def _language_answer(self, button: object, name: str) -> None:
        if button is self.restart_button:
            self.restart()
        else:
            self.statusBar().showMessage(
                self.tr("Parallax will be in {language} the next time it starts.").format(
                    language=name), 8000)

    def restart(self) -> None:
        """Close this window (saving everything) so that run_app builds it again, e.g. in
        another interface language."""
        self.restart_requested = True
        self.close()

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(action_groups(self), self)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def check_library(self) -> CheckDialog:
        """Help → Check library… (and Details… on the damaged-rows bar): the check's
        result, run on the worker."""
        self._replace_dialog(self.check_dialog)
        self.check_dialog = CheckDialog(self.session, self)
        self.check_dialog.show()
        self.check_dialog.run()
        return self.check_dialog

    def show_about(self) -> None:
        from .. import __version__

        text = self.tr("Parallax {version}\n\nRead, search and annotate articles across "
                       "languages. Your library stays on this computer; Parallax never uses "
                       "the network.").format(version=__version__)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Parallax"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()

