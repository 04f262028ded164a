"""Printing helpers for the command line: JSON, errors, snippets and progress."""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from ..core.errors import InvalidValue, is_disk_full

_BOLD = re.compile(r"<b>(.*?)</b>")
# C0 and C1 control characters (escape sequences start with ESC or CSI), DEL, and the
# bidirectional overrides that reorder what a terminal shows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """Text from a file or a document (a name, a title) safe to print on a terminal.

    Control characters are shown as ``?``: an escape sequence in a file name cannot
    recolour, retitle or rewrite the user's terminal.
    """
    pattern = _CONTROL_BUT_LINES if keep_newlines else _CONTROL
    return pattern.sub("?", text)


def json_flag(parser: argparse.ArgumentParser) -> None:
    """Add the ``--json`` option every data command has."""
    parser.add_argument("--json", action="store_true", help="print JSON")


def emit_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def fail(message: str, status: int = 1) -> int:
    """Print one sentence to stderr and return the exit status."""
    sys.stderr.write(f"parallax: {terminal_safe(message)}\n")
    return status


def warn(message: str) -> None:
    """Print a warning sentence to stderr; the command carries on."""
    sys.stderr.write(f"parallax: warning: {terminal_safe(message)}\n")


def describe_os_error(exc: OSError) -> str:
    """One sentence for an operating-system error no command turned into its own."""
    named = isinstance(exc.filename, str | bytes | os.PathLike)
    where = Path(os.fsdecode(exc.filename)) if named else Path.cwd()
    if is_disk_full(exc, where):
        return f"The disk holding {where} is full; free some space and try again."
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{reason} ({where})." if named else f"{reason}."


def plain_snippet(snippet: str) -> str:
    """A search snippet for the terminal: hits in bold on a terminal, else in [brackets]."""
    on, off = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    parts = _BOLD.split(snippet)  # text, hit, text, hit, ..., text
    return "".join(
        (on + terminal_safe(html.unescape(part)) + off) if i % 2
        else terminal_safe(html.unescape(part))
        for i, part in enumerate(parts)
    )


class ProgressLine:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if self.enabled:
            percent = f" {100 * done // total}%" if total else ""
            sys.stderr.write(f"\r{message}{percent}\033[K")
            sys.stderr.flush()

    def finish(self) -> None:
        """Clear the line."""
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def write_atomically(path: Path, text: str) -> None:
    """Write text as UTF-8 through a temporary file renamed into place: never half written."""
    target = path.expanduser()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidValue(f"{target} cannot be written: {exc.strerror or exc}.") from exc


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 document``, ``2 documents`` (``plural`` when the noun does not just take -s)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
