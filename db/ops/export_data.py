"""Gathering the plain export data (`ExportNote`s) of the accepted terms a user selected."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Card,
    Deck,
    Document,
    Rendering,
    SegmentPair,
    Tag,
    Term,
    TermOccurrence,
    TermTag,
)
from db.ops.cards import settings_for_decks
from db.ops.export_marks import reversed_times
from db.results import DeckId, DocumentId, TermId
from duiyi.anki.notes import DIRECTIONS, ExportContext, ExportDeck, ExportNote
from duiyi.kinds import CardDirection, TermStatus

# SQLite allows 32,766 bound parameters; stay well below it.
_CHUNK = 5000
_DEFAULT_DIRECTIONS = (CardDirection.RECOGNITION, CardDirection.PRODUCTION)


@dataclass(frozen=True)
class Selection:
    """Which accepted terms to export: each given filter must match (None = any)."""

    deck_ids: Sequence[DeckId] | None = None
    tags: Sequence[str] | None = None
    document_ids: Sequence[DocumentId] | None = None
    term_ids: Sequence[TermId] | None = None
    include_suspended: bool = True


def _selected_ids(session: Session, selection: Selection) -> list[int]:
    query: Select[Any] = select(Term.id).where(Term.status == TermStatus.ACCEPTED)
    if selection.deck_ids is not None:
        query = query.where(Term.deck_id.in_(list(selection.deck_ids)))
    if selection.term_ids is not None:
        query = query.where(Term.id.in_(list(selection.term_ids)))
    if selection.tags is not None:
        tagged = (
            select(TermTag.term_id)
            .join(Tag, Tag.id == TermTag.tag_id)
            .where(Tag.name.in_(list(selection.tags)))
        )
        query = query.where(Term.id.in_(tagged))
    if selection.document_ids is not None:
        documents = list(selection.document_ids)
        occurs = exists(
            select(TermOccurrence.id)
            .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
            .where(TermOccurrence.term_id == Term.id, SegmentPair.document_id.in_(documents))
        )
        query = query.where(or_(Term.document_id.in_(documents), occurs))
    return list(session.scalars(query.order_by(Term.id)))


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _context(row: Any, chinese: str) -> ExportContext:
    zh_span = (row.zh_start, row.zh_end) if row.zh_end > row.zh_start else None
    # Offsets that no longer fit the text (it was edited) are dropped, not trusted.
    if zh_span and row.zh[zh_span[0] : zh_span[1]] != chinese:
        zh_span = None
    en_span = None
    if row.en_start is not None and row.en_end is not None and row.en_end > row.en_start:
        en_span = (row.en_start, row.en_end) if row.en_end <= len(row.en) else None
    return ExportContext(zh=row.zh, en=row.en, zh_span=zh_span, en_span=en_span)


def export_notes(session: Session, selection: Selection) -> list[ExportNote]:
    """The selected accepted terms as export notes, in term order; terms left without any
    card direction (all suspended and left out) are dropped."""
    ids = _selected_ids(session, selection)
    notes: list[ExportNote] = []
    for chunk in _chunks(ids):
        terms = session.execute(
            select(
                Term.id,
                Term.guid,
                Term.chinese,
                Term.pinyin,
                Term.notes,
                Term.deck_id,
                Term.modified_at,
                Deck.name.label("deck_name"),
                Document.title.label("title"),
            )
            .outerjoin(Deck, Deck.id == Term.deck_id)
            .outerjoin(Document, Document.id == Term.document_id)
            .where(Term.id.in_(chunk))
            .order_by(Term.id)
        ).all()
        renderings: dict[int, list[str]] = {}
        for term_id, english in session.execute(
            select(Rendering.term_id, Rendering.english)
            .where(
                Rendering.term_id.in_(chunk),
                Rendering.status.in_(("preferred", "accepted")),
            )
            .order_by(Rendering.term_id, (Rendering.status != "preferred"), Rendering.position)
        ):
            renderings.setdefault(term_id, []).append(english)
        tags: dict[int, list[str]] = {}
        for term_id, name in session.execute(
            select(TermTag.term_id, Tag.name)
            .join(Tag, Tag.id == TermTag.tag_id)
            .where(TermTag.term_id.in_(chunk))
            .order_by(TermTag.term_id, Tag.name)
        ):
            tags.setdefault(term_id, []).append(name)
        cards: dict[int, dict[str, bool]] = {}
        for term_id, direction, is_suspended in session.execute(
            select(Card.term_id, Card.direction, Card.suspended).where(Card.term_id.in_(chunk))
        ):
            cards.setdefault(term_id, {})[direction] = bool(is_suspended)
        contexts: dict[int, Any] = {}
        for row in session.execute(
            select(
                TermOccurrence.term_id,
                TermOccurrence.zh_start,
                TermOccurrence.zh_end,
                TermOccurrence.en_start,
                TermOccurrence.en_end,
                SegmentPair.zh,
                SegmentPair.en,
                Document.title,
            )
            .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
            .join(Document, Document.id == SegmentPair.document_id)
            .where(TermOccurrence.term_id.in_(chunk))
            .order_by(
                TermOccurrence.term_id,
                SegmentPair.document_id,
                SegmentPair.position,
                TermOccurrence.zh_start,
            )
        ):
            contexts.setdefault(row.term_id, row)  # the first in document order
        settings = settings_for_decks(session, {t.deck_id for t in terms})
        reversed_at = reversed_times(session)
        for term in terms:
            own = cards.get(term.id)
            if own:
                directions = tuple(
                    d
                    for d in DIRECTIONS
                    if d in own and (selection.include_suspended or not own[d])
                )
                suspended = frozenset(d for d in directions if own[d])
            else:
                # No cards stored (yet): the directions the term's deck would make.
                directions = (
                    tuple(d for d in settings[term.deck_id].directions if not d.startswith("cloze"))
                    or _DEFAULT_DIRECTIONS
                )
                suspended = frozenset()
            if not directions:
                continue
            occurrence = contexts.get(term.id)
            source = term.title or (occurrence.title if occurrence is not None else "") or ""
            notes.append(
                ExportNote(
                    guid=term.guid,
                    chinese=term.chinese,
                    pinyin=term.pinyin,
                    english=tuple(dict.fromkeys(renderings.get(term.id, []))),
                    context=_context(occurrence, term.chinese) if occurrence is not None else None,
                    source=source,
                    notes=term.notes,
                    tags=tuple(tags.get(term.id, [])),
                    deck=ExportDeck(name=term.deck_name or "", duiyi_id=term.deck_id),
                    directions=directions,
                    suspended=suspended,
                    modified=max(term.modified_at.timestamp(), reversed_at.get(term.id, 0.0)),
                )
            )
    return notes


__all__ = ["Selection", "export_notes"]
