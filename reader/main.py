"""The ``parallax`` entry point: the window without a subcommand, the command line with one.

``parallax FILE...`` (what the desktop file's ``Exec=parallax %F`` runs when a user opens
articles with Parallax) opens the window and imports those files.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

#: Options that take a value and may come before the subcommand.
_VALUED_OPTIONS = ("--data-dir",)


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUED_OPTIONS:
            skip = True
            continue
        if arg == "--":
            continue
        if not arg.startswith("-"):
            return arg
    return None


def _subcommands() -> set[str]:
    from .cli import subcommand_names

    return subcommand_names()


def _wants_window(argv: Sequence[str]) -> bool:
    """True when no subcommand (and no --help/--version) is given.

    A first positional argument that is not a subcommand but names an existing file or
    folder means "open these in the window".
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    first = _first_positional(argv)
    if first is None:
        return True
    if first in _subcommands():
        return False
    return Path(first).expanduser().exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Run Parallax with the given (or the process's) arguments."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--version" in args[: args.index("--") if "--" in args else len(args)]:
        from . import __version__  # answered before anything heavy is imported

        print(f"parallax {__version__}")
        return 0
    if _wants_window(args):
        return open_window(args)
    from .cli import main as cli_main

    return cli_main(args)


def open_window(args: Sequence[str]) -> int:
    """Open the window, after checking that Qt can show one here (else one sentence)."""
    from .ui.platform_check import window_problem

    problem = window_problem()
    if problem is not None:
        sys.stderr.write(f"parallax: {problem}\n")
        return 1
    from .ui.app import run_app

    return run_app(args)


def gui_main() -> None:
    """The ``parallax-gui`` entry point: always the window."""
    sys.exit(open_window(sys.argv[1:]))
