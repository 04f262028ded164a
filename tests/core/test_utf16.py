"""UTF-16 files without a byte-order mark: decoded when they are clearly UTF-16, else named."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import ImportRefused
from reader.core.library import Library
from reader.core.text import decode_bytes

GERMAN = "Größere Rechenzentren für künstliche Intelligenz – „Milliarden“ fließen.\n"
CHINESE = ("谷歌计划在二〇二六年前获得多达一百万个张量处理单元（TPU）。\n"
           "数据中心的电力需求：1 GW。\n")
GREEK = "Η Google σχεδιάζει να αποκτήσει έως και ένα εκατομμύριο TPU έως το 2026.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [GERMAN * 3, CHINESE * 3, GREEK * 3])
def test_utf16_without_a_byte_order_mark_is_decoded(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


def test_utf16_that_does_not_decode_is_named_as_such() -> None:
    data = (GERMAN * 3).encode("utf-16-le") + b"\x00\xd8A\x00"  # a lone surrogate
    with pytest.raises(ImportRefused) as info:
        decode_bytes(data, "odd.txt")
    assert str(info.value) == ("odd.txt looks like UTF-16 text without a byte-order mark but "
                               "does not decode as such; save it as UTF-8.")


def test_binary_files_are_still_refused_as_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ImportRefused, match="looks like a binary file"):
        decode_bytes(png, "picture.txt")
    with pytest.raises(ImportRefused, match="looks like a binary file"):
        decode_bytes(bytes(1000), "zeros.txt")


def test_a_utf16_file_without_a_mark_imports(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "windows-export.txt"
    path.write_bytes(("Rechenzentren\n\n" + GERMAN * 3).encode("utf-16-le"))
    report = empty_library.imports.paths([path])
    assert [o.status for o in report.outcomes] == ["new"]
    doc = empty_library.documents.get(report.outcomes[0].doc_id or "")
    assert doc.title == "Rechenzentren" and "künstliche Intelligenz" in doc.text
    assert empty_library.search.query("Rechenzentren").total == 1
