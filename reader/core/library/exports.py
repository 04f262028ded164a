"""``library.exports``: the highlights matching a set of filters, in any export format."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict, Unpack

from ..dates import now_iso
from ..errors import InvalidValue
from ..models import Annotation, AnnotationId, DocId, Document, Label, Link, LinkId

if TYPE_CHECKING:
    from ..export import ExportBundle, ExportOptions, ExportOutput
    from . import Library


class ExportFilters(TypedDict, total=False):
    """The filters of :meth:`Exports.bundle`, which :meth:`Exports.render` passes on."""

    docs: Sequence[str] | None
    label: str | None
    tag: str | None
    lang: str | None
    query: str | None
    generated: str | None


class Exports:
    """Exports of one library's highlights (``library.exports``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def bundle(
        self,
        *,
        docs: Sequence[str] | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        query: str | None = None,
        generated: str | None = None,
    ) -> ExportBundle:
        """The highlights matching every filter, with their documents, links and labels.

        ``docs`` names documents (any reference ``documents.resolve`` accepts; None: all),
        ``query`` is the search query language; filters combine.
        """
        from .. import annotation_io
        from ..export import ExportBundle

        generated = generated or now_iso()
        only = (self._lib.search.matching_annotation_ids(query, lang)
                if query is not None else None)
        scopes = [None] if docs is None else [self._lib.documents.resolve(d) for d in docs]
        bundles = [
            annotation_io.build_bundle(
                self._lib.annotations, self._lib.store, doc_id=doc_id, label=label, tag=tag,
                lang=lang.lower() if lang else None, only=only, generated=generated)
            for doc_id in scopes
        ]
        if len(bundles) == 1:
            return bundles[0]
        # Several documents: the union of their bundles, each highlight and link once.
        documents: dict[DocId, Document] = {}
        annotations: dict[AnnotationId, Annotation] = {}
        links: dict[LinkId, Link] = {}
        labels: dict[str, Label] = {}
        for bundle in bundles:
            documents.update(bundle.documents)
            annotations.update((a.id, a) for a in bundle.annotations)
            links.update((k.id, k) for k in bundle.links)
            labels.update(bundle.labels)
        return ExportBundle(documents=documents, annotations=list(annotations.values()),
                            links=list(links.values()), labels=labels, generated=generated)

    def render(self, fmt: str, options: ExportOptions | None = None,
               **filters: Unpack[ExportFilters]) -> ExportOutput:
        """The matching highlights (see :meth:`bundle`) in any export format — Markdown,
        HTML, CSV, W3C JSON-LD (``md``, ``html``, ``csv``, ``jsonld``) or REFI-QDA
        (``qdpx``) — with its options, as files ready to write and a preview
        (:class:`~reader.core.export.ExportOutput`; ``.text`` for a text format)."""
        from .. import export

        if fmt not in export.FORMATS:
            raise InvalidValue(
                f"'{fmt}' is not an export format (use {', '.join(export.FORMATS)})."
            )
        options = options or export.ExportOptions()
        if options.csv_delimiter not in (",", ";"):
            raise InvalidValue("The CSV separator must be a comma or a semicolon.")
        bundle = self.bundle(**filters)
        return export.render_output(bundle, fmt, options)
