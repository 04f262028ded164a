"""Documents a bulk import put in the search index before they reached the store.

A large import indexes each checkpoint's documents first and stores them after the index
is committed, so that a store never holds many documents the index lacks: a command
started after an import was killed answers at once instead of first indexing the
hundreds of documents the killed import had stored since its last index checkpoint.

Before each index commit the import lists the checkpoint's documents here, ``id`` →
content hash. The next index sync (in the import itself, or in whatever command runs
after a kill) reconciles the list with the store:

- a listed document the store holds with that hash is indexed already: catching up with
  the store skips it;
- any other listed id (the store lacks it: the import died between the index commit and
  the store commit, or holds another version) is dropped from the index, and indexed
  again from the store where the store has it.

The list is cleared once the index state records a store revision that includes the
documents (normally right after the checkpoint's store commit).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

AHEAD_FILENAME = "parallax-ahead.json"


def read(folder: Path) -> dict[str, str]:
    """The listed documents (id → content hash); empty when there is no (readable) list."""
    try:
        data = json.loads((folder / AHEAD_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def add(folder: Path, docs: Iterable[tuple[str, str]]) -> None:
    """List more documents (id, content hash) before the index commit that adds them.

    Written and renamed before the commit: a killed process leaves the page cache behind
    it, so the order is kept (whoosh's own commit does not sync to disk either).
    """
    listed = read(folder)
    listed.update(docs)
    tmp = folder / (AHEAD_FILENAME + ".tmp")
    tmp.write_text(json.dumps(listed), encoding="utf-8")
    os.replace(tmp, folder / AHEAD_FILENAME)


def discard(folder: Path, ids: Iterable[str]) -> None:
    """Unlist documents whose index commit did not happen (they are stored, to be indexed
    by the next sync like any other change)."""
    listed = read(folder)
    if not listed:
        return
    for doc_id in ids:
        listed.pop(doc_id, None)
    if listed:
        tmp = folder / (AHEAD_FILENAME + ".tmp")
        tmp.write_text(json.dumps(listed), encoding="utf-8")
        os.replace(tmp, folder / AHEAD_FILENAME)
    else:
        clear(folder)


def clear(folder: Path) -> None:
    """Forget the list: the index state covers every listed document."""
    for name in (AHEAD_FILENAME, AHEAD_FILENAME + ".tmp"):
        try:
            os.unlink(folder / name)
        except FileNotFoundError:
            pass
