"""A whoosh posting format for positions and characters that holds a huge text compactly.

whoosh's ``Characters.word_values`` gathers every token of a field value as a Python tuple
``(position, startchar, endchar)`` in a list per word before encoding them: about 150
bytes a token. For one 20 MB text (three million tokens, analysed for the neutral body and
again for its language's field) that was most of a 0.9 GB peak. Here the three numbers go
into one ``array`` of C ints per word, 12 bytes a token; the encoded postings are byte for byte what
whoosh writes, so indexes, queries and results do not change.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

from whoosh.formats import Characters, tokens

from .fast_analysis import NotPure, gather

# Texts of at least this many characters are analysed into arrays; shorter ones (every
# normal article) by whoosh's own loop, which is faster per word.
COMPACT_ABOVE = 200_000


class CompactCharacters(Characters):  # type: ignore[misc]
    """``Characters`` with the per-word positions kept in arrays while a value is analysed."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any
                    ) -> Iterator[tuple[str, int, float, bytes]]:
        if not isinstance(value, str) or len(value) < COMPACT_ABOVE:
            # A normal article: whoosh's own loop is faster, and its memory is no matter.
            yield from super().word_values(value, analyzer, **kwargs)
            return
        fb = self.field_boost
        kwargs["positions"] = True
        kwargs["chars"] = True
        kwargs["boosts"] = True
        typecode = "i" if len(value) < 2**31 else "q"  # positions and offsets fit
        try:
            fast = gather(value, analyzer, kwargs, typecode)
        except NotPure:  # a filter did more than change a word: whoosh's own chain
            fast = None
        if fast is None:
            seen, weights = self._gather(value, analyzer, kwargs, typecode)
        else:  # every boost is 1.0: a word's weight is its count, as whoosh sums it
            seen = fast
            weights = {word: float(len(flat) // 3) for word, flat in seen.items()}
        while seen:  # each word's array is freed once encoded
            word, flat = seen.popitem()
            count = len(flat) // 3
            encoded = self.encode(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))
            yield (word, count, weights[word] * fb, encoded)

    @staticmethod
    def _gather(value: str, analyzer: Any, kwargs: dict[str, Any], typecode: str
                ) -> tuple[dict[str, array[int]], dict[str, float]]:
        """Each word's positions and offsets, and its weight, by whoosh's analyser chain."""
        seen: dict[str, array[int]] = {}
        weights: dict[str, float] = {}
        for t in tokens(value, analyzer, kwargs):
            text = t.text
            found = seen.get(text)
            if found is None:
                found = seen[text] = array(typecode)
                weights[text] = 0.0
            found.extend((t.pos, t.startchar, t.endchar))
            weights[text] += t.boost
        return seen, weights


def compact(field: Any) -> Any:
    """A TEXT field made with ``chars=True``, its format made compact (same encoding)."""
    if type(field.format) is Characters:
        field.format = CompactCharacters(field_boost=field.format.field_boost)
    return field
