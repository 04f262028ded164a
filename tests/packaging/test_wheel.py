"""The sdist and the wheel carry everything: build both, install the wheel elsewhere, run it.

The sdist is built from a copy of the checkout's tracked and unignored files (so stale
``build/`` folders cannot leak in), and the wheel from the unpacked sdist, as a distribution
would: a file missing from the sdist is then missing from the wheel too.

The wheel goes into a fresh virtual environment in a temporary folder, outside the checkout,
with ``--no-deps``. Its dependencies are made visible with one ``.pth`` line pointing at the
site-packages of the environment running the tests, instead of being downloaded again: that
keeps the test at seconds rather than minutes (PySide6 alone is hundreds of megabytes) and
independent of the network. Resolving the dependencies from ``pyproject.toml`` is what
``make test`` proves every time it installs the project. The ``.pth`` line adds that folder
to the end of ``sys.path`` without running its own ``.pth`` files, so an editable install of
the checkout there stays invisible, and a test checks ``reader`` is the installed copy.

Only the build backend (``[build-system] requires``) is installed from the package index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader import __version__
from tests.conftest import REPO
from tests.packaging.launch import assert_window_starts

pytestmark = pytest.mark.slow

PROJECT = "parallax_reader"


@dataclass(frozen=True)
class Built:
    sdist: Path
    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def parallax(self) -> Path:
        return self.venv / "bin" / "parallax"


def run(*command: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, check=False,
        timeout=timeout,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def pip(python: Path, *args: str | Path, cwd: Path) -> None:
    """Run the tests' own pip against another environment (no pip needed inside it)."""
    run(sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check",
        "--quiet", *args, cwd=cwd)


# Left out when the source is not a git checkout (an unpacked archive, say).
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
)


def checkout_files() -> list[str] | None:
    """The files a clean checkout would have, plus uncommitted work, minus ignored ones."""
    try:
        done = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=REPO, capture_output=True, text=True, check=True, timeout=60,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return [name for name in done.stdout.split("\0") if name and (REPO / name).is_file()]


def copy_checkout(target: Path) -> Path:
    """The source tree without build leftovers, which could otherwise leak into the wheel."""
    names = checkout_files()
    if names is None:
        shutil.copytree(REPO, target, ignore=NOT_SOURCE)
        return target
    for name in names:
        try:
            data = (REPO / name).read_bytes()
        except FileNotFoundError:  # deleted since git listed it: not part of the tree
            continue
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
    return target


def build_requirements() -> list[str]:
    with open(REPO / "pyproject.toml", "rb") as f:
        return list(tomllib.load(f)["build-system"]["requires"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """sdist and wheel built, the wheel installed into a fresh venv outside the checkout."""
    work = tmp_path_factory.mktemp("wheel-test")
    assert not work.is_relative_to(REPO)
    src = copy_checkout(work / "src")
    dist = work / "dist"

    build_env = work / "build-env"
    run(sys.executable, "-m", "venv", "--without-pip", build_env, cwd=work)
    build_python = build_env / "bin" / "python"
    pip(build_python, "install", *build_requirements(), cwd=work)

    code = "import sys, setuptools.build_meta as b; print(b.build_sdist(sys.argv[1]))"
    name = run(build_python, "-c", code, dist, cwd=src).stdout.strip().splitlines()[-1]
    sdist = dist / name
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    unpacked = work / "unpacked" / name.removesuffix(".tar.gz")
    pip(build_python, "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--wheel-dir", dist, unpacked, cwd=work)
    (wheel,) = dist.glob("*.whl")

    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    pip(venv / "bin" / "python", "install", "--no-deps", "--no-index", wheel, cwd=work)
    code = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = run(venv / "bin" / "python", "-c", code, cwd=work).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(site) / "_parallax_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return Built(sdist, wheel, venv)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder outside the checkout."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


# --- what the archives hold -------------------------------------------------------------


def test_sdist_holds_seeds_resources_and_sql(built: Built) -> None:
    with tarfile.open(built.sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {f"seeds/{p.name}" for p in (REPO / "seeds").glob("*.txt")} <= names
    assert len([n for n in names if n.startswith("seeds/") and n.endswith(".txt")]) == 5
    for path in (REPO / "resources").rglob("*"):
        if path.is_file():
            assert str(path.relative_to(REPO)) in names
    sql = {str(p.relative_to(REPO)) for p in (REPO / "reader/core/store").rglob("*.sql")}
    assert sql and sql <= names
    assert "reader/core/store/schema.sql" in names
    assert "pyproject.toml" in names and "README.md" in names


def test_wheel_holds_seeds_resources_and_sql(built: Built) -> None:
    assert built.wheel.name == f"{PROJECT}-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(built.wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"{PROJECT}-{__version__}.dist-info/entry_points.txt")
    assert len([n for n in names if n.startswith("reader/seeds/") and n.endswith(".txt")]) == 5
    for path in (REPO / "resources").rglob("*"):
        if path.is_file():
            assert f"reader/{path.relative_to(REPO)}" in names
    for pattern in ("*.sql", "*.qm"):  # SQL files, and compiled translations when present
        for path in (REPO / "reader").rglob(pattern):
            assert str(path.relative_to(REPO)) in names
    assert not any(n.startswith(("tests/", "packaging/", "benchmarks/")) for n in names)
    assert b"parallax = reader.main:main" in entry_points


# --- the installed copy runs ------------------------------------------------------------


def test_reader_is_the_installed_copy(built: Built, outside: Path) -> None:
    code = "import reader, reader.core.desktop as d; print(reader.__file__, d.resources_dir())"
    package, resources = run(built.python, "-c", code, cwd=outside).stdout.split()
    assert Path(package).is_relative_to(built.venv)
    assert Path(resources).is_relative_to(built.venv)
    assert (Path(resources) / "linux" / "io.github.parallax_reader.Parallax.desktop").is_file()


def test_version(built: Built, outside: Path) -> None:
    assert run(built.parallax, "--version", cwd=outside).stdout.strip() == f"parallax {__version__}"


def test_list_shows_the_five_bundled_articles(built: Built, outside: Path) -> None:
    done = run(built.parallax, "--data-dir", outside / "library", "list", "--json", cwd=outside)
    documents = json.loads(done.stdout)
    assert len(documents) == 5
    assert sorted(d["lang"] for d in documents) == ["de", "de", "de", "it", "pt"]


def test_window_starts_offscreen(built: Built, outside: Path) -> None:
    """The installed window opens offscreen on a new library without an error."""
    assert_window_starts([str(built.parallax)], outside / "library", cwd=outside)


def test_install_desktop_from_the_installed_copy(built: Built, outside: Path) -> None:
    """The menu entry runs the installed parallax, and the icons come from the wheel."""
    assert "install-desktop" in run(built.parallax, "--help", cwd=outside).stdout
    data_home = outside / "xdg-data"
    done = subprocess.run(
        [str(built.parallax), "--data-dir", str(outside / "library"), "install-desktop",
         "--json"],
        cwd=outside, env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    change = json.loads(done.stdout)
    assert change["exec"] == [str(built.parallax)]
    assert len(change["files"]) == 9 and all(Path(f).is_file() for f in change["files"])
    entry = (data_home / "applications" / "io.github.parallax_reader.Parallax.desktop")
    assert f"Exec={built.parallax} %F" in entry.read_text(encoding="utf-8").splitlines()
