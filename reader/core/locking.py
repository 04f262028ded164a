"""Who may write a library's search index: one process (and one thread) at a time.

Two things keep concurrent Parallax processes from racing on the index folder:

* :class:`LibraryLock`, an exclusive ``flock`` on ``<data dir>/.parallax-write.lock``
  taken around every index write (import, sync, rebuild, restore). Imports wait for it
  with a "waiting for another import" message; readers that would only catch the index
  up (search, info) skip that when another process is writing and search what is there.
  The kernel drops the lock with its holder, so it can never be left stale.
* whoosh's own ``MAIN_WRITELOCK`` is also a ``flock``, but its multi-process writer's
  children inherit the descriptor: children that outlive a killed parent would hold it
  forever. :func:`orphan_proof` makes them die with their parent (Linux's parent-death
  signal), and :func:`break_stale_writer` ends such orphans when they already exist
  (the owner recorded beside the lock is gone and they hold the lock file open).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import Cancelled
from .tasks import CancelToken

LOCK_FILENAME = ".parallax-write.lock"
OWNER_FILENAME = "parallax-writer.pid"
WRITELOCK_NAME = "MAIN_WRITELOCK"
POLL_S = 0.2
PR_SET_PDEATHSIG = 1


class LibraryLock:
    """An exclusive lock on writing a library's index, re-entrant within one thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextlib.contextmanager
    def hold(
        self,
        *,
        wait: bool = True,
        on_wait: Callable[[], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> Iterator[bool]:
        """Hold the lock for the block; yields False (without waiting) when ``wait`` is
        False and another process or thread holds it. ``on_wait`` is called once when
        the lock is busy and this call waits; ``cancel`` stops the wait (Cancelled)."""
        if not self._acquire(wait, on_wait, cancel):
            yield False
            return
        try:
            yield True
        finally:
            self._release()

    def _acquire(self, wait: bool, on_wait: Callable[[], None] | None,
                 cancel: CancelToken | None) -> bool:
        told = [False]

        def waiting() -> None:
            """Say once that this waits for another writer; stop if cancelled."""
            if not told[0] and on_wait is not None:
                on_wait()
                told[0] = True
            if cancel is not None and cancel.cancelled:
                raise Cancelled("Cancelled while waiting for another import.")

        while not self._thread_lock.acquire(timeout=POLL_S):
            if not wait:
                return False
            waiting()
        if self._depth:
            self._depth += 1
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError:
            # A read-only folder: nobody can write the index here anyway.
            self._depth = 1
            return True
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                if not wait:
                    os.close(fd)
                    self._thread_lock.release()
                    return False
                waiting()
                time.sleep(POLL_S)
        except BaseException:
            os.close(fd)
            self._thread_lock.release()
            raise
        self._fd = fd
        self._depth = 1
        return True

    def _release(self) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self._thread_lock.release()


# -- whoosh's writer processes ---------------------------------------------------------


def die_with_parent() -> None:
    """In a child process: be killed when the parent dies (Linux), or exit now if it has.

    The parent-death signal is sent when the thread that started this process ends, so
    a writer must be created and finished on one thread (Parallax's are).
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent == 1 or not pid_alive(parent):
        os._exit(1)


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (a zombie counts as gone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            state = handle.read().rsplit(")", 1)[-1].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        return True


def record_owner(folder: Path, children: list[int] | None = None) -> None:
    """Note this process (and its writer children) as the holder of the index lock."""
    lines = [str(os.getpid()), *(str(c) for c in children or [])]
    with contextlib.suppress(OSError):
        (folder / OWNER_FILENAME).write_text("\n".join(lines) + "\n", encoding="ascii")


def _holds_open(pid: int, target: Path) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{pid}/fd/{fd}") == str(target):
                return True
    return False


def _parent_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return int(handle.read().rsplit(")", 1)[-1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def break_stale_writer(folder: Path) -> list[int]:
    """End writer processes that hold a dead owner's index lock; returns their ids.

    Safe: only when the owner recorded beside the lock is gone, and only processes that
    have the lock file open and were that owner's writer children (or are orphans): their
    work can never be committed, since only the owner commits.
    """
    lock_file = (folder / WRITELOCK_NAME).resolve()
    try:
        recorded = [int(x) for x in (folder / OWNER_FILENAME).read_text().split()]
    except (OSError, ValueError):
        recorded = []
    owner, children = (recorded[0], set(recorded[1:])) if recorded else (0, set())
    if owner and pid_alive(owner):
        return []
    ended = []
    me = os.getpid()
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        pid = int(entry)
        if pid == me or not (pid in children or _parent_of(pid) == 1):
            continue
        if _holds_open(pid, lock_file):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                ended.append(pid)
    deadline = time.monotonic() + 5
    while ended and time.monotonic() < deadline and any(pid_alive(p) for p in ended):
        time.sleep(0.05)
    return ended
