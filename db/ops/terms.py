"""`col.terms`: terms (add, edit, delete, get, search, count), their renderings, and actions on
many terms at once (suspend, move to a deck).

`make_term` / `make_terms` (db/ops/term_make.py, re-exported here) are what other operations
use to create terms inside their own transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import Integer, delete, func, or_, select, update
from sqlalchemy.orm import Session

from db.models import Card, Deck, Rendering, Tag, Term, TermTag, utcnow
from db.ops.cards import ensure_cards
from db.ops.importing import deck_named
from db.ops.term_bulk import due_cutoff
from db.ops.term_editing import TermEditing
from db.ops.term_info import (
    RENDERING_STATUSES,
    DeckInfo,
    NewTerm,
    RenderingId,
    RenderingInfo,
    RenderingSpec,
    TagInfo,
    TermInfo,
    TermQuery,
)
from db.ops.term_make import (
    clean_chinese,
    clean_english,
    clean_status,
    make_term,
    make_terms,
    pinyin_fields,
    tag_ids,
)
from db.ops.term_search import TermFilter, count_query, id_query
from db.ops.term_touch import touch_terms
from db.results import CardId, Changes, DeckId, DocumentId, OpResult, PairId, TermId
from duiyi.counts import counted
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import TermStatus
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from duiyi.script import to_simplified
from duiyi.term_text import strip_controls

__all__ = [
    "DeckInfo",
    "NewTerm",
    "RenderingInfo",
    "RenderingSpec",
    "TagInfo",
    "TermInfo",
    "TermQuery",
    "Terms",
    "load_terms",
    "make_term",
    "make_terms",
]

_TERMS = Changes(terms=True)
_ADDED = Changes(terms=True, cards=True)


def _plural(n: int, one: str) -> str:
    return counted(n, one)


def load_terms(session: Session, ids: Sequence[int]) -> list[TermInfo]:
    """TermInfo for each id that exists, in the order given (plain selects: no ORM objects,
    so a page of a big table loads in a few milliseconds)."""
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    rows = {
        row.id: row
        for start in range(0, len(wanted), 5000)
        for row in session.execute(
            select(
                Term.id,
                Term.guid,
                Term.chinese,
                Term.chinese_simplified,
                Term.pinyin,
                Term.notes,
                Term.status,
                Term.confidence,
                Term.frequency,
                Term.deck_id,
                Term.document_id,
                Term.created_at,
                Term.modified_at,
                Deck.name.label("deck_name"),
            )
            .outerjoin(Deck, Deck.id == Term.deck_id)
            .where(Term.id.in_(wanted[start : start + 5000]))
        )
    }
    renderings: dict[int, list[RenderingInfo]] = {}
    tags: dict[int, list[str]] = {}
    cards: dict[int, tuple[int, int]] = {}  # term -> (cards, suspended cards)
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start : start + 5000]
        for r in session.execute(
            select(
                Rendering.term_id,
                Rendering.id,
                Rendering.english,
                Rendering.status,
                Rendering.source,
                Rendering.dated,
            )
            .where(Rendering.term_id.in_(chunk))
            .order_by(Rendering.term_id, Rendering.position, Rendering.id)
        ):
            renderings.setdefault(r.term_id, []).append(
                RenderingInfo(RenderingId(r.id), r.english, r.status, r.source, r.dated)
            )
        for term_id, name in session.execute(
            select(TermTag.term_id, Tag.name)
            .join(Tag, Tag.id == TermTag.tag_id)
            .where(TermTag.term_id.in_(chunk))
            .order_by(Tag.name)
        ):
            tags.setdefault(term_id, []).append(name)
        for term_id, count, held in session.execute(
            select(Card.term_id, func.count(), func.sum(Card.suspended, type_=Integer))
            .where(Card.term_id.in_(chunk))
            .group_by(Card.term_id)
        ):
            cards[term_id] = (count, held or 0)
    out = []
    for term_id in ids:
        row = rows.get(term_id)
        if row is None:
            continue
        out.append(
            TermInfo(
                id=TermId(row.id),
                guid=row.guid,
                chinese=row.chinese,
                chinese_simplified=row.chinese_simplified,
                pinyin=row.pinyin,
                notes=row.notes,
                status=TermStatus(row.status),
                confidence=row.confidence,
                frequency=row.frequency,
                deck_id=DeckId(row.deck_id) if row.deck_id is not None else None,
                deck_name=row.deck_name or "",
                document_id=DocumentId(row.document_id) if row.document_id is not None else None,
                tags=tuple(tags.get(row.id, ())),
                renderings=tuple(renderings.get(row.id, ())),
                created_at=row.created_at,
                modified_at=row.modified_at,
                card_count=cards.get(row.id, (0, 0))[0],
                suspended_cards=cards.get(row.id, (0, 0))[1],
            )
        )
    return out


def _term_filter(session: Session, query: TermQuery) -> TermFilter:
    """The filter `search`, `search_ids` and `count` share; `due` becomes the end of today's
    study day."""
    return TermFilter(
        query.text,
        query.tag,
        query.deck_id,
        query.status,
        query.document_id,
        due_before=due_cutoff(session) if query.due else None,
        leech=query.leech,
        suspended=query.suspended,
    )


class Terms(TermEditing):
    """`col.terms`: the terms, their renderings, and actions on many terms at once."""

    # ----- reading -------------------------------------------------------------------------

    def get(self, *, term_id: TermId) -> TermInfo:
        """One term; NotFound when it does not exist."""
        with self._read() as session:
            found = load_terms(session, [term_id])
        if not found:
            raise NotFound(f"There is no term with id {term_id}.")
        return found[0]

    def get_many(self, *, term_ids: Sequence[TermId]) -> list[TermInfo]:
        """The terms that exist among `term_ids`, in that order (for a lazy table's page)."""
        with self._read() as session:
            return load_terms(session, list(term_ids))

    def find(self, *, chinese: str) -> list[TermInfo]:
        """Terms whose Chinese is exactly `chinese`, in either script."""
        text = chinese.strip()
        simplified = to_simplified(text)
        with self._read() as session:
            ids = list(
                session.scalars(
                    select(Term.id)
                    .where(
                        or_(
                            Term.chinese == text,
                            Term.chinese_simplified == simplified,
                        )
                    )
                    .order_by(Term.id)
                )
            )
            return load_terms(session, ids)

    def search(
        self,
        query: TermQuery | None = None,
        *,
        sort: str = "created",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[TermInfo]:
        """Terms matching `query` (every term without one), sorted and paged."""
        with self._read() as session:
            spec = _term_filter(session, query or TermQuery())
            ids = list(
                session.scalars(
                    id_query(spec, sort=sort, descending=descending, offset=offset, limit=limit)
                )
            )
            return load_terms(session, ids)

    def search_ids(
        self, query: TermQuery | None = None, *, sort: str = "created", descending: bool = False
    ) -> list[TermId]:
        """The ids of every matching term, sorted (for "select all" and lazy tables)."""
        with self._read() as session:
            spec = _term_filter(session, query or TermQuery())
            return [
                TermId(i) for i in session.scalars(id_query(spec, sort=sort, descending=descending))
            ]

    def count(self, query: TermQuery | None = None) -> int:
        """How many terms `search` with the same query would find."""
        with self._read() as session:
            spec = _term_filter(session, query or TermQuery())
            return int(session.scalar(count_query(spec)) or 0)

    # ----- writing -------------------------------------------------------------------------

    def add_in_context(
        self,
        *,
        pair_id: PairId,
        chinese: str,
        english: str,
        pinyin: str | None = None,
        deck: str | None = None,
        zh_at: int = 0,
        en_at: int = 0,
    ) -> OpResult[TermInfo]:
        """Add a term from a span selected in a pair (the reader's Make a Card): it keeps the
        pair (or the sentence in it) as where it occurs, so its cards have the context; a
        candidate with the same Chinese is accepted instead. One undo step."""
        from db.ops.reader_cards import add_in_context  # it loads terms as this module does

        return add_in_context(
            self,
            pair_id=pair_id,
            chinese=chinese,
            english=english,
            pinyin=pinyin,
            deck=deck,
            zh_at=zh_at,
            en_at=en_at,
        )

    def add(
        self,
        *,
        chinese: str,
        english: Sequence[str] | str,
        pinyin: str | None = None,
        notes: str = "",
        deck_id: DeckId | None = None,
        tags: Sequence[str] = (),
        status: TermStatus = TermStatus.ACCEPTED,
        deck: str | None = None,
    ) -> OpResult[TermInfo]:
        """Add one term (first English preferred, the rest accepted); accepted terms get cards.

        Pinyin with tone marks is filled in from the Chinese when not given; a term without a
        deck goes to the Default deck. `deck` names the deck instead of `deck_id` (created
        when missing, in the same undo step).
        """
        chinese = clean_chinese(chinese)
        english_list = clean_english(english, chinese=chinese)
        spec = NewTerm(
            chinese=chinese,
            english=tuple(english_list),
            status=clean_status(status),
            pinyin=pinyin,
            notes=notes,
            deck_id=deck_id,
            tags=tuple(tags),
        )
        changes = _ADDED | Changes(tags=bool(tags), decks=deck_id is None)
        with self._write(f"Add term {chinese}") as session:
            if deck is not None and deck.strip():
                named = deck_named(session, deck)
                deck_id = None if named is None else DeckId(named)
                spec = replace(spec, deck_id=deck_id)
            if deck_id is not None and session.get(Deck, deck_id) is None:
                raise NotFound(f"There is no deck with id {deck_id}.")
            (term_id,) = make_terms(session, [spec])
            info = load_terms(session, [term_id])[0]
        return OpResult(info, changes)

    def add_many(
        self,
        *,
        terms: Sequence[NewTerm],
        label: str | None = None,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> OpResult[list[TermId]]:
        """Add many terms in one step (a glossary import); returns their ids in order.

        One undo step named `label` (default "Add N terms"); nothing is written when any term
        is invalid or the work is cancelled.
        """
        changes = Changes(terms=True, cards=True, tags=True, decks=True)
        with self._write(label or f"Add {_plural(len(terms), 'term')}") as session:
            ids = make_terms(session, terms, progress=progress, cancel=cancel)
        return OpResult([TermId(i) for i in ids], changes)

    def edit(
        self,
        *,
        term_id: TermId,
        chinese: str | None = None,
        english: Sequence[str] | str | None = None,
        pinyin: str | None = None,
        notes: str | None = None,
        status: str | None = None,
        deck_id: DeckId | None = None,
    ) -> OpResult[TermInfo]:
        """Change what is given; cards and review history stay.

        New Chinese without new pinyin gets its pinyin recomputed. New English becomes the
        renderings in that order (first preferred); old renderings not listed become outdated.
        Accepting a term makes its cards.
        """
        current = self.get(term_id=term_id)
        label = f"Edit term {current.chinese}"
        changes = _TERMS
        with self._write(label) as session:
            term = session.get(Term, term_id)
            assert term is not None
            if chinese is not None:
                new_chinese = clean_chinese(chinese)
                if new_chinese != term.chinese:
                    term.chinese = new_chinese
                    term.chinese_simplified = to_simplified(new_chinese)
                    if pinyin is None:
                        term.pinyin, term.pinyin_plain = pinyin_fields(new_chinese, None)
            if pinyin is not None:
                term.pinyin, term.pinyin_plain = pinyin_fields(term.chinese, pinyin)
            if notes is not None:
                term.notes = strip_controls(notes).strip()
            if english is not None:
                self._replace_english(session, term, clean_english(english, chinese=term.chinese))
            if deck_id is not None:
                if session.get(Deck, deck_id) is None:
                    raise NotFound(f"There is no deck with id {deck_id}.")
                term.deck_id = deck_id
            if status is not None:
                term.status = clean_status(status)
            term.modified_at = utcnow()
            session.flush()
            if term.status == TermStatus.ACCEPTED and ensure_cards(session, [term.id]):
                changes = changes | Changes(cards=True)
            info = load_terms(session, [term.id])[0]
        return OpResult(info, changes)

    @staticmethod
    def _replace_english(session: Session, term: Term, english: list[str]) -> None:
        by_text = {r.english: r for r in term.renderings}
        for position, text in enumerate(english):
            rendering = by_text.pop(text, None)
            if rendering is None:
                rendering = Rendering(english=text, source="")
                term.renderings.append(rendering)
            rendering.status = "preferred" if position == 0 else "accepted"
            rendering.position = position
        for offset, rendering in enumerate(by_text.values(), start=len(english)):
            rendering.status = "outdated"
            rendering.position = offset

    def set_renderings(
        self, *, term_id: TermId, renderings: Sequence[RenderingSpec]
    ) -> OpResult[TermInfo]:
        """Replace a term's renderings (status, source, date each); exactly one is preferred.

        With no preferred one given, the first accepted becomes preferred.
        """
        current = self.get(term_id=term_id)
        specs = [r for r in renderings if r.english.strip()]
        if not specs:
            raise InvalidInput(f"The term {current.chinese} needs at least one English rendering.")
        for spec in specs:
            if spec.status not in RENDERING_STATUSES:
                raise InvalidInput(
                    f"Unknown rendering status {spec.status!r}; "
                    f"use one of: {', '.join(RENDERING_STATUSES)}."
                )
        preferred = [i for i, s in enumerate(specs) if s.status == "preferred"]
        if len(preferred) > 1:
            raise InvalidInput(f"The term {current.chinese} can have only one preferred rendering.")
        if not preferred:
            usable = [i for i, s in enumerate(specs) if s.status == "accepted"]
            if not usable:
                raise InvalidInput(
                    f"The term {current.chinese} needs a preferred or accepted rendering."
                )
            preferred = usable[:1]
        with self._write(f"Edit the English of {current.chinese}") as session:
            session.execute(delete(Rendering).where(Rendering.term_id == term_id))
            for position, spec in enumerate(specs):
                session.add(
                    Rendering(
                        term_id=term_id,
                        english=" ".join(spec.english.split()),
                        status="preferred"
                        if position == preferred[0]
                        else ("accepted" if spec.status == "preferred" else spec.status),
                        source=spec.source.strip(),
                        dated=spec.dated,
                        position=position,
                    )
                )
            term = session.get(Term, term_id)
            assert term is not None
            term.modified_at = utcnow()
            session.flush()
            info = load_terms(session, [term_id])[0]
        return OpResult(info, _TERMS)

    def add_rendering(
        self,
        *,
        term_id: TermId,
        english: str,
        status: str = "accepted",
        source: str = "",
        dated: date | None = None,
    ) -> OpResult[TermInfo]:
        """Add one English rendering to a term (as preferred, the old preferred is kept as
        accepted)."""
        current = self.get(term_id=term_id)
        specs = [
            RenderingSpec(
                r.english,
                "accepted" if status == "preferred" and r.status == "preferred" else r.status,
                r.source,
                r.dated,
            )
            for r in current.renderings
        ]
        new = RenderingSpec(english, status, source, dated)
        specs = [new, *specs] if status == "preferred" else [*specs, new]
        return self.set_renderings(term_id=term_id, renderings=specs)

    def delete(self, *, term_ids: Sequence[TermId]) -> OpResult[int]:
        """Delete terms with their renderings, cards and reviews; returns how many went."""
        ids = sorted(set(term_ids))
        changes = Changes(terms=True, cards=True, reviews=True, tags=True)
        with self._read() as session:
            names = list(session.scalars(select(Term.chinese).where(Term.id.in_(ids)).limit(2)))
            found = int(
                session.scalar(select(func.count()).select_from(Term).where(Term.id.in_(ids))) or 0
            )
        if found == 0:
            raise NotFound(
                f"There is no term with id {ids[0]}." if ids else "No term to delete was given."
            )
        label = f"Delete term {names[0]}" if found == 1 else f"Delete {found} terms"
        cards: list[CardId] = []
        with self._write(label) as session:
            for start in range(0, len(ids), 5000):
                chunk = ids[start : start + 5000]
                cards.extend(
                    CardId(c)
                    for c in session.scalars(select(Card.id).where(Card.term_id.in_(chunk)))
                )
                session.execute(delete(Term).where(Term.id.in_(chunk)))
        self.col.study.cards_removed(cards)
        return OpResult(found, changes)

    def set_tags(self, *, term_id: TermId, tags: Sequence[str]) -> OpResult[TermInfo]:
        """Make a term's tags exactly `tags`."""
        current = self.get(term_id=term_id)
        with self._write(f"Edit the tags of {current.chinese}") as s:
            s.execute(delete(TermTag).where(TermTag.term_id == term_id))
            touch_terms(s, [term_id])
            known = tag_ids(s, tags)
            for tag_id in sorted(set(known.values())):
                s.add(TermTag(term_id=term_id, tag_id=tag_id))
            s.flush()
            info = load_terms(s, [term_id])[0]
        return OpResult(info, Changes(terms=True, tags=True))

    # ----- many terms at once ---------------------------------------------------------------

    def suspend(self, *, term_ids: Sequence[TermId], suspended: bool = True) -> OpResult[int]:
        """Suspend (or unsuspend) every card of these terms; returns how many cards changed."""
        ids = sorted({int(t) for t in term_ids})
        with self._read() as session:
            card_ids = [
                CardId(c)
                for c in session.scalars(
                    select(Card.id).where(Card.term_id.in_(ids), Card.suspended.is_not(suspended))
                )
            ]
        verb = "Suspend" if suspended else "Unsuspend"
        return self.col.study.change_cards(
            f"{verb} {_plural(len(ids), 'term')}", card_ids, {"suspended": suspended}
        )

    def move(self, *, term_ids: Sequence[TermId], deck_id: DeckId) -> OpResult[int]:
        """Move these terms (and so their cards) to a deck; returns how many terms moved."""
        ids = sorted({int(t) for t in term_ids})
        with self._read() as session:
            name = session.scalar(select(Deck.name).where(Deck.id == deck_id))
        if name is None:
            raise NotFound(f"There is no deck with id {deck_id}.")
        if not ids:
            return OpResult(0, Changes())
        changes = Changes(terms=True, cards=True)
        with self._write(f"Move {_plural(len(ids), 'term')} to {name}") as session:
            result = session.execute(
                update(Term)
                .where(Term.id.in_(ids), Term.deck_id.is_distinct_from(deck_id))
                .values(deck_id=deck_id, modified_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            moved = int(result.rowcount)  # type: ignore[attr-defined]
        return OpResult(moved, changes)
