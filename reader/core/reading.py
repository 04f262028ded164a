"""Reading an imported file: only regular files, size checked first, reads capped.

A folder can hold anything: a FIFO named ``x.txt`` (reading it blocks forever), a symlink
to ``/dev/zero`` (endless) or to itself (a loop), a socket, a 3 GB sparse file. Each is
refused in one sentence before a byte is read, and the read itself never goes past the
limit, whatever the file turns into between the check and the read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import ImportRefused
from .text import MAX_FILE_BYTES

CHUNK = 1024 * 1024
# An annotation export (JSON-LD) of a large library: generous, but bounded.
MAX_ANNOTATION_FILE_BYTES = 256 * 1024 * 1024
# PDF, Word and EPUB files are containers: their text is a fraction of their size (the
# parsers check what they unpack themselves).
MAX_CONTAINER_BYTES = 200 * 1024 * 1024
TEXT_FORMATS = ("txt", "md", "html")


def limit_for(fmt: str) -> int:
    """The most bytes read of a file of format ``fmt`` (``txt``, ``pdf``...)."""
    return MAX_FILE_BYTES if fmt in TEXT_FORMATS else MAX_CONTAINER_BYTES


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def not_regular(path: Path, mode: int) -> ImportRefused:
    """The sentence for something that is not a regular file."""
    return ImportRefused(f"{path} is {_kind(mode)}, not a regular file; only regular files "
                         "are imported.")


def unreachable(path: Path, exc: OSError) -> ImportRefused:
    """The sentence for a path that cannot be looked at (gone, a loop, no permission)."""
    if exc.errno == errno.ELOOP:
        return ImportRefused(f"{path} is a symbolic link that points back to itself (a loop).")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return ImportRefused(f"{path} is a symbolic link to something that does not exist.")
        return ImportRefused(f"{path} does not exist.")
    if exc.errno == errno.EACCES:
        return ImportRefused(f"{path} cannot be read: permission denied.")
    return ImportRefused(f"{path} cannot be read: {exc.strerror or exc}.")


def too_large(name: str, size: int, limit: int, what: str = "one article") -> ImportRefused:
    """The sentence for a file over the size limit."""
    return ImportRefused(f"{name} is {size / 1048576:.1f} MB, over the {limit // 1048576} MB "
                         f"limit for {what}.")


def check_regular(path: Path) -> os.stat_result:
    """``stat`` of a regular file (links followed), or ImportRefused in one sentence."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise unreachable(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise not_regular(path, info.st_mode)
    return info


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES, what: str = "one article") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or ImportRefused.

    The size is checked with ``stat`` before reading, the file is opened without blocking
    (a FIFO swapped in meanwhile cannot hang the import) and checked again through its
    descriptor, and at most ``limit + 1`` bytes are ever read.
    """
    info = check_regular(path)
    if info.st_size > limit:
        raise too_large(path.name, info.st_size, limit, what)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise unreachable(path, exc) from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise not_regular(path, opened.st_mode)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise too_large(path.name, max(total, opened.st_size), limit, what)
        return b"".join(chunks)
    except OSError as exc:
        raise ImportRefused(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    finally:
        os.close(fd)
