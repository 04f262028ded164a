"""What a write changed, for the views showing it: a :class:`Change` and its kinds.

Every annotation operation (and its undo or redo) returns one; the window also makes them
for documents imported or removed and for what another window wrote. ``kind`` says which
sorts of rows changed (documents, annotations, labels, links) so each view refreshes only
for what it shows; ``initiator`` names the view that asked for the change, so that view
can keep what it already shows instead of reloading it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Flag, auto
from typing import Literal

from .models import AnnotationId, DocId

__all__ = ["NO_CHANGE", "Change", "ChangeKind", "Operation"]

NO_CHANGE = "nothing to change"
"""The description of the Change an operation returns when it had nothing to do."""


class ChangeKind(Flag):
    """Which sorts of rows a change touched (any combination)."""

    NOTHING = 0
    DOCUMENTS = auto()
    ANNOTATIONS = auto()
    LABELS = auto()
    LINKS = auto()
    EVERYTHING = DOCUMENTS | ANNOTATIONS | LABELS | LINKS


#: The operation a change comes from (``parallax ... --json`` prints it as ``kind``);
#: ``documents``: documents imported, updated or removed; ``elsewhere``: another window,
#: the command line, or a restore changed the library.
Operation = Literal["create", "update", "delete", "reattach", "link", "unlink", "label",
                    "import", "documents", "elsewhere"]


@dataclass(frozen=True)
class Change:
    """What one operation (or its undo or redo) changed, for views to refresh."""

    kind: ChangeKind
    operation: Operation
    description: str
    doc_ids: frozenset[DocId] = frozenset()
    annotation_ids: frozenset[AnnotationId] = frozenset()
    # The view that asked for it (set by the window; the core never looks at it).
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def of_documents(cls, description: str = "") -> Change:
        """Documents were imported, updated or removed: every list of them is stale."""
        return cls(ChangeKind.DOCUMENTS, "documents", description)

    @classmethod
    def elsewhere(cls, description: str = "") -> Change:
        """Anything may have changed (another window, the command line, a restore)."""
        return cls(ChangeKind.EVERYTHING, "elsewhere", description)

    def by(self, initiator: object | None) -> Change:
        """This change, asked for by ``initiator``."""
        return replace(self, initiator=initiator)

    def touches(self, doc_id: str | None) -> bool:
        """Whether a view showing ``doc_id`` should refresh."""
        return (ChangeKind.DOCUMENTS in self.kind or not self.doc_ids
                or doc_id in self.doc_ids)
