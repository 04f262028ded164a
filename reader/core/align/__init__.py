"""Passage alignment across sources and languages: sentences, paragraph beads, related passages.

Everything here works without a dictionary or a model. Two passages are compared by what
survives translation: quantities (``numbers`` when present, digits otherwise), names,
acronyms and other capitalised tokens, cognates (accent-folded, transliterated word
prefixes), a little punctuation (questions, quotes, colons), relative length (the
Gale–Church prior) and relative position; and, in a second pass, a lexicon of word pairs
the first pass keeps aligning (hunalign's idea).

- :func:`split_sentences` gives sentence spans with offsets (``clauses=True``: also split
  at ``;`` and ``:``, the units the aligner pairs; :func:`sentence_spans`).
- :func:`align_documents` aligns two documents sentence by sentence with a
  Gale–Church/Bleualign-style dynamic programme (beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2,
  1-3, 3-1): :attr:`Alignment.sentences` holds the sentence beads, :attr:`Alignment.links`
  the paragraphs that share them (:func:`paragraph_pairs` for the paragraph view), and
  :attr:`Alignment.pairs` paragraph groups. Long texts are aligned in a band that follows a
  chain of lexical anchors (and, in the second pass, the first path), so the cost grows
  linearly with their length.
- :func:`related_passages` ranks sentence-sized passages of other documents that most
  likely state the same claim as a selected passage; for translations, the sentences the
  alignment pairs with it come first.

The package: :mod:`.results` (what callers get back), :mod:`.sentences` (splitting),
:mod:`.features` (what survives translation), :mod:`.prepared` (documents as sentence
units, cached), :mod:`.sentence_align` (the dynamic programme and paragraph links),
:mod:`.bands` (where the programme looks: diagonal, anchors, a previous path),
:mod:`.lexicon` (word pairs learnt from a first pass) and :mod:`.related` (related
passages).
"""

from __future__ import annotations

from .features import features, fold
from .prepared import clear_cache, sentence_spans
from .related import best_per_document, related_passages
from .results import AlignedPair, Alignment, RelatedPassage
from .sentence_align import align_documents, paragraph_pairs
from .sentences import split_sentences

__all__ = [
    "AlignedPair", "Alignment", "RelatedPassage", "align_documents", "best_per_document",
    "clear_cache", "features", "fold", "paragraph_pairs", "related_passages",
    "sentence_spans", "split_sentences",
]
