"""The command line on a full disk, and files with nothing to import: one line, a status."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from whoosh.writing import SegmentWriter

from reader.cli import main
from reader.core.errors import StoreError
from reader.core.library.documents import Documents
from reader.core.store import Store
from reader.core.store.files import describe_sqlite_error


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def _no_space(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _full_backup(self: Store, dest: Path) -> None:
    try:
        _no_space()
    except OSError as exc:
        raise StoreError(describe_sqlite_error(exc, dest)) from exc


def test_import_on_a_full_disk_prints_one_line_and_keeps_the_documents(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = tmp_path / "neu.txt"
    article.write_text("Kernfusion\n\nDie Kernfusionsanlage läuft seit gestern.\n",
                       encoding="utf-8")
    monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
    status, out, err = run(capsys, library_dir, "import", str(article))
    # The per-file report is printed although the index could not be written.
    assert status == 1 and out.startswith("new ") and str(article) in out
    assert out.endswith("Imported: 1 new.\n")
    assert err == (
        f"parallax: The disk holding {library_dir / 'index'} is full, so the search index was "
        "not updated; everything is saved in the library and the index catches up once there "
        "is free space.\n"
    )
    status, out, _ = run(capsys, library_dir, "list")
    assert status == 0 and "6 documents" in out and "Kernfusion" in out
    monkeypatch.undo()
    status, out, _ = run(capsys, library_dir, "search", "Kernfusionsanlage")
    assert status == 0 and "1 document matches" in out


@pytest.mark.parametrize("command", [["list"], ["search", "Milliarde"], ["info"]])
def test_a_failed_daily_backup_warns_once_and_the_command_runs(
    capsys: pytest.CaptureFixture[str], library_dir: Path, monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.setattr(Store, "backup_to", _full_backup)
    status, out, err = run(capsys, library_dir, *command)
    assert status == 0 and out
    assert err == (
        f"parallax: warning: Today's automatic backup was not made because the disk holding "
        f"{library_dir / 'backups'} is full; the library itself is unchanged, and the backup "
        "is tried again the next time it is opened.\n"
    )


def test_an_unexpected_os_error_is_one_sentence(
    capsys: pytest.CaptureFixture[str], library_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(library_dir / "x"))

    monkeypatch.setattr(Documents, "summaries", full)
    status, out, err = run(capsys, library_dir, "list")
    assert status == 1 and out == ""
    assert err == (f"parallax: The disk holding {library_dir / 'x'} is full; free some space "
                   "and try again.\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"type": "AnnotationCollection"}',
         "The annotation collection has no embedded page of annotations; nothing was imported "
         "from {file}."),
        ("[]", "{file} holds no annotations; nothing was imported."),
    ],
)
def test_importing_a_file_without_annotations_fails(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path, content: str,
    message: str,
) -> None:
    path = tmp_path / "empty.jsonld"
    path.write_text(content, encoding="utf-8")
    for extra in ([], ["--json"]):
        status, out, err = run(capsys, library_dir, "import-annotations", str(path), *extra)
        assert status == 1 and out == ""
        assert err == "parallax: " + message.format(file=path) + "\n"
