"""Hostile files: FIFOs, devices, sockets, loops, huge and sparse files, escape sequences."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from reader.core.importing import collect_files

from .conftest import assert_one_sentence, parallax

GOOD = "Titel\n\nEin echter Text über Windkraft und Solarparks im Norden.\n"


def _hostile_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.md").symlink_to("nothing.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()
    with open(folder / "sparse.txt", "wb") as handle:  # 3 GB, no disk used
        handle.truncate(3 * 1024**3)
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_a_folder_of_hostile_files_imports_the_good_one_and_says_why_for_each(
    tmp_path: Path,
) -> None:
    folder = _hostile_folder(tmp_path / "in")
    result = parallax(tmp_path / "lib", "import", str(folder), timeout=60)
    assert result.returncode == 1
    assert_one_sentence(result.stderr)
    err = result.stderr
    assert "fifo.txt is a named pipe (FIFO), not a regular file" in err
    assert "zero.txt is a device, not a regular file" in err
    assert "sock.txt is a socket, not a regular file" in err
    assert "loop.txt is a symbolic link that points back to itself" in err
    assert "dangling.md is a symbolic link to something that does not exist" in err
    assert "sparse.txt is 3072.0 MB, over the 20 MB limit" in err
    assert "Imported: 1 new, 6 failed." in result.stdout


@pytest.mark.parametrize("name, says", [
    ("fifo.txt", "is a named pipe (FIFO)"),
    ("loop.txt", "points back to itself"),
    ("zero.txt", "is a device"),
])
def test_named_directly_they_get_the_right_sentence(
    tmp_path: Path, name: str, says: str
) -> None:
    folder = _hostile_folder(tmp_path / "in")
    result = parallax(tmp_path / "lib", "import", str(folder / name), timeout=30)
    assert result.returncode == 1 and says in result.stderr
    assert "does not exist" not in result.stderr


def test_a_file_that_becomes_a_fifo_after_the_check_does_not_block(tmp_path: Path) -> None:
    """The read itself refuses what is not a regular file (no stat-then-open race)."""
    from reader.core import reading
    from reader.core.errors import ImportRefused

    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            reading.read_bounded(fifo)
        except ImportRefused as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive() and "named pipe" in outcome[0]


def test_a_file_growing_past_the_limit_while_read_is_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core import reading
    from reader.core.errors import ImportRefused

    path = tmp_path / "grows.txt"
    path.write_text("x" * 100, encoding="utf-8")
    real_stat = os.stat

    def small_stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(target, *args, **kwargs)  # type: ignore[arg-type]
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    monkeypatch.setattr(reading.os, "stat", small_stat)
    with pytest.raises(ImportRefused, match="over the 0 MB limit"):
        reading.read_bounded(path, limit=50)


def test_collect_files_refuses_special_files_before_reading(tmp_path: Path) -> None:
    folder = _hostile_folder(tmp_path / "in")
    files, refused = collect_files([folder])
    assert [f.name for f in files] == ["ok.txt", "sparse.txt"]
    assert {Path(o.path).name for o in refused} == {
        "fifo.txt", "zero.txt", "loop.txt", "dangling.md", "sock.txt"}


def test_escape_sequences_in_names_and_titles_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    evil = folder / "evil\x1b[31mred\x07.txt"
    evil.write_text("Titel \x1b]0;pwned\x07 mit \x1b[2J Escape\n\n" + GOOD * 20,
                    encoding="utf-8")
    lib = tmp_path / "lib"
    for command in (["import", str(folder)], ["list"], ["show", "evil"],
                    ["search", "Windkraft"]):
        result = parallax(lib, *command)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout + result.stderr
        assert "\x07" not in result.stdout + result.stderr
    shown = parallax(lib, "show", "evil")
    assert "evil?[31mred?.txt" in shown.stdout  # the file name, made visible instead
    imported = parallax(lib, "import", str(evil))
    assert "evil?[31mred?.txt" in imported.stdout + imported.stderr or (
        "Imported: 1 unchanged." in imported.stdout)
