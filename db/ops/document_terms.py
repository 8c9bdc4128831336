"""How many of a document's terms wait as candidates and how many were accepted (the Library's
columns), counted by the document each term was first found in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import Term
from db.ops.part import Part
from db.results import DocumentId
from duiyi.kinds import TermStatus


@dataclass(frozen=True)
class DocumentTerms:
    """A document's candidates still to review and its accepted terms."""

    candidates: int
    accepted: int


def term_counts(part: Part) -> dict[DocumentId, DocumentTerms]:
    """Candidates and accepted terms of every document that has any (rejected ones are not
    counted)."""
    counts: dict[int, dict[str, int]] = {}
    with part._read() as session:
        for document_id, status, count in session.execute(
            select(Term.document_id, Term.status, func.count())
            .where(
                Term.document_id.is_not(None),
                Term.status.in_((TermStatus.CANDIDATE, TermStatus.ACCEPTED)),
            )
            .group_by(Term.document_id, Term.status)
        ):
            if document_id is not None:
                counts.setdefault(document_id, {})[str(status)] = int(count)
    return {
        DocumentId(doc): DocumentTerms(
            by.get(TermStatus.CANDIDATE, 0), by.get(TermStatus.ACCEPTED, 0)
        )
        for doc, by in counts.items()
    }
