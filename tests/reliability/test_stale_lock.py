"""An index lock held by the orphaned writers of a dead Parallax is broken, safely."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from reader.core.library import Library
from reader.core.locking import OWNER_FILENAME, WRITELOCK_NAME, LibraryLock

from .conftest import assert_one_sentence, parallax, wait_gone, write_corpus

_HOLD = (
    "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_CREAT | os.O_WRONLY); "
    "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(120)"
)
DEAD_PID = 2**22 + 4321  # above the default pid_max: no such process


def _hold(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_dead_owners_writer_holding_the_lock_is_ended(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        library.search.sync()
    index = folder / "index"
    orphan = _hold(index / WRITELOCK_NAME)
    try:
        (index / OWNER_FILENAME).write_text(f"{DEAD_PID}\n{orphan.pid}\n")
        write_corpus(tmp_path / "in", 3)
        started = time.monotonic()
        result = parallax(folder, "import", str(tmp_path / "in"), timeout=25)
        assert result.returncode == 0, result.stderr
        assert_one_sentence(result.stderr)
        assert time.monotonic() - started < 25
        assert wait_gone([orphan.pid]) == []
        found = parallax(folder, "search", "doctok2")
        assert "1 document matches" in found.stdout
    finally:
        orphan.kill()
        orphan.wait()


def test_a_live_owner_is_never_broken(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        library.search.sync()
    index = folder / "index"
    holder = _hold(index / WRITELOCK_NAME)
    try:
        # The recorded owner is this (live) test process: its lock is not stale.
        (index / OWNER_FILENAME).write_text(f"{os.getpid()}\n{holder.pid}\n")
        from reader.core.locking import break_stale_writer

        assert break_stale_writer(index) == []
        assert holder.poll() is None
    finally:
        holder.kill()
        holder.wait()


def test_a_second_import_waits_with_a_message_instead_of_failing(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False):
        pass
    write_corpus(tmp_path / "in", 4)
    lock = LibraryLock(folder / ".parallax-write.lock")
    with lock.hold() as held:  # another import holds the library
        assert held
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(folder), "import",
             str(tmp_path / "in")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PARALLAX_AUTO_BACKUP": "0"})
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "Waiting for another import into this library to finish" in line
        time.sleep(0.5)
        assert proc.poll() is None  # still waiting, not failed
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Imported: 4 new." in out
    assert_one_sentence(err)


def test_a_search_during_another_writer_answers_from_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        library.search.sync()
    write_corpus(tmp_path / "in", 2)
    with Library(folder, auto_backup=False) as other:
        other.imports.paths([tmp_path / "in"])
        lock = LibraryLock(folder / ".parallax-write.lock")
        with lock.hold():  # as an import does, holding whoosh's writer lock as well
            writer = other.search.index.writer(1)
            other.annotations.create(other.documents.resolve("doc00000"), 0, 7, note="frisch")
            started = time.monotonic()
            result = parallax(folder, "search", "Fachleute", timeout=25)
            assert result.returncode == 0, result.stderr
            assert time.monotonic() - started < 20
            assert "2 documents match" in result.stdout
            writer.cancel()


def test_a_waiting_import_reports_it_and_can_be_cancelled(tmp_path: Path) -> None:
    """What the window's import shows while another process imports: the waiting message
    in its progress, and Cancel works while it waits."""
    import threading

    from reader.core.importing import WAITING_FOR_IMPORT
    from reader.core.tasks import CancelToken

    folder = tmp_path / "lib"
    write_corpus(tmp_path / "in", 2)
    with Library(folder, auto_backup=False) as library:
        messages: list[str] = []
        token = CancelToken()
        other = LibraryLock(folder / ".parallax-write.lock")
        with other.hold():
            def progress(done: int, total: int, message: str) -> None:
                messages.append(message)
                token.cancel()  # the user presses Cancel once the wait shows

            result: list[object] = []
            worker = threading.Thread(target=lambda: result.append(
                library.imports.paths([tmp_path / "in"], progress=progress, cancel=token)))
            worker.start()
            worker.join(10)
            assert not worker.is_alive()
        report = result[0]
        assert WAITING_FOR_IMPORT in messages
        assert report.cancelled and not report.outcomes  # type: ignore[attr-defined]
        assert library.store.count_documents() == 5
