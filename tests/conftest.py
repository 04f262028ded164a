"""Shared fixtures: the seed library built once per session, a fresh copy per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import Library

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


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
        library.sync_index()
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
    return library.resolve(prefix)
