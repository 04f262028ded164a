"""``library.compare``: comparing sources — related passages, alignment, claims, duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import InvalidValue
from ..models import DocId

if TYPE_CHECKING:
    from .. import compare
    from ..align import Alignment, RelatedPassage
    from ..changes import Change
    from . import Library


class Comparison:
    """Comparing the sources of one library (``library.compare``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def related(
        self, doc_id: DocId, start: int, end: int, *, limit: int = 5
    ) -> list[RelatedPassage]:
        """Passages in other sources, in any language, that most likely state the same thing.

        Each other source's best passage comes first (best first), then the rest. In a large
        library, candidates are the documents the index finds for the passage's names,
        figures and words.
        """
        from .. import compare

        doc = self._lib.documents.get(doc_id)
        if not 0 <= start < end <= len(doc.text):
            raise InvalidValue(f"The span {start}-{end} is outside the document.")
        store, search = self._lib.store, self._lib.search
        return compare.find_related(
            doc, start, end, all_ids=[s.id for s in store.list_summaries()],
            load=store.get_documents,
            candidates=lambda d, s, e, n: search.similar_documents(d.text[s:e], d.lang, n),
            limit=limit,
        )

    def link_same_claim(
        self, a: tuple[DocId, int, int], b: tuple[DocId, int, int], *,
        label: str | None = "Claim",
    ) -> Change:
        """Highlight two passages (document, start, end) and link them as the same claim,
        in one undoable step; a highlight already on a passage (the same span, or one
        overlapping most of it) is reused with its note and tags."""
        from .. import compare

        return compare.link_same_claim(self._lib.annotations, a, b, label=label)

    def align(self, a: DocId, b: DocId) -> Alignment:
        """Paragraph (and sentence) alignment of two sources in any two languages."""
        from ..align import align_documents

        documents = self._lib.documents
        return align_documents(documents.get(a), documents.get(b))

    def claim_groups(
        self, compared: Sequence[DocId] | None = None, *, also: Sequence[DocId] = ()
    ) -> list[compare.ClaimGroup]:
        """Every claim group: each source's quote, language and figures, disagreements.

        ``compared`` are the sources a claim is looked for in; by default every document
        with a highlight (plus ``also``, e.g. the sources open side by side), so a source
        lacking a claim shows as missing.
        """
        from .. import compare

        annotations = self._lib.annotations
        highlighted = list(dict.fromkeys(a.doc_id for a in annotations.query()))
        if compared is None:
            compared = list(dict.fromkeys([*highlighted, *also]))
        documents = self._lib.store.get_documents({*highlighted, *compared})
        return compare.claim_groups(annotations, documents, compared)

    def near_duplicates(self, doc_ids: Sequence[DocId] | None = None
                        ) -> list[compare.NearDuplicate]:
        """Passages shared almost verbatim by two sources of the same language.

        With ``doc_ids``, each of them is compared with the same-language documents the
        index finds similar; without, every pair of a small library is compared.
        """
        from .. import compare

        store = self._lib.store
        if doc_ids is None:
            summaries = store.list_summaries()
            if len(summaries) > compare.MAX_DIRECT_CANDIDATES:
                raise InvalidValue("The library is large: name the documents to check.")
            return compare.near_duplicates(
                list(store.get_documents([s.id for s in summaries]).values()))
        found: list[compare.NearDuplicate] = []
        seen: set[tuple[DocId, DocId]] = set()
        for doc_id in doc_ids:
            doc = self._lib.documents.get(doc_id)
            candidates = self._lib.search.similar_documents(
                doc.text, doc.lang, compare.MAX_DIRECT_CANDIDATES)
            others = store.get_documents([c for c in candidates if c != doc_id])
            for other in others.values():
                key = (min(doc.id, other.id), max(doc.id, other.id))
                if other.lang == doc.lang and key not in seen:
                    seen.add(key)
                    found.extend(compare.near_duplicates([doc, other]))
        return found
