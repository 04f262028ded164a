"""Where a library lives and the bundled seeds."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "parallax"
ENV_DATA_DIR = "PARALLAX_DATA_DIR"
INDEX_DIRNAME = "index"


def default_data_dir() -> Path:
    """``$PARALLAX_DATA_DIR``, else the XDG user data directory for Parallax."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def seeds_dir() -> Path:
    """The bundled articles: inside the installed package, or the checkout's seeds/."""
    try:
        packaged = Path(str(resources.files("reader").joinpath("seeds")))
        if packaged.is_dir() and any(packaged.glob("*.txt")):
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[3] / "seeds"


def detail(exc: BaseException) -> str:
    """The SQLite message inside a store error, for a sentence of our own."""
    cause = exc.__cause__
    return str(cause) if cause is not None else str(exc)
