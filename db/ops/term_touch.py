"""Marking terms as changed: their `modified_at` is the time their exported note last
changed, which Anki compares to decide whether a re-export updates the note."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import Session

from db.models import SegmentPair, Term, TermOccurrence, TermTag, utcnow


def touch_terms(session: Session, term_ids: Sequence[int] | Select[Any]) -> None:
    """Set `modified_at` to now for the given terms (ids or a query of ids)."""
    ids = term_ids if isinstance(term_ids, Select) else list(term_ids)
    session.execute(update(Term).where(Term.id.in_(ids)).values(modified_at=utcnow()))


def terms_tagged(tag_ids: Select[Any]) -> Select[Any]:
    """Ids of the terms carrying any of the tags `tag_ids` selects."""
    return select(TermTag.term_id).where(TermTag.tag_id.in_(tag_ids))


def terms_of_document(document_id: int) -> Select[Any]:
    """Ids of the terms whose source or context comes from a document."""
    occurring = (
        select(TermOccurrence.term_id)
        .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
        .where(SegmentPair.document_id == document_id)
    )
    return select(Term.id).where(or_(Term.document_id == document_id, Term.id.in_(occurring)))
