"""Comparing sources: related passages over a library, claim groups and near-duplicates."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import numbers
from .align import RelatedPassage, best_per_document, related_passages, split_sentences
from .anchoring import make_selector
from .annotations import AnnotationService
from .changes import Change
from .errors import Conflict, InvalidValue, NotFound
from .models import Annotation, AnnotationId, DocId, Document, Link, LinkId
from .store.annotations import AnnotationTables, RowSet, label_key

# Beyond this many documents, related passages are looked for only among the documents
# the index finds for the passage's names, figures and words.
MAX_DIRECT_CANDIDATES = 60
# ... plus the documents that share most with the article as a whole (its first this many
# characters), which its translations do even where the passage has no name or figure.
WHOLE_DOCUMENT_CANDIDATES = 8
WHOLE_DOCUMENT_CHARS = 4000
NEAR_DUPLICATE_MIN_WORDS = 8
NEAR_DUPLICATE_MIN_SIMILARITY = 0.6
SHINGLE = 3

CandidateFinder = Callable[[Document, int, int, int], list[DocId]]
DocumentLoader = Callable[[Sequence[DocId]], dict[DocId, Document]]


def ranked(passages: Sequence[RelatedPassage]) -> list[RelatedPassage]:
    """Each source's best passage first (by score), then every other passage by score."""
    best = best_per_document(passages)
    firsts = {id(p) for p in best}
    rest = sorted((p for p in passages if id(p) not in firsts), key=lambda p: -p.score)
    return best + rest


def find_related(
    doc: Document, start: int, end: int, *, all_ids: Sequence[DocId],
    load: DocumentLoader, candidates: CandidateFinder, limit: int = 5,
) -> list[RelatedPassage]:
    """Passages in other sources, in any language, most likely stating the same thing."""
    others = [i for i in all_ids if i != doc.id]
    if len(others) > MAX_DIRECT_CANDIDATES:
        # The documents sharing the passage's names, figures and words, and those sharing
        # the whole article's (its translations, even for a passage with neither).
        whole = candidates(doc, 0, min(len(doc.text), WHOLE_DOCUMENT_CHARS),
                           WHOLE_DOCUMENT_CANDIDATES)
        near = candidates(doc, start, end, MAX_DIRECT_CANDIDATES)
        others = [i for i in dict.fromkeys([*whole, *near]) if i != doc.id]
    documents = load(others)
    ordered = [documents[i] for i in others if i in documents]
    return ranked(related_passages(doc, start, end, ordered, limit=limit))


def reusable_highlight(annotations: Sequence[Annotation], start: int, end: int
                       ) -> Annotation | None:
    """The highlight that already marks ``start..end`` (None: there is none), so linking a
    passage never doubles a highlight the reader made (with its note and tags) by a copy.

    The one on exactly that span, else the anchored one sharing the most characters with
    it, provided the shared part is at least half of what the two cover together: a
    sentence selected a little wider or narrower than its highlight is the same passage;
    a neighbour touching a word of it, or one word highlighted inside it, is not.
    """
    best: tuple[int, int] | None = None
    chosen: Annotation | None = None
    for annotation in annotations:
        if annotation.state == "orphaned":
            continue
        a, b = annotation.selector.start, annotation.selector.end
        if (a, b) == (start, end):
            return annotation
        shared = min(b, end) - max(a, start)
        if shared <= 0 or 2 * shared < max(b, end) - min(a, start):
            continue
        key = (shared, -abs((b - a) - (end - start)))
        if best is None or key > best:
            best, chosen = key, annotation
    return chosen


def link_same_claim(
    annotations: AnnotationService, a: tuple[DocId, int, int], b: tuple[DocId, int, int],
    *, label: str | None = "Claim",
) -> Change:
    """Highlight two passages and link them as the same claim, as one undoable operation.

    A highlight already on a passage (see ``reusable_highlight``: the same span, or one
    overlapping most of it) is reused as it is, with its span, note and tags (the new one on
    the other side then takes its label); otherwise it is created with ``label`` (none if
    no such label).
    """

    def plan(db: sqlite3.Connection) -> RowSet:
        spans = (a, b)
        texts = AnnotationTables.document_texts(db, [a[0], b[0]])
        existing = AnnotationTables.load_for_documents(db, [a[0], b[0]])
        found = [reusable_highlight([x for x in existing if x.doc_id == doc_id], start, end)
                 for doc_id, start, end in spans]
        wanted = next((x.label for x in found if x is not None and x.label), label)
        names = {label_key(s.label.name): s.label.name for s in AnnotationTables.load_labels(db)}
        label_name = names.get(label_key(wanted)) if wanted else None
        rows = RowSet()
        ids: list[AnnotationId] = []
        for (doc_id, start, end), reuse in zip(spans, found, strict=True):
            if reuse is not None:
                ids.append(reuse.id)
                continue
            text = texts.get(doc_id)
            if text is None:
                raise NotFound(f"There is no document with id {doc_id}.")
            if not 0 <= start < end <= len(text):
                raise InvalidValue(f"The span {start}..{end} is empty or outside the document.")
            stamp = annotations.clock()
            created = Annotation(
                id=AnnotationId(annotations.make_id()), doc_id=doc_id,
                selector=make_selector(text, start, end), label=label_name,
                created=stamp, modified=stamp, state="anchored")
            rows.annotations[created.id] = created
            ids.append(created.id)
        if ids[0] == ids[1]:
            raise InvalidValue("A highlight cannot be linked to itself.")
        if AnnotationTables.find_link(db, ids[0], ids[1], "same-claim") is not None:
            raise Conflict("These passages are already linked as the same claim.")
        made = Link(id=LinkId(annotations.make_id()), source=ids[0], target=ids[1],
                    relation="same-claim", created=annotations.clock())
        rows.links[made.id] = made
        return rows

    return annotations.write("link", "link as the same claim", plan)


# -- claim groups ------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimStatement:
    """One source's wording of a claim: the highlight, its document and its figures."""

    annotation: Annotation
    doc_id: DocId
    title: str
    source: str
    lang: str
    figures: tuple[numbers.Quantity, ...]
    disagrees: bool


@dataclass(frozen=True)
class SourceRef:
    """A compared source as a table column: id, title and language."""

    doc_id: DocId
    name: str
    lang: str

    @property
    def heading(self) -> str:
        """The column heading: title and language tag."""
        return f"{self.name} [{self.lang}]"


@dataclass(frozen=True)
class ClaimGroup:
    """Highlights linked as the same claim, and the compared sources that lack it."""

    claim: str
    statements: tuple[ClaimStatement, ...]
    missing: tuple[DocId, ...]
    compared: tuple[SourceRef, ...] = ()

    @property
    def has_disagreement(self) -> bool:
        """Whether two sources give figures that do not agree."""
        return any(s.disagrees for s in self.statements)


def is_vague(quantity: numbers.Quantity) -> bool:
    """An order-of-magnitude amount ("hundreds of thousands"), not a stated figure."""
    finite = quantity.high != numbers.INF
    return finite and quantity.low > 0 and quantity.high / quantity.low >= 5


def figures_agree(a: numbers.Quantity, b: numbers.Quantity) -> bool:
    """Same value within tolerance, and equally precise: 500,000 differs from "hundreds of
    thousands" even though the range contains it, because that is what a reader compares."""
    return numbers.values_agree(a, b) and is_vague(a) == is_vague(b)


def _figures_disagree(mine: Sequence[numbers.Quantity],
                      others: Sequence[Sequence[numbers.Quantity]]) -> bool:
    comparable = [o for o in others if o]
    if not mine or not comparable:
        return False
    return any(not any(figures_agree(a, b) for a in mine for b in theirs)
               for theirs in comparable)


def claim_groups(annotations: AnnotationService, documents: dict[DocId, Document],
                 compared: Sequence[DocId] | None = None) -> list[ClaimGroup]:
    """Every claim group with each source's quote, figures and disagreements.

    ``compared`` lists the sources a claim is expected in (default: every document
    holding a grouped highlight); those without a statement are listed as missing.
    """
    groups = annotations.claim_groups()
    members = {a.id: a for a in annotations.by_ids([i for g in groups for i in g])}
    scope = list(compared) if compared is not None else list(dict.fromkeys(
        members[i].doc_id for g in groups for i in g if i in members))
    refs = tuple(
        SourceRef(d, documents[d].title or documents[d].source_name, documents[d].lang)
        if d in documents
        else SourceRef(d, d, "und")
        for d in scope
    )
    out: list[ClaimGroup] = []
    for group in groups:
        statements = [members[i] for i in group if i in members]
        figures = [
            tuple(numbers.extract_quantities(
                a.selector.exact, documents[a.doc_id].lang if a.doc_id in documents else "und"))
            for a in statements
        ]
        rows = []
        for index, annotation in enumerate(statements):
            doc = documents.get(annotation.doc_id)
            others = figures[:index] + figures[index + 1 :]
            rows.append(ClaimStatement(
                annotation=annotation, doc_id=annotation.doc_id,
                title=doc.title if doc else annotation.doc_id,
                source=doc.source_name if doc else "", lang=doc.lang if doc else "und",
                figures=figures[index], disagrees=_figures_disagree(figures[index], others),
            ))
        present = {a.doc_id for a in statements}
        out.append(ClaimGroup(
            claim=statements[0].selector.exact if statements else "",
            statements=tuple(rows),
            missing=tuple(d for d in scope if d not in present),
            compared=refs,
        ))
    return out


def _figure_text(figures: Sequence[numbers.Quantity]) -> str:
    return "; ".join(q.text for q in figures)


def _cell(group: ClaimGroup, doc_id: DocId) -> str:
    found = [s for s in group.statements if s.doc_id == doc_id]
    if not found:
        return "—"
    parts = []
    for s in found:
        text = f"“{s.annotation.selector.exact}” ({s.lang})"
        if s.figures:
            text += f" [{_figure_text(s.figures)}]" + (" ⚠ differs" if s.disagrees else "")
        parts.append(text)
    return " / ".join(parts)


def claim_columns(groups: Sequence[ClaimGroup]) -> list[tuple[DocId, str]]:
    """The sources as table columns, in first-seen order: (id, heading)."""
    columns: dict[DocId, str] = {}
    for group in groups:
        for ref in group.compared:
            columns.setdefault(ref.doc_id, ref.heading)
        for s in group.statements:
            columns.setdefault(s.doc_id, f"{s.title or s.source} [{s.lang}]")
    return list(columns.items())


def _md_escape(text: str) -> str:
    # Literal text: no raw HTML, no inline markup, no pipes or line breaks (issue 14).
    from .export.escaping import markdown_table_cell

    return markdown_table_cell(text)


def claim_groups_markdown(groups: Sequence[ClaimGroup]) -> str:
    """Claim groups as a Markdown table: one row per claim, one column per source."""
    columns = claim_columns(groups)
    header = ["Claim", *[heading for _, heading in columns]]
    lines = ["| " + " | ".join(_md_escape(h) for h in header) + " |",
             "|" + "---|" * len(header)]
    for group in groups:
        claim = group.claim + (" ⚠" if group.has_disagreement else "")
        cells = [claim, *[_cell(group, doc_id) for doc_id, _ in columns]]
        lines.append("| " + " | ".join(_md_escape(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def claim_groups_csv(groups: Sequence[ClaimGroup]) -> str:
    """Claim groups as RFC 4180 CSV: one row per claim, one column per source."""
    columns = claim_columns(groups)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    from .export.escaping import csv_row  # no cell may start a spreadsheet formula

    writer.writerow(csv_row(["claim", "disagreement", *[heading for _, heading in columns]]))
    for group in groups:
        writer.writerow(csv_row([group.claim, "yes" if group.has_disagreement else "no",
                                 *[_cell(group, doc_id) for doc_id, _ in columns]]))
    return buffer.getvalue()


# -- near-duplicates ----------------------------------------------------------------------


@dataclass(frozen=True)
class NearDuplicate:
    """A passage that appears almost verbatim in two sources of the same language."""

    a: DocId
    a_span: tuple[int, int]
    b: DocId
    b_span: tuple[int, int]
    similarity: float
    text: str


_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _sentences(doc: Document) -> list[tuple[int, int, frozenset[tuple[str, ...]]]]:
    out = []
    for paragraph in doc.paragraphs:
        if paragraph.boilerplate:
            continue
        for start, end in split_sentences(doc.text, doc.lang, paragraph.start, paragraph.end):
            if len(_WORD.findall(doc.text[start:end])) >= NEAR_DUPLICATE_MIN_WORDS:
                out.append((start, end, _shingles(doc.text[start:end])))
    return out


def near_duplicates(documents: Sequence[Document]) -> list[NearDuplicate]:
    """Sentences (merged into passages) shared almost verbatim by same-language sources."""
    prepared = [(doc, _sentences(doc)) for doc in documents]
    found: list[NearDuplicate] = []
    for i, (a, sa) in enumerate(prepared):
        for b, sb in prepared[i + 1 :]:
            if a.lang != b.lang:
                continue
            pairs = []
            for a_start, a_end, a_sh in sa:
                best: tuple[float, int, int] | None = None
                for b_start, b_end, b_sh in sb:
                    if not a_sh or not b_sh:
                        continue
                    # Containment, not Jaccard: a quote is often embedded in a longer
                    # sentence of the other source ("…, erklärt: „<quote>“").
                    shared = len(a_sh & b_sh)
                    similarity = shared / min(len(a_sh), len(b_sh))
                    if shared >= NEAR_DUPLICATE_MIN_WORDS and (
                        similarity >= NEAR_DUPLICATE_MIN_SIMILARITY) and (
                        best is None or similarity > best[0]
                    ):
                        best = (similarity, b_start, b_end)
                if best is not None:
                    pairs.append((a_start, a_end, best[1], best[2], best[0]))
            found.extend(_merge_runs(a, b, pairs))
    return sorted(found, key=lambda d: (-(d.a_span[1] - d.a_span[0]), d.a, d.a_span))


def _merge_runs(a: Document, b: Document,
                pairs: list[tuple[int, int, int, int, float]]) -> list[NearDuplicate]:
    merged: list[list[float]] = []
    for a_start, a_end, b_start, b_end, similarity in pairs:
        if merged:
            last = merged[-1]
            gap_a = a.text[int(last[1]) : a_start]
            gap_b = b.text[int(last[3]) : b_start] if b_start >= last[3] else "x"
            if not gap_a.strip() and not gap_b.strip():
                last[1], last[3] = a_end, b_end
                last[4] = min(last[4], similarity)
                continue
        merged.append([a_start, a_end, b_start, b_end, similarity])
    return [
        NearDuplicate(a.id, (int(r[0]), int(r[1])), b.id, (int(r[2]), int(r[3])),
                      round(r[4], 3), a.text[int(r[0]) : int(r[1])])
        for r in merged
    ]

