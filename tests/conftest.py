"""Shared fixtures: the seed library built once per session, a fresh copy per test."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import Library

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
# Everything the suite reads lives in the repository: a user's clone has no ../shared.
DATA = REPO / "tests" / "data"
PARALLEL_DEV = DATA / "parallel-dev"
CONFORMANCE = DATA / "conformance"
_OUTSIDE = (REPO.parent / "shared").resolve()
_reads_outside: list[str] = []


def _refuse_shared(event: str, args: tuple[object, ...]) -> None:
    """Fail any test that opens or lists a file under ../shared (a clone has none)."""
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    target = args[0]
    if not isinstance(target, str | Path):
        return
    try:
        path = Path(os.fsdecode(target)).resolve()
    except (OSError, ValueError):
        return
    if path == _OUTSIDE or _OUTSIDE in path.parents:
        _reads_outside.append(str(path))
        raise PermissionError(f"tests must not read {path}: copy what they need to tests/data")


sys.addaudithook(_refuse_shared)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _reads_outside:  # a test caught the PermissionError: still fail the run
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\ntests read outside the repository: {sorted(set(_reads_outside))[:5]}")


@pytest.fixture(autouse=True)
def _nothing_read_from_shared() -> Iterator[None]:
    """A test that read ../shared fails, even when it caught the PermissionError."""
    before = len(_reads_outside)
    yield
    if len(_reads_outside) > before:
        pytest.fail(f"the test read {_reads_outside[before]}: copy what it needs to tests/data")


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the user's real library or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


@pytest.fixture(scope="session")
def seed_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library folder with the five seeds imported and indexed, built once."""
    folder = tmp_path_factory.mktemp("seed-library")
    with Library(folder) as library:
        library.search.sync()
    return folder


@pytest.fixture
def library_dir(seed_library_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the seed library folder."""
    target = tmp_path / "library"
    shutil.copytree(seed_library_dir, target)
    return target


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    """An open Library on a private copy of the seeds."""
    with Library(library_dir) as lib:
        yield lib


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    """An open Library with no documents (seeding switched off)."""
    with Library(tmp_path / "empty", seed_if_empty=False) as lib:
        yield lib


def seed_id(library: Library, prefix: str) -> str:
    """The document id of a seed by its file-name prefix ("000".."004")."""
    return library.documents.resolve(prefix)
