"""Making cards for accepted terms, by their deck's study settings.

`ensure_cards` is called inside other operations' transactions (adding a term, accepting
candidates), so it takes their session and never commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.fast_insert import fast_insert
from db.models import Card, Deck, DeckPreset, SegmentPair, Term, TermOccurrence, utcnow
from duiyi.kinds import TermStatus
from duiyi.study.settings import DEFAULT_SETTINGS, DeckSettings

DEFAULT_PRESET_NAME = "Default"

# SQLite allows 32,766 bound parameters; stay well below it.
_CHUNK = 5000


def settings_for_decks(
    session: Session, deck_ids: Iterable[int | None]
) -> dict[int | None, DeckSettings]:
    """Study settings of each deck id; None (no deck) gets the default preset's settings."""
    wanted = {d for d in deck_ids if d is not None}
    default = default_settings(session)
    result: dict[int | None, DeckSettings] = {None: default}
    if wanted:
        rows = session.execute(
            select(Deck.id, DeckPreset.config)
            .outerjoin(DeckPreset, Deck.preset_id == DeckPreset.id)
            .where(Deck.id.in_(wanted))
        ).all()
        for deck_id, config in rows:
            result[deck_id] = DeckSettings.from_dict(config) if config is not None else default
    for deck_id in wanted:
        result.setdefault(deck_id, default)
    return result


def default_settings(session: Session) -> DeckSettings:
    """The settings of the preset named 'Default', else the built-in defaults."""
    config = session.scalar(select(DeckPreset.config).where(DeckPreset.name == DEFAULT_PRESET_NAME))
    return DeckSettings.from_dict(config) if config else DEFAULT_SETTINGS


def ensure_cards(session: Session, term_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Create the missing cards of the given ACCEPTED terms; returns how many were made.

    Directions come from each term's deck settings; new cards are numbered after the existing
    ones in document order (document, then first occurrence, then term id).
    """
    ids = sorted(set(term_ids))
    if not ids:
        return 0
    stamp = now or utcnow()
    terms: list[tuple[int, int | None, int | None]] = []
    existing: set[tuple[int, str]] = set()
    first_seen: dict[int, tuple[int, int]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        terms.extend(
            (row[0], row[1], row[2])
            for row in session.execute(
                select(Term.id, Term.deck_id, Term.document_id).where(
                    Term.id.in_(chunk), Term.status == TermStatus.ACCEPTED
                )
            )
        )
        existing.update(
            (row[0], row[1])
            for row in session.execute(
                select(Card.term_id, Card.direction).where(Card.term_id.in_(chunk))
            )
        )
        first_seen.update(
            (row[0], (row[1], row[2]))
            for row in session.execute(
                select(
                    TermOccurrence.term_id,
                    func.min(SegmentPair.position),
                    func.min(TermOccurrence.zh_start),
                )
                .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
                .where(TermOccurrence.term_id.in_(chunk))
                .group_by(TermOccurrence.term_id)
            )
        )
    if not terms:
        return 0
    settings = settings_for_decks(session, {deck for _, deck, _ in terms})
    big = 1 << 62
    terms.sort(
        key=lambda t: (
            t[2] if t[2] is not None else big,
            first_seen.get(t[0], (big, big)),
            t[0],
        )
    )
    position = session.scalar(select(func.max(Card.new_position))) or 0
    rows: list[dict[str, object]] = []
    made_for: set[int] = set()
    for term_id, deck_id, _document in terms:
        directions = settings[deck_id].directions
        made_any = False
        for direction in directions:
            # A cloze needs a sentence to blank the term in.
            if direction.startswith("cloze") and term_id not in first_seen:
                continue
            if (term_id, direction) in existing:
                continue
            if not made_any:
                position += 1
                made_any = True
                made_for.add(term_id)
            rows.append(
                {
                    "term_id": term_id,
                    "direction": direction,
                    "state": 0,
                    "due": stamp,
                    "new_position": position,
                    "reps": 0,
                    "lapses": 0,
                    "suspended": False,
                    "created_at": stamp,
                }
            )
    # A term that had cards and gets more (a card type turned on): its Anki note changes.
    grown = sorted(made_for & {term_id for term_id, _ in existing})
    for start in range(0, len(grown), _CHUNK):
        session.execute(
            update(Term).where(Term.id.in_(grown[start : start + _CHUNK])).values(modified_at=stamp)
        )
    for start in range(0, len(rows), _CHUNK // 10):
        # The driver's executemany: SQLAlchemy's per-row processing costs more than SQLite.
        fast_insert(
            session.connection(), Card.metadata.tables["cards"], rows[start : start + _CHUNK // 10]
        )
    return len(rows)
