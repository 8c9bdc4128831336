"""Collection operations: decks (create, rename, delete, list; the "Default" deck)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from db.base import CollectionBase
from db.models import Deck, Term
from db.ops.term_info import DEFAULT_DECK, DeckInfo
from db.ops.term_make import default_deck_id
from db.results import Changes, DeckId, OpResult
from duiyi.errors import InvalidInput, NotFound

_DECKS = Changes(decks=True)


def _clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("A deck needs a name; it was empty.")
    if len(text) > 200:
        raise InvalidInput(f"A deck name can be 200 characters at most: {text[:20]}...")
    return text


class DeckOps(CollectionBase):
    """Collection methods for decks."""

    def list_decks(self) -> list[DeckInfo]:
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
                    preset_id=d.preset_id,
                    exam_date=d.exam_date,
                    term_count=int(counts.get(d.id, 0)),
                    is_default=d.name == DEFAULT_DECK,
                )
                for d in decks
            ]

    def get_deck(self, *, deck_id: int) -> DeckInfo:
        """One deck; NotFound when it does not exist."""
        for deck in self.list_decks():
            if deck.id == deck_id:
                return deck
        raise NotFound(f"There is no deck with id {deck_id}.")

    def deck_by_name(self, *, name: str) -> DeckInfo | None:
        """The deck with this name, if there is one."""
        wanted = " ".join(name.split())
        return next((d for d in self.list_decks() if d.name == wanted), None)

    def default_deck(self) -> DeckInfo:
        """The "Default" deck, where terms without a deck go (created when missing)."""
        found = self.deck_by_name(name=DEFAULT_DECK)
        if found is not None:
            return found
        with self._write(None) as session:
            deck_id = default_deck_id(session)
        return self.get_deck(deck_id=deck_id)

    def create_deck(
        self, *, name: str, preset_id: int | None = None, exam_date: date | None = None
    ) -> OpResult[DeckInfo]:
        """Create a deck; InvalidInput when the name is empty or taken."""
        clean = _clean_name(name)
        if self.deck_by_name(name=clean) is not None:
            raise InvalidInput(f"There is already a deck named {clean}.")
        with self._write(f"Create deck {clean}") as session:
            deck = Deck(name=clean, preset_id=preset_id, exam_date=exam_date)
            session.add(deck)
            session.flush()
            deck_id = deck.id
        return OpResult(self.get_deck(deck_id=deck_id), _DECKS)

    def rename_deck(self, *, deck_id: int, name: str) -> OpResult[DeckInfo]:
        """Give a deck a new name; InvalidInput when the name is empty or taken."""
        clean = _clean_name(name)
        old = self.get_deck(deck_id=deck_id)
        other = self.deck_by_name(name=clean)
        if other is not None and other.id != deck_id:
            raise InvalidInput(f"There is already a deck named {clean}.")
        try:
            with self._write(f"Rename deck {old.name} to {clean}") as session:
                session.execute(update(Deck).where(Deck.id == deck_id).values(name=clean))
        except IntegrityError as error:  # pragma: no cover - checked above
            raise InvalidInput(f"There is already a deck named {clean}.") from error
        return OpResult(self.get_deck(deck_id=deck_id), _DECKS)

    def set_deck_preset(self, *, deck_id: int, preset_id: int | None) -> OpResult[DeckInfo]:
        """Give a deck other study settings (a preset), or the default ones (None)."""
        deck = self.get_deck(deck_id=deck_id)
        with self._write(f"Change the settings of deck {deck.name}") as session:
            session.execute(update(Deck).where(Deck.id == deck_id).values(preset_id=preset_id))
        return OpResult(self.get_deck(deck_id=deck_id), _DECKS)

    def delete_deck(self, *, deck_id: int) -> OpResult[int]:
        """Delete a deck; its terms (and their cards and reviews) move to the Default deck.

        Returns how many terms moved. The Default deck itself cannot be deleted.
        """
        deck = self.get_deck(deck_id=deck_id)
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
