"""Builds the application: settings, theme, the Library, the worker, the window. Nothing global.

``run_app`` is what ``parallax`` without a subcommand calls. Everything the window needs
is made here and passed in, so tests build the same window on a temporary library with
their own settings file.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.library import Library
from .backup_dialog import AskDamaged, open_library
from .export_dialog import SavePath
from .highlights_import import OpenHighlightsFile
from .i18n import choose_language, install_translators
from .labels_dialog import ChooseColor
from .main_window import MainWindow, OpenPaths
from .preferences import Preferences
from .qt import (
    QApplication,
    QEvent,
    QIcon,
    QSettings,
    Qt,
    QTimer,
    guard_none_refcount,
)
from .session import Session
from .tasks import TaskRunner
from .theme import ThemeManager
from .workers import SerialExecutor

#: Set (to anything) to quit as soon as the window has shown and loaded the library:
#: lets the packaging tests start the installed app without waiting on a timeout.
QUIT_AFTER_SHOW_ENV = "PARALLAX_QUIT_AFTER_SHOW"

#: How long a thread may hold the GIL while another waits for it. Python's 5 ms default
#: let the worker (importing, indexing) starve the event loop: every return from Qt into
#: Python waited up to 5 ms, and one round of events took 100-300 ms. At 1 ms the longest
#: stall while importing 300 articles fell to 12-18 ms.
GIL_SWITCH_INTERVAL_S = 0.001

ORGANIZATION = "Parallax"
APPLICATION = "Parallax"


def parse_data_dir(argv: Sequence[str]) -> Path | None:
    """The value of ``--data-dir DIR`` or ``--data-dir=DIR`` in ``argv``, if given."""
    args = list(argv)
    for position, arg in enumerate(args):
        if arg == "--data-dir" and position + 1 < len(args):
            return Path(args[position + 1]).expanduser()
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1]).expanduser()
    return None


def _split_arguments(argv: Sequence[str]) -> tuple[list[Path], list[str]]:
    """(files and folders to import, arguments left for Qt), without ``--data-dir``."""
    paths: list[Path] = []
    rest: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--data-dir":
            skip = True
            continue
        if arg.startswith("--data-dir="):
            continue
        if not arg.startswith("-") and Path(arg).expanduser().exists():
            paths.append(Path(arg).expanduser())
            continue
        rest.append(arg)
    return paths, rest


def files_to_open(argv: Sequence[str]) -> list[Path]:
    """The existing files and folders named in ``argv`` (``parallax FILE...``)."""
    return _split_arguments(argv)[0]


def qt_arguments(argv: Sequence[str]) -> list[str]:
    """The program name and the arguments that are not Parallax's own (Qt's, e.g. -style)."""
    return [sys.argv[0] if sys.argv else "parallax", *_split_arguments(argv)[1]]


def application_icon() -> QIcon:
    """The Parallax icon from the bundled resources (empty when they are missing)."""
    try:
        from ..core.desktop import icon_files
    except ImportError:
        return QIcon()
    icon = QIcon()
    for path in icon_files().values():
        if path.exists():
            icon.addFile(str(path))
    return icon


@dataclass
class Parts:
    """What make_window built, for whoever must close it down again."""

    window: MainWindow
    session: Session
    executor: SerialExecutor
    themes: ThemeManager
    tasks: TaskRunner
    language: str = "en"  # the interface language chosen at start-up


def warm_up_language_detector() -> None:
    """Load the language profiles now, before the window shows.

    The detector loads them on its first use while holding the GIL (~50-90 ms): done
    during an import on the worker, that would freeze the window for as long.
    """
    try:
        from ..core import langid

        langid.detect("Parallax reads, searches and annotates articles in many languages.")
    except Exception:  # no detector: the import will say so, with a sentence
        pass


def make_window(
    library: Library, settings: QSettings, *, app: QApplication | None = None,
    executor: SerialExecutor | None = None, save_path: SavePath | None = None,
    open_paths: OpenPaths | None = None, open_highlights: OpenHighlightsFile | None = None,
    choose_color: ChooseColor | None = None,
) -> Parts:
    """The main window on ``library`` with everything it depends on (tests call this too)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication), "make_window needs a QApplication"
    warm_up_language_detector()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    preferences = Preferences(settings)
    # Before any widget exists: widgets translate their texts as they are built.
    language = choose_language(preferences.language)
    install_translators(app, language)
    themes = ThemeManager(app)
    themes.apply(preferences.theme)
    executor = executor or SerialExecutor()
    tasks = TaskRunner(executor)
    session = Session(library, tasks)
    window = MainWindow(session, preferences, themes, save_path=save_path,
                        open_paths=open_paths, open_highlights=open_highlights,
                        choose_color=choose_color)
    # The session, worker and theme live as long as the window.
    session.setParent(window)
    executor.setParent(window)
    tasks.setParent(window)
    themes.setParent(window)
    return Parts(window, session, executor, themes, tasks, language)


def run_app(argv: Sequence[str], ask_damaged: AskDamaged | None = None) -> int:
    """Open the window on the user's library; the process's exit status.

    A damaged library is reported in a message box that offers to restore the newest good
    backup (``ask_damaged`` answers it instead of the reader, in tests)."""
    guard_none_refcount()
    app = QApplication.instance() or QApplication(qt_arguments(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("io.github.parallax_reader.Parallax")
    app.setWindowIcon(application_icon())
    settings = QSettings(ORGANIZATION, APPLICATION)
    install_translators(app, choose_language(Preferences(settings).language))
    library: Library | None = open_library(parse_data_dir(argv), ask_damaged)
    if library is None:
        return 1
    paths = files_to_open(argv)
    try:
        while True:
            parts = make_window(library, settings, app=app)
            window = parts.window
            once = Qt.ConnectionType.SingleShotConnection
            if paths:  # opened from the file manager: import them once the library is listed
                chosen = paths
                window.sig_library_loaded.connect(
                    lambda w=window, p=chosen: w.importer.import_paths(p), once)
            if os.environ.get(QUIT_AFTER_SHOW_ENV):
                def close_soon(*_: object, w: MainWindow = window) -> None:
                    QTimer.singleShot(0, w.close)

                if paths:
                    window.importer.sig_finished.connect(close_soon, once)
                    window.importer.sig_failed.connect(close_soon, once)
                else:
                    window.sig_library_loaded.connect(close_soon, once)
            window.show()
            # Everything built so far lives as long as the window: keep it out of the
            # cyclic collector's full passes, which would otherwise walk it on every one.
            gc.freeze()
            status = app.exec()
            if window.library_unusable:  # damaged, and the reader did not restore it
                status = 1
            if not window.restart_requested:
                break
            # Another interface language: the same library, a window built anew in it.
            paths = []
            gc.unfreeze()
            window.deleteLater()  # with its session and worker
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        library.close()
    return int(status)


def main() -> None:
    """Open the window (``python -m reader.ui.app``); ``parallax-gui`` checks Qt first."""
    sys.exit(run_app(sys.argv[1:]))
