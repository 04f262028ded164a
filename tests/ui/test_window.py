"""Desktop manners: themes, remembered layout, shortcuts, accessible names, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotation_io import ImportAnnotationsReport, SkippedAnnotation
from reader.core.models import AnnotationId, DocId
from reader.ui import app as app_module
from reader.ui.app import Parts, parse_data_dir, qt_arguments
from reader.ui.highlights_import import ImportHighlightsDialog
from reader.ui.labels_dialog import DeleteLabelDialog
from reader.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QKeySequence,
    QLineEdit,
    QMessageBox,
    QPalette,
    QPlainTextEdit,
    QProgressBar,
    Qt,
    QTextEdit,
    QWidget,
)
from reader.ui.window_actions import action_groups
from tests.conftest import REPO
from tests.ui.conftest import WindowFactory, wait_writes


def window_color(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_theme_switching_changes_the_palette_and_is_remembered(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    parts = open_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts.window.theme_actions["dark"].trigger()
    assert window_color(app) < 100
    assert app.palette().color(QPalette.ColorRole.Text).lightness() > 180
    assert app.style().name().lower() == "fusion"
    assert parts.window.theme_actions["dark"].isChecked()
    parts.window.theme_actions["light"].trigger()
    assert window_color(app) > 200
    parts.window.theme_actions["dark"].trigger()
    open_window.close(parts)

    again = open_window()
    assert again.themes.theme == "dark"
    assert again.window.theme_actions["dark"].isChecked()
    assert window_color(app) < 100
    again.window.theme_actions["system"].trigger()
    assert again.window.preferences.theme == "system"
    again.window.set_theme("light")


def test_the_article_is_redrawn_in_the_new_palette(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    window.open_document(window_parts.session.library.documents.resolve("002"))
    doc = window.reading.laid_out.document
    window.set_theme("dark")
    # Rebuilt with the dark palette's colours once the palette change reaches the view.
    qtbot.waitUntil(lambda: window.reading.laid_out.document is not doc, timeout=5_000)
    assert window.reading.palette().color(QPalette.ColorRole.Base).lightness() < 100
    window.set_theme("light")


def test_layout_font_and_document_are_remembered(qtbot: QtBot, open_window: WindowFactory
                                                 ) -> None:
    parts = open_window()
    window = parts.window
    window.resize(761, 643)  # the offscreen screen is 800 x 800
    window.navigator.setSizes([300, 200])
    sizes = window.navigator.sizes()
    window.reading.set_font_size(15)
    window.library_panel.table.horizontalHeader().resizeSection(1, 133)
    german = parts.session.library.documents.resolve("001")
    window.open_document(german)
    window.highlights_dock.hide()
    open_window.close(parts)

    again = open_window().window
    assert (again.width(), again.height()) == (761, 643)
    assert again.navigator.sizes() == sizes
    assert again.reading.font_size == 15
    assert again.library_panel.table.horizontalHeader().sectionSize(1) == 133
    assert again.reading.document_id == german
    assert again.library_panel.current_id() == german
    assert not again.highlights_dock.isVisible()


def test_saved_layouts_keep_their_dock_names(window_parts: Parts) -> None:
    # saveState/restoreState find docks by objectName: a layout saved by an earlier version
    # restores only while these names stay (the highlights dock was the annotations dock).
    window = window_parts.window
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    assert docks == {"library_dock": window.library_dock,
                     "annotations_dock": window.highlights_dock,
                     "related_dock": window.related_dock}
    assert window.navigator.objectName() == "navigator"


def test_a_remembered_document_that_is_gone_opens_nothing(
    open_window: WindowFactory, settings_path: Path
) -> None:
    parts = open_window()
    parts.window.preferences.last_document = "no-such-document"
    parts.window.preferences.sync()
    parts.window.reading.clear()
    parts.window.save_state = lambda: None  # type: ignore[method-assign]
    open_window.close(parts)
    again = open_window().window
    assert again.reading.document_id is None


def test_the_shortcuts_sheet_lists_the_actions(window_parts: Parts) -> None:
    window = window_parts.window
    window.act_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {(action, keys) for _group, action, keys in dialog.rows}
    actions = {action for action, _keys in rows}
    for expected in ("Undo", "Redo", "Find", "Find next", "Find previous", "Copy",
                     "Import files", "Export highlights", "Zoom in", "Quit",
                     "Highlight as Claim", "Highlight as Evidence", "Highlight as Question",
                     "Highlight with the last label", "Keyboard shortcuts"):
        assert expected in actions, expected
    keys = dict(rows)
    assert "Ctrl+F" in keys["Find"] and "Ctrl+K" in keys["Find"]
    assert keys["Highlight as Claim"] == "1"
    assert keys["Highlight as Question"] == "3"
    assert "Ctrl+Shift+Z" in keys["Redo"]
    assert "F3" in keys["Find next"]
    assert dialog.table.rowCount() == len(dialog.rows)


def test_standard_shortcuts_are_used(window_parts: Parts) -> None:
    window = window_parts.window
    std = QKeySequence.StandardKey
    for action, key in ((window.act_import, std.Open), (window.act_quit, std.Quit),
                        (window.act_undo, std.Undo), (window.act_redo, std.Redo),
                        (window.act_find, std.Find), (window.act_zoom_in, std.ZoomIn),
                        (window.act_zoom_out, std.ZoomOut), (window.act_next_hit, std.FindNext),
                        (window.act_previous_hit, std.FindPrevious), (window.act_copy, std.Copy)):
        for binding in QKeySequence.keyBindings(key):
            assert binding in action.shortcuts(), (action.text(), binding.toString())
    assert QKeySequence("Ctrl+Z") in window.act_undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.act_redo.shortcuts()
    assert QKeySequence("Ctrl+E") in window.act_export.shortcuts()
    assert QKeySequence("Ctrl+H") in window.act_highlight_last.shortcuts()


def test_ctrl_h_uses_the_last_label(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    doc_id = window_parts.session.library.documents.resolve("003")
    window.open_document(doc_id)
    window.reading.select_span(0, 12)
    window.label_actions[2].trigger()  # Question
    wait_writes(qtbot, window_parts)
    window.reading.select_span(20, 30)
    window.activateWindow()
    window.reading.view.setFocus()
    with qtbot.waitSignal(window_parts.session.sig_changed):
        qtbot.keyClick(window.reading.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    labels = [a.label for a in window_parts.session.annotations_for(doc_id)]
    assert labels == ["Question", "Question"]


def test_highlighting_without_a_selection_says_so(window_parts: Parts) -> None:
    window = window_parts.window
    window.open_document(window_parts.session.library.documents.resolve("003"))
    assert not window.label_actions[0].isEnabled()
    assert window.highlight("Claim") is None
    assert "Select some text" in window.statusBar().currentMessage()


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
            QPlainTextEdit, QProgressBar)


def test_every_control_has_an_accessible_name(window_parts: Parts) -> None:
    window = window_parts.window
    window.open_document(window_parts.session.library.documents.resolve("000"))
    report = ImportAnnotationsReport(
        missing=[SkippedAnnotation(AnnotationId("a"), DocId("d"), "Title", "quote", "gone")],
        problems=["a problem"])
    dialogs: list[QWidget] = [
        window, window.open_export(), window.show_shortcuts(), window.open_labels(),
        window.open_backups(), ImportHighlightsDialog(report, Path("h.jsonld"), window),
        DeleteLabelDialog("Mine", 2, [("Claim", "#e8a33d")], window)]
    missing = []
    for top in dialogs:
        for widget in top.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or type(widget).__module__ == "builtins":
                continue
            parent = widget.parentWidget()
            if (isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")
                    or widget.metaObject().className().startswith(
                        ("QDockWidgetTitle", "QToolBarExt", "QLineEditIcon"))
                    or (parent is not None and parent.metaObject().className()
                        == "QComboBoxPrivateContainer")):
                continue  # Qt's own chrome: headers, combo popups, title-bar buttons
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                missing.append(f"{widget.metaObject().className()} {widget.objectName()!r} "
                               f"in {parent.metaObject().className() if parent else None}")
    assert not missing, missing


def test_data_dir_arguments_are_parsed() -> None:
    assert parse_data_dir(["--data-dir", "/x/y"]) == Path("/x/y")
    assert parse_data_dir(["--data-dir=/x/z"]) == Path("/x/z")
    assert parse_data_dir(["-style", "fusion"]) is None
    assert qt_arguments(["--data-dir", "/x", "-style", "fusion"])[1:] == ["-style", "fusion"]


def test_a_damaged_library_shows_a_dialog_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"this is not a database at all" * 100)
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text()))

    monkeypatch.setattr(qapp, "setApplicationName", lambda _name: None)
    monkeypatch.setattr(qapp, "setOrganizationName", lambda _name: None)
    assert app_module.run_app(["--data-dir", str(folder)], ask_damaged=answer) == 1
    [(title, text)] = shown
    assert "library" in title.lower()
    assert "Traceback" not in text and str(folder) in text


@pytest.mark.slow
def test_parallax_without_a_command_opens_the_window_on_the_seeds(tmp_path: Path) -> None:
    """The README's first command, in a process of its own, on an empty data folder."""
    script = textwrap.dedent("""
        import sys
        from reader.ui.qt import QApplication, QTimer, guard_none_refcount
        guard_none_refcount()
        app = QApplication(sys.argv[:1])

        def check():
            windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
            if windows and windows[0].library_loaded:
                window = windows[0]
                print("documents", window.library_panel.model.rowCount())
                print("org", app.organizationName(), app.applicationName())
                window.close()
            else:
                QTimer.singleShot(50, check)

        QTimer.singleShot(50, check)
        from reader.main import main
        sys.exit(main(["--data-dir", sys.argv[1]]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "documents 5" in done.stdout
    assert "org Parallax Parallax" in done.stdout
    assert (tmp_path / "cfg" / "Parallax" / "Parallax.conf").exists()


def test_a_warning_from_opening_the_library_shows_in_the_status_bar(
    open_window: WindowFactory, library_dir: Path
) -> None:
    from reader.core.library import Library

    library = Library(library_dir)
    try:
        library.warnings.append("Today's automatic backup was not made because the disk "
                                "holding the backups is full.")
        window = open_window(library=library).window
        assert "automatic backup was not made" in window.statusBar().currentMessage()
    finally:
        open_window.close_all()
        library.close()


def test_the_readme_lists_every_shortcut(window_parts: Parts) -> None:
    """The README's shortcut table keeps up with the window's actions."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Keyboard shortcuts", 1)[1].split("\n### ", 1)[0]
    missing = []
    for _group, actions in action_groups(window_parts.window):
        for action in actions:
            shortcuts = action.shortcuts()
            if not shortcuts:
                continue
            first = shortcuts[0].toString(QKeySequence.SequenceFormat.PortableText)
            names = {first, first.replace("+", " + ")}
            if first.startswith("Ctrl++"):
                names.add("Ctrl++")
            if not any(name in table for name in names):
                missing.append(f"{first} ({action.text()})")
    assert not missing, f"README's shortcut table lacks {missing}"
