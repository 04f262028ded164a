"""``library.documents``: listing, reading, naming and deleting the library's documents."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Ambiguous, Conflict, NotFound
from ..models import DocId, Document, DocumentSummary

if TYPE_CHECKING:
    from . import Library


class Documents:
    """The documents of one library (``library.documents``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def summaries(self, lang: str | None = None) -> list[DocumentSummary]:
        """Every document (optionally of one language), by title."""
        return self._lib.store.list_summaries(lang.lower() if lang else None)

    def get(self, doc_id: str) -> Document:
        """A document by exact id."""
        doc = self._lib.store.get_document(doc_id)
        if doc is None:
            raise NotFound(f"There is no document with id {doc_id}.")
        return doc

    def get_many(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The documents with these ids (those that exist), in one read."""
        found = self._lib.store.get_documents({DocId(d) for d in doc_ids})
        return {str(doc_id): doc for doc_id, doc in found.items()}

    def count(self) -> int:
        """How many documents the library holds."""
        return self._lib.store.count_documents()

    def resolve(self, ref: str) -> DocId:
        """A document id from an id, a unique id prefix or a source file name (or its start)."""
        ref = ref.strip()
        if not ref:
            raise NotFound("No document was named.")
        if self._lib.store.get_document(ref) is not None:
            return DocId(ref)
        by_prefix = self._lib.store.find_ids(id_prefix=ref)
        if len(by_prefix) == 1:
            return by_prefix[0]
        summaries = {s.id: s for s in self._lib.store.list_summaries()}
        by_name: list[DocId] = []
        for doc_id in self._lib.store.find_ids(name=ref):
            name = summaries[doc_id].source.replace("\\", "/").rsplit("/", 1)[-1]
            if name == ref or Path(name).stem == ref or name.startswith(ref):
                by_name.append(doc_id)
        exact = [i for i in by_name if Path(summaries[i].source).stem == ref
                 or Path(summaries[i].source).name == ref]
        candidates = exact or by_name or by_prefix
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise NotFound(f"No document matches '{ref}' (give an id, id prefix or file name).")
        listed = ", ".join(f"{i} ({summaries[i].title[:40]})" for i in candidates[:5])
        raise Ambiguous(f"'{ref}' matches {len(candidates)} documents: {listed}.")

    def find(self, ref: str) -> Document:
        """A document by any reference :meth:`resolve` accepts."""
        return self.get(self.resolve(ref))

    def delete(self, doc_ids: Sequence[DocId], *, delete_annotations: bool = False) -> None:
        """Remove documents from the library and the index.

        Documents with annotations are refused (Conflict) unless ``delete_annotations``
        says to delete those annotations too: nothing a user wrote goes as a side effect.
        """
        if not delete_annotations:
            counts = self._lib.store.annotations.count_by_document(doc_ids)
            if counts:
                total = sum(counts.values())
                first = next(iter(counts))
                doc = self._lib.store.get_document(first)
                name = f"'{doc.title}'" if doc else first
                more = (f" and {len(counts) - 1} other document"
                        f"{'s' if len(counts) > 2 else ''}" if len(counts) > 1 else "")
                raise Conflict(
                    f"{name}{more} {'have' if more else 'has'} {total} annotation"
                    f"{'s' if total != 1 else ''}: export or delete them first, or delete the "
                    "document together with its annotations."
                )
        self._lib.store.delete_documents(doc_ids, with_annotations=delete_annotations)
        self._lib.search.sync()
