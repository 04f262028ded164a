"""The PyInstaller one-folder build: what it holds, what it leaves out, and that it runs.

Building takes about 40 s and installs PyInstaller into the venv, so this runs only with
``PARALLAX_PYINSTALLER=1`` (``make pyinstaller-test``). Set ``PARALLAX_PYINSTALLER_DIST``
to test an existing ``dist/parallax`` without rebuilding it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from reader import __version__
from tests.conftest import REPO
from tests.packaging.launch import assert_window_starts

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PARALLAX_PYINSTALLER") != "1",
        reason="set PARALLAX_PYINSTALLER=1 to build and test the PyInstaller app (~1 min)",
    ),
]

BUILD_TIMEOUT_S = 900
# Qt modules the window does not use; none may be in the build.
UNUSED_QT = ["QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtSql", "QtTest", "QtDesigner",
             "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtOpenGLWidgets"]


@pytest.fixture(scope="module")
def app_dir() -> Path:
    """dist/parallax, built by packaging/build_pyinstaller.sh unless given."""
    given = os.environ.get("PARALLAX_PYINSTALLER_DIST")
    if given:
        return Path(given)
    done = subprocess.run(
        [str(REPO / "packaging" / "build_pyinstaller.sh")], cwd=REPO, capture_output=True,
        text=True, check=False, timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-5000:]
    print(done.stdout.strip().splitlines()[-1])  # "Built dist/parallax/ in N s, SIZE."
    return REPO / "dist" / "parallax"


def internal(app_dir: Path) -> Path:
    return app_dir / "_internal"


def test_holds_seeds_resources_sql_profiles_and_translations(app_dir: Path) -> None:
    package = internal(app_dir) / "reader"
    assert len(list((package / "seeds").glob("*.txt"))) == 5
    for path in (REPO / "resources").rglob("*"):
        if path.is_file():
            assert (package / "resources" / path.relative_to(REPO / "resources")).is_file()
    for path in (REPO / "reader").rglob("*.sql"):
        assert (internal(app_dir) / path.relative_to(REPO)).is_file()
    for path in (REPO / "reader").rglob("*.qm"):
        assert (internal(app_dir) / path.relative_to(REPO)).is_file()
    assert len(list((internal(app_dir) / "langdetect" / "profiles").iterdir())) >= 50


def test_leaves_out_unused_qt(app_dir: Path) -> None:
    names = {p.name for p in internal(app_dir).rglob("*")}
    for module in UNUSED_QT:
        assert not any(n.startswith((f"{module}.", f"libQt6{module[2:]}.")) for n in names), module
    translations = internal(app_dir) / "PySide6" / "Qt" / "translations"
    assert all(p.stem.split("_", 1)[1] in ("de", "it", "pt_BR", "pt_PT", "en")
               for p in translations.glob("*.qm"))
    assert not any(n.startswith(("pytest", "mypy", "pandas", "numpy")) for n in names)


def test_version(app_dir: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(app_dir / "parallax"), "--version"], cwd=tmp_path,
                          capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == f"parallax {__version__}"


def test_list_shows_the_five_bundled_articles(app_dir: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(app_dir / "parallax"), "--data-dir", str(tmp_path / "lib"), "list", "--json"],
        cwd=tmp_path, capture_output=True, text=True, check=True, timeout=120,
    )
    assert sorted(d["lang"] for d in json.loads(done.stdout)) == ["de", "de", "de", "it", "pt"]


def test_window_starts_offscreen(app_dir: Path, tmp_path: Path) -> None:
    assert_window_starts([str(app_dir / "parallax")], tmp_path / "lib", cwd=tmp_path)


def test_imports_a_web_page_a_pdf_and_a_docx(app_dir: Path, tmp_path: Path) -> None:
    """The importers' libraries and their data files (trafilatura, pdfminer's CMaps,
    python-docx) made it into the bundle."""
    from tests.cli.test_sources_cli import PAGE
    from tests.document_writers import seed_article, write_docx, write_pdf

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    write_pdf(seed_article("002", "Mario Rossi", "2025-11-02", "it"), tmp_path / "r.pdf")
    write_docx(seed_article("004", "Ana Souza", "2025-12-01", "pt"), tmp_path / "r.docx")
    done = subprocess.run(
        [str(app_dir / "parallax"), "--data-dir", str(tmp_path / "lib"), "import", "--json",
         str(tmp_path / "page.html"), str(tmp_path / "r.pdf"), str(tmp_path / "r.docx")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [f["status"] for f in json.loads(done.stdout)["files"]] == ["new"] * 3
