"""The ``parallax`` entry point: the window without a subcommand, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_window(argv: Sequence[str]) -> bool:
    """True when no subcommand (and no --help/--version) is given."""
    from .cli import build_parser

    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    args, _ = build_parser().parse_known_args(list(argv))
    return args.command is None


def main(argv: Sequence[str] | None = None) -> int:
    """Run Parallax with the given (or the process's) arguments."""
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_window(args):
        from .ui.app import run_app

        return run_app(args)
    from .cli import main as cli_main

    return cli_main(args)
