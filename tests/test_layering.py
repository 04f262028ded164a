"""The core and the command line never import Qt; the UI and CLI never import each other."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def imported_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                prefix = "." * node.level + (node.module or "")
                names.add(prefix)
        found[str(path.relative_to(REPO))] = names
    return found


@pytest.mark.parametrize("layer", ["reader/core", "reader/cli"])
def test_no_qt_in_core_or_cli(layer: str) -> None:
    for path, names in imported_modules(REPO / layer).items():
        assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path


def test_ui_and_cli_do_not_import_each_other() -> None:
    for path, names in imported_modules(REPO / "reader" / "cli").items():
        assert not any("ui" in n.split(".") for n in names), path
    for path, names in imported_modules(REPO / "reader" / "ui").items():
        assert not any("cli" in n.split(".") for n in names), path


_INDEX_PACKAGE = re.compile(r"^(?:reader|\.*)\.?core\.search(?:\.|$)")


def _imports_of_the_index_package(tree: ast.AST) -> list[str]:
    """Imports of ``reader.core.search`` or a module in it (absolute or relative)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            names = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        else:
            continue
        matching = [n for n in names if _INDEX_PACKAGE.match(n)]
        if matching:
            found.append(f"line {node.lineno}: {matching[0]}")
    return found


def test_the_check_sees_a_face_importing_the_index_package() -> None:
    code = ("from reader.core.search.index import DocumentIndex\n"
            "from ..core import search\n"
            "import reader.core.search.query\n"
            "from .search_panel import SearchPanel\n"
            "from ..core.library import Library\n")
    assert _imports_of_the_index_package(ast.parse(code)) == [
        "line 1: reader.core.search.index", "line 2: ..core.search",
        "line 3: reader.core.search.query"]


def test_running_the_cli_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from reader.cli import main; main(['--data-dir', sys.argv[1], 'list']);"
        "import sys; bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


#: What the Library and its services keep to themselves: the store, the indexes, and each
#: service's handle on the root (``library.search._lib.store`` is the store too).
PRIVATE = ("store", "annotation_index", "_lib", "_store", "_synced_rev")


def _reaches_past_the_library(tree: ast.AST) -> list[str]:
    """``x.store``, ``x.annotation_index``, a service's ``x._lib`` and ``x.index`` used as an
    object (not called: ``model.index(row, 0)`` is Qt's)."""
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr in PRIVATE or (node.attr == "index" and id(node) not in called):
            found.append((node.lineno, f"line {node.lineno}: .{node.attr}"))
    return [text for _, text in sorted(found)]


@pytest.mark.parametrize("layer", ["reader/ui", "reader/cli"])
def test_faces_never_touch_the_store_or_the_index(layer: str) -> None:
    """The window and the command line go through the Library and its services only:
    no ``.store``, ``.index``, ``.annotation_index``, no import of ``core/search``."""
    offenders = {}
    for path in (REPO / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = _reaches_past_the_library(tree) + _imports_of_the_index_package(tree)
        if found:
            offenders[str(path.relative_to(REPO))] = found
    assert offenders == {}


def test_the_check_sees_a_face_reaching_into_the_store() -> None:
    code = ("def f(library):\n    library.store.get_documents(set())\n"
            "    library.search.index.folder\n    library.documents._lib.store\n"
            "    library.search._synced_rev = None\n")
    assert _reaches_past_the_library(ast.parse(code)) == [
        "line 2: .store", "line 3: .index", "line 4: ._lib", "line 4: .store",
        "line 5: ._synced_rev"]
    assert _reaches_past_the_library(ast.parse("model.index(0, 0)")) == []
