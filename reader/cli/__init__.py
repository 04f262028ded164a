"""The ``parallax`` command line: subcommands over the Library facade, text or ``--json``."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..core.errors import ParallaxError
from ..core.library import ENV_DATA_DIR, Library
from ..core.store import damage
from . import annotation_cmds, compare_cmds, desktop_cmds, library_cmds
from .output import describe_os_error, fail, warn

Handler = Callable[[argparse.Namespace, Library], int]


def version_string() -> str:
    """The installed version of Parallax."""
    from .. import __version__

    return f"parallax {__version__}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Read, search and annotate articles across languages. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=version_string())
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR",
        help=f"library folder (default: ${ENV_DATA_DIR} or the XDG data folder)",
    )
    parser.add_argument(
        "--new-library", action="store_true",
        help="start a new, empty library even though the library file is missing next to "
        "backups of an earlier one (otherwise refused, naming the backup to restore)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    library_cmds.register(sub)
    annotation_cmds.register(sub)
    compare_cmds.register(sub)
    desktop_cmds.register(sub)
    return parser


def subcommand_names() -> set[str]:
    """The names of every subcommand (``import``, ``search``, ...)."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


_received: list[int] = []


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: unwound like Ctrl+C, so that writers are cancelled cleanly."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Terminated` while a command runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        _received.append(signum)
        raise Terminated(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def run(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one subcommand; returns the exit status."""
    _received.clear()
    with _terminate_cleanly():
        status = _run(argv)
    if _received and status == 0:
        # The signal landed where Python ignores exceptions (a finaliser): the work went
        # on to the end, but the exit status still says the command was stopped.
        return 128 + _received[0]
    return status


def _run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    handler: Handler = args.handler
    if not getattr(args, "needs_library", True):
        try:
            return handler(args, None)  # type: ignore[arg-type]
        except ParallaxError as exc:
            return fail(str(exc))
    try:
        library = Library(args.data_dir, new_library=args.new_library)
    except ParallaxError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(describe_os_error(exc))
    library.notify = lambda message: print(f"parallax: {message}", file=sys.stderr,
                                           flush=True)
    for warning in library.warnings:  # e.g. the daily backup failed: the command goes on
        warn(warning)
    damage.take()  # only what this command meets is reported
    try:
        status = handler(args, library)
        found = damage.take()  # rows read with defaults: say so once
        if found:
            warn(damage.describe(found))
        return status
    except ParallaxError as exc:
        return fail(str(exc))
    except OSError as exc:  # a last resort: one sentence rather than a traceback
        return fail(describe_os_error(exc))
    except Terminated as exc:
        return fail("Stopped by a signal; what was finished is saved.", status=128 + exc.signum)
    except KeyboardInterrupt:
        return fail("Interrupted.", status=130)
    finally:
        library.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``parallax COMMAND``."""
    try:
        return run(argv)
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        return 0
