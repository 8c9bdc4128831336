"""`col.decks`: decks (create, rename, delete, list, find by name; the "Default" deck) and their
study settings and exam dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from db.models import Card, Deck, DeckPreset, Term, utcnow
from db.ops.cards import DEFAULT_PRESET_NAME, ensure_cards, settings_for_decks
from db.ops.deck_due import DeckDue, due_today
from db.ops.part import Part
from db.ops.term_info import DEFAULT_DECK, DeckInfo
from db.ops.term_make import default_deck_id
from db.results import Changes, DeckId, OpResult, PresetId
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import TermStatus
from duiyi.study.days import as_utc
from duiyi.study.scheduling import REVIEW
from duiyi.study.settings import DeckSettings

_DECKS = Changes(decks=True)


def _clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("A deck needs a name; it was empty.")
    if len(text) > 200:
        raise InvalidInput(f"A deck name can be 200 characters at most: {text[:20]}...")
    return text


class Decks(Part):
    """`col.decks`: the decks terms are studied in, and each deck's study settings."""

    def all(self) -> list[DeckInfo]:
        """Every deck by name, with its number of terms."""
        with self._read() as session:
            counts = dict(
                session.execute(select(Term.deck_id, func.count()).group_by(Term.deck_id)).all()
            )
            decks = session.scalars(select(Deck).order_by(Deck.name)).all()
            return [
                DeckInfo(
                    id=DeckId(d.id),
                    name=d.name,
                    preset_id=None if d.preset_id is None else PresetId(d.preset_id),
                    exam_date=d.exam_date,
                    term_count=int(counts.get(d.id, 0)),
                    is_default=d.name == DEFAULT_DECK,
                )
                for d in decks
            ]

    def due_today(self, *, now: datetime | None = None) -> list[DeckDue]:
        """Every deck holding accepted terms, by name, with its new, learning and review cards
        to study today, as a study session of the deck would count them."""
        return due_today(self, zone=self.col.study.zone, now=now)

    def get(self, *, deck_id: DeckId) -> DeckInfo:
        """One deck; NotFound when it does not exist."""
        for deck in self.all():
            if deck.id == deck_id:
                return deck
        raise NotFound(f"There is no deck with id {deck_id}.")

    def by_name(self, *, name: str) -> DeckInfo | None:
        """The deck with this name: spaces are collapsed as in stored names, the exact name
        wins, else the one deck whose name differs only in case; None otherwise."""
        wanted = " ".join(name.split())
        decks = self.all()
        exact = next((d for d in decks if d.name == wanted), None)
        if exact is not None:
            return exact
        folded = [d for d in decks if d.name.casefold() == wanted.casefold()]
        return folded[0] if len(folded) == 1 else None

    def _named_exactly(self, name: str) -> DeckInfo | None:
        """The deck with exactly this (clean) name: decks differing only in case may exist."""
        return next((d for d in self.all() if d.name == name), None)

    def default(self) -> DeckInfo:
        """The "Default" deck, where terms without a deck go (created when missing)."""
        found = self._named_exactly(DEFAULT_DECK)
        if found is not None:
            return found
        with self._write(None) as session:
            deck_id = default_deck_id(session)
        return self.get(deck_id=DeckId(deck_id))

    def create(
        self, *, name: str, preset_id: PresetId | None = None, exam_date: date | None = None
    ) -> OpResult[DeckInfo]:
        """Create a deck; InvalidInput when the name is empty or taken."""
        clean = _clean_name(name)
        if self._named_exactly(clean) is not None:
            raise InvalidInput(f"There is already a deck named {clean}.")
        with self._write(f"Create deck {clean}") as session:
            deck = Deck(name=clean, preset_id=preset_id, exam_date=exam_date)
            session.add(deck)
            session.flush()
            deck_id = deck.id
        return OpResult(self.get(deck_id=DeckId(deck_id)), _DECKS)

    def rename(self, *, deck_id: DeckId, name: str) -> OpResult[DeckInfo]:
        """Give a deck a new name; InvalidInput when the name is empty or taken."""
        clean = _clean_name(name)
        old = self.get(deck_id=deck_id)
        other = self._named_exactly(clean)
        if other is not None and other.id != deck_id:
            raise InvalidInput(f"There is already a deck named {clean}.")
        try:
            with self._write(f"Rename deck {old.name} to {clean}") as session:
                session.execute(update(Deck).where(Deck.id == deck_id).values(name=clean))
        except IntegrityError as error:  # pragma: no cover - checked above
            raise InvalidInput(f"There is already a deck named {clean}.") from error
        return OpResult(self.get(deck_id=DeckId(deck_id)), _DECKS)

    def delete(self, *, deck_id: DeckId) -> OpResult[int]:
        """Delete a deck; its terms (and their cards and reviews) move to the Default deck.

        Returns how many terms moved. The Default deck itself cannot be deleted.
        """
        deck = self.get(deck_id=deck_id)
        if deck.is_default:
            raise InvalidInput("The Default deck cannot be deleted; rename it instead.")
        changes = Changes(decks=True, terms=deck.term_count > 0)
        with self._write(f"Delete deck {deck.name}") as session:
            target = default_deck_id(session)
            result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(Term).where(Term.deck_id == deck_id).values(deck_id=target)
            )
            moved = result.rowcount
            session.execute(delete(Deck).where(Deck.id == deck_id))
        return OpResult(int(moved or 0), changes)

    # ----- study settings ----------------------------------------------------------------

    def settings(self, *, deck_id: DeckId | None = None) -> DeckSettings:
        """The study settings a deck uses (None: terms without a deck)."""
        with self._read() as session:
            if deck_id is not None and session.get(Deck, int(deck_id)) is None:
                raise NotFound(f"There is no deck with id {int(deck_id)}.")
            key = None if deck_id is None else int(deck_id)
            return settings_for_decks(session, {key})[key]

    def set_settings(
        self, *, deck_id: DeckId | None, settings: DeckSettings | dict[str, Any]
    ) -> OpResult[DeckSettings]:
        """Change a deck's study settings (its own preset; None: the default preset).

        Turning on a card type makes the missing cards of the deck's accepted terms.
        """
        value = settings if isinstance(settings, DeckSettings) else DeckSettings.from_dict(settings)
        with self._write("Change study settings") as session:
            if deck_id is None:
                preset = session.scalar(
                    select(DeckPreset).where(DeckPreset.name == DEFAULT_PRESET_NAME)
                )
                if preset is None:
                    preset = DeckPreset(name=DEFAULT_PRESET_NAME)
                    session.add(preset)
                terms = select(Term.id).where(
                    Term.status == TermStatus.ACCEPTED, Term.deck_id.is_(None)
                )
            else:
                deck = session.get(Deck, int(deck_id))
                if deck is None:
                    raise NotFound(f"There is no deck with id {int(deck_id)}.")
                preset = session.get(DeckPreset, deck.preset_id) if deck.preset_id else None
                if preset is None or preset.name == DEFAULT_PRESET_NAME:
                    preset = DeckPreset(name=f"{deck.name} settings")
                    session.add(preset)
                    session.flush()
                    deck.preset_id = preset.id
                terms = select(Term.id).where(
                    Term.status == TermStatus.ACCEPTED, Term.deck_id == int(deck_id)
                )
            preset.config = value.to_dict()
            session.flush()
            ensure_cards(session, list(session.scalars(terms)))
        self.col.study.settings_changed()
        return OpResult(value, Changes(decks=True, cards=True))

    def set_exam_date(
        self, *, deck_id: DeckId, exam_date: date | None, now: datetime | None = None
    ) -> OpResult[int]:
        """Set (or clear) a deck's exam date; cards due after it move to the day before.

        Returns how many cards were moved.
        """
        moment = as_utc(now or utcnow())
        with self._write("Set exam date") as session:
            deck = session.get(Deck, int(deck_id))
            if deck is None:
                raise NotFound(f"There is no deck with id {int(deck_id)}.")
            deck.exam_date = exam_date
            session.flush()
            moved = 0
            if exam_date is not None:
                # Imported here: the study queue is not needed to open a collection.
                from db.ops.study_queue import deck_days

                day = deck_days(session, {int(deck_id)}, moment, self.col.study.zone)[int(deck_id)]
                deadline = day.exam_deadline
                assert deadline is not None
                if deadline > moment:
                    target = max(deadline - timedelta(days=1), day.start)
                    in_deck = select(Term.id).where(Term.deck_id == int(deck_id))
                    result = session.execute(
                        update(Card)
                        .where(
                            Card.term_id.in_(in_deck),
                            Card.state == REVIEW,
                            Card.due > deadline,
                        )
                        .values(due=target)
                        .execution_options(synchronize_session=False)
                    )
                    moved = int(result.rowcount)  # type: ignore[attr-defined]
        self.col.study.settings_changed()
        return OpResult(moved, Changes(decks=True, cards=True))
