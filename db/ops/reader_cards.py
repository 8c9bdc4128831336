"""Making a card from a span selected in the reader: the term keeps the pair it was made in.

A card made by hand from a selection is treated like an accepted candidate: the segment pair
is stored as the term's occurrence (the sentence within the paragraph when the document has
sentence pairs), so the card has its context sentence, its Anki note carries it, and the
reader highlights the term as known. A candidate with the same Chinese is accepted instead of
being left beside a new duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from db.models import Rendering, SegmentPair, Term, TermOccurrence, utcnow
from db.ops.cards import ensure_cards
from db.ops.importing import deck_named
from db.ops.part import Part
from db.ops.term_info import NewTerm, TermInfo
from db.ops.term_make import clean_chinese, clean_english, make_terms, pinyin_fields
from db.ops.terms import load_terms
from db.results import Changes, DocumentId, OpResult, PairId
from duiyi.errors import NotFound
from duiyi.kinds import TermStatus

Span = tuple[int, int]


@dataclass(frozen=True)
class PlacedSpan:
    """Where a term stands in one stored pair: the pair and the character offsets of both sides
    (an English span of None when the English was not found in the pair)."""

    pair_id: int
    zh: Span
    en: Span | None


def _find(text: str, needle: str, near: int) -> Span | None:
    """The occurrence of `needle` in `text` closest to offset `near` (English case-insensitive)."""
    if not needle:
        return None
    haystack, wanted = (text.lower(), needle.lower()) if needle.isascii() else (text, needle)
    best: int | None = None
    start = haystack.find(wanted)
    while start >= 0:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = haystack.find(wanted, start + 1)
    return None if best is None else (best, best + len(needle))


def _offsets(parent: str, parts: list[str]) -> list[int]:
    """Where each part starts in `parent`, found in order; -1 for a part not found."""
    out: list[int] = []
    cursor = 0
    for part in parts:
        at = parent.find(part, cursor) if part else -1
        out.append(at)
        if at >= 0:
            cursor = at + len(part)
    return out


def place_span(
    session: Session,
    *,
    pair_id: int,
    chinese: str,
    english: str,
    zh_at: int = 0,
    en_at: int = 0,
) -> PlacedSpan:
    """Where `chinese` and `english` stand in the pair, near the selection's offsets; in the
    sentence pair holding them when the pair is a paragraph split into sentences."""
    pair = session.get(SegmentPair, pair_id)
    if pair is None:
        raise NotFound(f"There is no segment pair with id {pair_id}; the text was changed.")
    zh = _find(pair.zh, chinese, zh_at) or (0, 0)
    en = _find(pair.en, english, en_at)
    sentences = list(
        session.scalars(
            select(SegmentPair)
            .where(SegmentPair.parent_id == pair.id)
            .order_by(SegmentPair.position)
        )
    )
    if not sentences or zh == (0, 0):
        return PlacedSpan(pair.id, zh, en)
    zh_starts = _offsets(pair.zh, [s.zh for s in sentences])
    en_starts = _offsets(pair.en, [s.en for s in sentences])
    for sentence, zh_start, en_start in zip(sentences, zh_starts, en_starts, strict=True):
        if zh_start < 0 or not zh_start <= zh[0] < zh[1] <= zh_start + len(sentence.zh):
            continue
        inner_en: Span | None = None
        if (
            en is not None
            and en_start >= 0
            and en_start <= en[0] < en[1] <= en_start + len(sentence.en)
        ):
            inner_en = (en[0] - en_start, en[1] - en_start)
        elif english:
            # the English may stand in the sentence even if its nearest place in the paragraph
            # lies elsewhere
            inner_en = _find(sentence.en, english, 0)
        return PlacedSpan(sentence.id, (zh[0] - zh_start, zh[1] - zh_start), inner_en)
    return PlacedSpan(pair.id, zh, en)


def _accept_candidate(
    session: Session, term: Term, english: str, pinyin: str | None, deck_id: int | None
) -> None:
    """Make a candidate (or a rejected term) accepted with this English as its preferred one."""
    for rendering in list(term.renderings):
        if rendering.english == english:
            term.renderings.remove(rendering)
    session.flush()
    for rendering in term.renderings:
        if rendering.status == "preferred":
            rendering.status = "accepted"
        rendering.position += 1
    term.renderings.insert(0, Rendering(english=english, status="preferred", position=0))
    if pinyin is not None and pinyin.strip():
        term.pinyin, term.pinyin_plain = pinyin_fields(term.chinese, pinyin)
    if deck_id is not None:
        term.deck_id = deck_id
    term.status = TermStatus.ACCEPTED
    term.modified_at = utcnow()
    session.flush()


def add_in_context(
    part: Part,
    *,
    pair_id: PairId,
    chinese: str,
    english: str,
    pinyin: str | None = None,
    deck: str | None = None,
    zh_at: int = 0,
    en_at: int = 0,
) -> OpResult[TermInfo]:
    """Make an accepted term with cards from a span of a pair, keeping the pair (or the
    sentence in it) as where it occurs; one undo step.

    `zh_at`/`en_at` are the selection's offsets in the pair, to pick the right place when
    the text occurs more than once. A candidate with the same Chinese is accepted with this
    English rather than duplicated. `deck` names a deck, created when missing.
    """
    chinese = clean_chinese(chinese)
    (english,) = clean_english(english, chinese=chinese)[:1]
    changes = Changes(terms=True, cards=True, decks=bool(deck and deck.strip()))
    with part._write(f"Add term {chinese}") as session:
        place = place_span(
            session,
            pair_id=int(pair_id),
            chinese=chinese,
            english=english,
            zh_at=zh_at,
            en_at=en_at,
        )
        document_id = session.scalar(
            select(SegmentPair.document_id).where(SegmentPair.id == place.pair_id)
        )
        deck_id = deck_named(session, deck)
        waiting = session.scalar(
            select(Term)
            .where(Term.status == TermStatus.CANDIDATE, Term.chinese == chinese)
            .options(selectinload(Term.renderings))
            .limit(1)
        )
        if waiting is not None:
            _accept_candidate(session, waiting, english, pinyin, deck_id)
            term_id = waiting.id
        else:
            spec = NewTerm(
                chinese=chinese,
                english=(english,),
                status=TermStatus.CANDIDATE,  # cards come after the occurrence, below
                pinyin=pinyin,
                deck_id=deck_id,
                document_id=None if document_id is None else DocumentId(document_id),
            )
            (term_id,) = make_terms(session, [spec])
            session.execute(
                update(Term).where(Term.id == term_id).values(status=TermStatus.ACCEPTED)
            )
        already = session.scalar(
            select(TermOccurrence.id).where(
                TermOccurrence.term_id == term_id,
                TermOccurrence.pair_id == place.pair_id,
                TermOccurrence.zh_start == place.zh[0],
            )
        )
        # Only a pair the Chinese stands in is its context: a cloze blanks it there.
        if already is None and place.zh != (0, 0):
            session.add(
                TermOccurrence(
                    term_id=term_id,
                    pair_id=place.pair_id,
                    zh_start=place.zh[0],
                    zh_end=place.zh[1],
                    en_start=None if place.en is None else place.en[0],
                    en_end=None if place.en is None else place.en[1],
                )
            )
        session.flush()
        # After the occurrence: a context (cloze) card needs the sentence.
        ensure_cards(session, [term_id])
        info = load_terms(session, [term_id])[0]
    return OpResult(info, changes)
