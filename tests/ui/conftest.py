"""Window fixtures: a private seed library, private settings, and a window factory per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.ui.app import Parts, make_window
from reader.ui.export_dialog import ExportDialog
from reader.ui.qt import QColor, QSettings, guard_none_refcount
from reader.ui.workers import SerialExecutor

LIBRARY_LOAD_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def _sound_none_refcount() -> None:
    """PySide6 6.12.0 on CPython 3.11 leaks references to None; see qt.guard_none_refcount."""
    guard_none_refcount()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """An INI file of this test's own (never the user's settings)."""
    return tmp_path / "settings" / "parallax.ini"


@pytest.fixture
def saved_exports(tmp_path: Path) -> list[Path]:
    """Where the export dialog's injected chooser saved files, in order."""
    return []


class WindowFactory:
    """Opens windows on a library folder with the test's settings; closes them all after."""

    def __init__(self, qtbot: object, library_dir: Path, settings_path: Path,
                 tmp_path: Path, saved_exports: list[Path]) -> None:
        self.qtbot = qtbot
        self.library_dir = library_dir
        self.settings_path = settings_path
        self.tmp_path = tmp_path
        self.saved_exports = saved_exports
        self.import_choice: list[str] = []
        self.suggested: list[str] = []  # the paths the Save dialogs were offered
        self.highlights_choice: str | None = None  # File → Import highlights… picks this
        self.color_choice: str | None = None  # colour choosers pick this (None: Cancel)
        self.color_requests: list[str] = []  # the chooser titles, in order
        self.opened: list[tuple[Parts, Library | None]] = []

    def save_path(self, _parent: object, suggested: str, _filter: str) -> str:
        self.suggested.append(suggested)  # what the Save dialog would have offered
        name = Path(suggested).name
        path = self.tmp_path / "exports" / f"{len(self.saved_exports)}-{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.saved_exports.append(path)
        return str(path)

    def open_paths(self, _parent: object, _folder: bool) -> list[str]:
        return list(self.import_choice)

    def open_highlights(self, _parent: object) -> str | None:
        return self.highlights_choice

    def choose_color(self, _parent: object, _initial: QColor, title: str) -> QColor | None:
        self.color_requests.append(title)
        return QColor(self.color_choice) if self.color_choice else None

    def settings(self) -> QSettings:
        return QSettings(str(self.settings_path), QSettings.Format.IniFormat)

    def __call__(self, *, executor: SerialExecutor | None = None, wait: bool = True,
                 library_dir: Path | None = None, library: Library | None = None) -> Parts:
        """A window on a new Library of the folder, or on an open ``library`` (not closed)."""
        # As the app opens it: cheaply, the check and daily backup on the worker once shown.
        owned = (Library(library_dir or self.library_dir, defer_maintenance=True)
                 if library is None else None)
        parts = make_window(owned or library, self.settings(),  # type: ignore[arg-type]
                            executor=executor, save_path=self.save_path,
                            open_paths=self.open_paths, open_highlights=self.open_highlights,
                            choose_color=self.choose_color)
        self.opened.append((parts, owned))
        if wait:
            with self.qtbot.waitSignal(  # type: ignore[attr-defined]
                    parts.window.sig_library_loaded, timeout=LIBRARY_LOAD_MS):
                parts.window.show()
            self.wait_idle(parts)
        else:
            parts.window.show()
        return parts

    def wait_idle(self, parts: Parts) -> None:
        """Wait until the worker and the write lane have nothing queued (e.g. the start-up
        index check, a highlight being written)."""
        self.qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: not parts.executor.busy and not parts.tasks.writing,
            timeout=LIBRARY_LOAD_MS)

    def close(self, parts: Parts) -> None:
        """Close a window the way a user does, then its library."""
        for index, (opened, library) in enumerate(self.opened):
            if opened is parts:
                parts.window.close()
                if library is not None:
                    library.close()
                del self.opened[index]
                return

    def close_all(self) -> None:
        for parts, library in reversed(self.opened):
            if parts.window.isVisible():
                parts.window.close()
            else:
                parts.executor.shutdown()
            if library is not None:
                library.close()
            parts.window.deleteLater()
        self.opened.clear()


@pytest.fixture
def open_window(qtbot: object, library_dir: Path, settings_path: Path, tmp_path: Path,
                saved_exports: list[Path]) -> Iterator[WindowFactory]:
    """Call to open the main window on this test's copy of the seed library."""
    factory = WindowFactory(qtbot, library_dir, settings_path, tmp_path, saved_exports)
    yield factory
    factory.close_all()


@pytest.fixture
def window_parts(open_window: WindowFactory) -> Parts:
    """One window, library loaded, worker idle."""
    return open_window()


SeedId = Callable[[str], str]


def wait_writes(qtbot: object, parts_or_session: object) -> None:
    """Wait until every write made through the session has landed and been broadcast."""
    session = getattr(parts_or_session, "session", parts_or_session)
    qtbot.waitUntil(lambda: not session.writing,  # type: ignore[attr-defined]
                    timeout=LIBRARY_LOAD_MS)


def landed(qtbot: object, start: Callable[[Callable[[object], object]], object]) -> object:
    """Make a write with ``start(then)`` and wait for it to land; what ``then`` got
    (``create``: the new highlight's id; otherwise the core's Change)."""
    got: list[object] = []
    start(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=LIBRARY_LOAD_MS)  # type: ignore[attr-defined]
    return got[0]


def create(qtbot: object, session: object, doc_id: str, start: int, end: int,
           **fields: object) -> str:
    """A highlight made through the session, once written: its id."""
    ann_id = landed(qtbot, lambda then: session.create(  # type: ignore[attr-defined]
        doc_id, start, end, then=then, **fields))
    assert isinstance(ann_id, str)
    return ann_id


@pytest.fixture
def seed(window_parts: Parts) -> SeedId:
    """The id of a seed document by its file-name prefix ("000".."004")."""
    return lambda prefix: window_parts.session.library.documents.resolve(prefix)


PREVIEW_MS = 20_000

WaitForPreview = Callable[[ExportDialog], ExportDialog]


@pytest.fixture
def wait_for_preview(qtbot: object) -> WaitForPreview:
    """Call with an export dialog to wait until its preview (rendered on the worker) shows
    the dialog's current choices: no render due after a change, none running."""

    def wait(dialog: ExportDialog) -> ExportDialog:
        qtbot.waitUntil(lambda: dialog.ready, timeout=PREVIEW_MS)  # type: ignore[attr-defined]
        return dialog

    return wait
