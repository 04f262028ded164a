"""The window's actions, menus and toolbar, built onto a :class:`MainWindow`.

Every action is a ``window.act_*`` attribute (declared on the window), with its shortcuts
(Qt's standard keys first), status tip and slot; the label actions follow the library's
labels. Texts are translated in the ``MainWindow`` context, as the window's own are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from ..core.models import Label
from .i18n import LANGUAGE_SETTINGS, NATIVE_NAMES, label_name
from .preferences import THEMES
from .qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QActionGroup,
    QCoreApplication,
    QKeySequence,
    QStyle,
    Qt,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate

THEME_NAMES = {
    "light": QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
    "system": QT_TRANSLATE_NOOP("MainWindow", "Follow the &system"),
}


def make_action(window: MainWindow, text: str, name: str, slot: Callable[[], object],
                keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
                tip: str = "",
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    """An action of the window: its shortcuts (standard keys expanded, duplicates dropped),
    status tip and slot; added to the window so its shortcuts work everywhere in it."""
    action = QAction(text, window)
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
    window.addAction(action)
    return action

def build_actions(window: MainWindow) -> None:
    """Every action of the window (the label actions too), as ``window.act_*``."""
    std = QKeySequence.StandardKey
    a = partial(make_action, window)
    # translate("MainWindow", ...) spelled out: lupdate reads the context from each call.
    window.act_import = a(
        translate("MainWindow", "&Import files…"), "import_files", window.import_files, (std.Open,),
        translate("MainWindow", "Import articles (.txt, .md, .html, .pdf, .docx, .epub) into the "
                                "library"))
    window.act_import_url = a(
        translate("MainWindow", "Import from &URL…"), "import_url", window.import_url,
        ("Ctrl+Shift+U",), translate("MainWindow", "Fetch one web page and import its article"))
    window.act_import_folder = a(
        translate("MainWindow", "Import &folder…"), "import_folder", window.import_folder,
        ("Ctrl+Shift+O",), translate("MainWindow", "Import every article in a folder"))
    window.act_import_highlights = a(
        translate("MainWindow", "Import &highlights…"), "import_highlights",
        window.import_highlights, (),
        translate("MainWindow", "Read highlights back from a W3C Web Annotation (JSON-LD) export"))
    window.act_export = a(
        translate("MainWindow", "&Export highlights…"), "export", window.open_export, ("Ctrl+E",),
        translate("MainWindow", "Export highlights as Markdown, HTML, CSV or JSON-LD"))
    window.act_backup = a(
        translate("MainWindow", "&Back up library now…"), "backup", window.back_up_now, (),
        translate("MainWindow", "Copy the library into its backups folder now"))
    window.act_restore = a(
        translate("MainWindow", "&Restore from backup…"), "restore", window.open_backups, (),
        translate("MainWindow", "Replace the library with one of its backups"))
    window.act_labels = a(
        translate("MainWindow", "La&bels…"), "labels", window.open_labels, (),
        translate("MainWindow", "Add, rename, recolour and delete labels"))
    window.act_quit = a(
        translate("MainWindow", "&Quit"), "quit", window.close, (std.Quit, "Ctrl+Q"))
    window.act_undo = a(translate("MainWindow", "&Undo"), "undo", window.session.undo, (std.Undo,))
    window.act_redo = a(
        translate("MainWindow", "&Redo"), "redo", window.session.redo, (std.Redo, "Ctrl+Shift+Z"))
    # The toolbar keeps these short; the menu and the tooltip name the operation.
    window.act_undo.setIconText(translate("MainWindow", "Undo"))
    window.act_redo.setIconText(translate("MainWindow", "Redo"))
    window.act_copy = a(
        translate("MainWindow", "&Copy"), "copy", lambda: window.workbench.copy(), (std.Copy,))
    window.act_find = a(
        translate("MainWindow", "&Find…"), "find", window.focus_search, (std.Find, "Ctrl+K"),
        translate("MainWindow", "Search the library"))
    window.act_next_hit = a(
        translate("MainWindow", "Find &next"), "next_hit",
        lambda: window.workbench.active_reading().next_hit(), (std.FindNext, "F3"))
    window.act_previous_hit = a(
        translate("MainWindow", "Find &previous"), "previous_hit",
        lambda: window.workbench.active_reading().previous_hit(), (std.FindPrevious, "Shift+F3"))
    window.act_zoom_in = a(
        translate("MainWindow", "Zoom &in"), "zoom_in", window.reading.zoom_in,
        (std.ZoomIn, "Ctrl+="))
    window.act_zoom_out = a(
        translate("MainWindow", "Zoom &out"), "zoom_out", window.reading.zoom_out, (std.ZoomOut,))
    window.act_zoom_reset = a(
        translate("MainWindow", "&Actual size"), "zoom_reset", window.reading.zoom_reset,
        ("Ctrl+0",))
    window.act_highlight_last = a(
        translate("MainWindow", "Highlight with the &last label"), "highlight_last",
        lambda: window.highlight(window.preferences.last_label), ("Ctrl+H",))
    window.act_delete_highlight = a(
        translate("MainWindow", "&Delete highlight"), "delete_highlight",
        lambda: window.workbench.delete_current_highlight())
    window.act_shortcuts = a(
        translate("MainWindow", "&Keyboard shortcuts"), "shortcuts", window.show_shortcuts,
        (std.HelpContents, "F1"))
    window.act_about = a(translate("MainWindow", "&About Parallax"), "about", window.show_about)
    window.act_check = a(
        translate("MainWindow", "&Check library…"), "check_library", window.check_library, (),
        translate("MainWindow", "Check the library file for damage and list the rows that "
                                "cannot be read"))
    icon = window.style().standardIcon
    pixmaps = QStyle.StandardPixmap
    for action, pixmap in ((window.act_import, pixmaps.SP_DialogOpenButton),
                           (window.act_export, pixmaps.SP_DialogSaveButton)):
        action.setIcon(icon(pixmap))
    window.theme_group = QActionGroup(window)
    window.theme_actions = {}
    for theme in THEMES:
        action = a(
            translate("MainWindow", THEME_NAMES[theme]), f"theme_{theme}",
            lambda t=theme: window.set_theme(t))  # type: ignore[misc]
        action.setCheckable(True)
        window.theme_group.addAction(action)
        window.theme_actions[theme] = action
    # The interface language is chosen before the window is built: a choice here is
    # remembered, and a dialog offers to rebuild the window in it at once.
    window.language_group = QActionGroup(window)
    window.language_actions = {}
    for language in LANGUAGE_SETTINGS:
        text = (translate("MainWindow", "Follow the &system") if language == "system"
                else NATIVE_NAMES[language])
        action = a(
            text, f"language_{language}", lambda code=language: window.set_language(code),  # type: ignore[misc]
            tip=translate("MainWindow", "Shows Parallax in this language (the window is rebuilt, "
                                        "your place is kept)"))
        action.setCheckable(True)
        window.language_group.addAction(action)
        window.language_actions[language] = action
    c = window.comparing
    window.act_compare = a(
        translate("MainWindow", "&Compare selected documents"), "compare", c.compare_selected,
        ("Ctrl+Shift+C",),
        translate("MainWindow", "Show the two to four documents selected in the library side by "
                                "side"))
    window.act_compare_with = a(
        translate("MainWindow", "Compare &with…"), "compare_with", lambda: c.compare_with(window),
        (), translate("MainWindow", "Choose documents to show beside the open one"))
    window.act_close_compare = a(
        translate("MainWindow", "C&lose comparison"), "close_compare", c.close_compare, ("Esc",),
        translate("MainWindow", "Back to reading one article"),
        Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(window.act_close_compare)  # Esc closes only from inside the comparison
    window.compare.addAction(window.act_close_compare)
    window.act_scroll_together = window.compare.act_scroll_together
    window.act_focus_compare = a(
        translate("MainWindow", "&Focus on the comparison"), "focus_compare",
        lambda: window.set_compare_layout(window.act_focus_compare.isChecked()), ("Ctrl+Shift+M",),
        translate("MainWindow", "Give the compared sources the width: the library hides and the "
                                "side panels narrow (as they were when the comparison closes)"))
    window.act_focus_compare.setCheckable(True)
    window.act_find_related = a(
        translate("MainWindow", "Find in &other sources"), "find_related", c.find_related,
        ("Ctrl+Shift+F",),
        translate("MainWindow", "Find where the other sources state the selected passage"))
    window.act_claims = a(
        translate("MainWindow", "Cl&aims"), "claims", c.show_claims, ("Ctrl+Shift+L",),
        translate("MainWindow", "Every claim group: which sources state it, in what words and "
                                "figures"))
    window.label_actions = []
    build_label_actions(window, window.session.labels())


def build_label_actions(window: MainWindow, labels: list[Label]) -> None:
    """One action per label (keys 1-9 while the article has the focus), in the menu, the
    toolbar and the article's context menu."""
    for action in window.label_actions:
        window.removeAction(action)
        window.reading.view.removeAction(action)
        action.deleteLater()
    window.label_actions = []
    for number, label in enumerate(labels, start=1):
        keys = (str(number),) if number <= 9 else ()
        # Plain digit keys only while the article has the focus: they type elsewhere.
        shown = label_name(label.name)
        action = make_action(
            window, translate("MainWindow", "Highlight as {label}").format(label=shown),
            f"label_{label.name.lower()}",
            lambda name=label.name: window.highlight(name), keys,  # type: ignore[misc]
            translate("MainWindow", "Highlight the selected text as {label}").format(label=shown),
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setIcon(window.highlights_panel._swatch(label.name))
        action.setIconText(shown)  # the toolbar says "Claim"; menus say it in full
        window.reading.view.addAction(action)
        window.label_actions.append(action)
    window.reading.view.context_actions = [*window.label_actions, window.act_highlight_last,
                                           window.act_find_related]
    window.compare.set_context_actions(window.reading.view.context_actions)
    if hasattr(window, "annotate_menu"):
        fill_annotate_menu(window)


def build_menus(window: MainWindow) -> None:
    """The menu bar and the toolbar."""
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([w.act_import, w.act_import_folder, w.act_import_url,
                          w.act_import_highlights])
    file_menu.addSeparator()
    file_menu.addAction(w.act_export)
    file_menu.addSeparator()
    file_menu.addActions([w.act_backup, w.act_restore])
    file_menu.addSeparator()
    file_menu.addAction(w.act_quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([w.act_undo, w.act_redo])
    edit_menu.addSeparator()
    edit_menu.addActions([w.act_copy, w.act_find, w.act_next_hit, w.act_previous_hit])
    w.annotate_menu = bar.addMenu(translate("MainWindow", "&Annotate"))
    fill_annotate_menu(w)
    compare_menu = bar.addMenu(translate("MainWindow", "&Compare"))
    compare_menu.setToolTipsVisible(True)  # e.g. why Compare selected is disabled
    compare_menu.addActions([w.act_compare, w.act_compare_with, w.act_close_compare,
                             w.act_focus_compare])
    compare_menu.addSeparator()
    compare_menu.addAction(w.act_scroll_together)
    compare_menu.addSeparator()
    compare_menu.addActions([w.act_find_related, w.act_claims])
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([w.act_zoom_in, w.act_zoom_out, w.act_zoom_reset])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    theme_menu.addActions(list(w.theme_actions.values()))
    w.language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    w.language_menu.setToolTipsVisible(True)
    w.language_menu.addActions(list(w.language_actions.values()))
    view_menu.addSeparator()
    view_menu.addAction(w.library_dock.toggleViewAction())
    view_menu.addAction(w.highlights_dock.toggleViewAction())
    view_menu.addAction(w.related_dock.toggleViewAction())
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([w.act_shortcuts, w.act_check, w.act_about])

    w.toolbar = w.addToolBar(translate("MainWindow", "Main toolbar"))
    w.toolbar.setObjectName("main_toolbar")
    w.toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
    w.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    fill_toolbar(w)


def fill_annotate_menu(window: MainWindow) -> None:
    """The Annotate menu: the label actions and the highlight actions."""
    menu = window.annotate_menu
    menu.clear()
    menu.addActions(window.label_actions)
    menu.addAction(window.act_highlight_last)
    menu.addSeparator()
    menu.addAction(window.act_delete_highlight)
    menu.addSeparator()
    menu.addAction(window.act_labels)
    if hasattr(window, "toolbar"):
        fill_toolbar(window)


def fill_toolbar(window: MainWindow) -> None:
    """The toolbar: import, export, the label actions, undo and redo."""
    toolbar = window.toolbar
    toolbar.clear()
    toolbar.addActions([window.act_import, window.act_export])
    toolbar.addSeparator()
    toolbar.addActions(window.label_actions)
    toolbar.addSeparator()
    toolbar.addActions([window.act_undo, window.act_redo])


def action_groups(window: MainWindow) -> list[tuple[str, list[QAction]]]:
    """Every action by menu, for the shortcuts sheet."""
    w = window
    return [
        (translate("MainWindow", "File"), [
            w.act_import, w.act_import_folder, w.act_import_highlights, w.act_export,
            w.act_backup, w.act_restore, w.act_quit]),
        (translate("MainWindow", "Edit"), [
            w.act_undo, w.act_redo, w.act_copy, w.act_find, w.act_next_hit,
            w.act_previous_hit]),
        (translate("MainWindow", "Annotate"), [
            *w.label_actions, w.act_highlight_last, w.act_delete_highlight, w.act_labels]),
        (translate("MainWindow", "Compare"), [
            w.act_compare, w.act_compare_with, w.act_close_compare, w.act_focus_compare,
            w.act_scroll_together, w.act_find_related, w.act_claims]),
        (translate("MainWindow", "View"), [
            w.act_zoom_in, w.act_zoom_out, w.act_zoom_reset, *w.theme_actions.values()]),
        (translate("MainWindow", "Help"), [w.act_shortcuts, w.act_check, w.act_about]),
    ]
