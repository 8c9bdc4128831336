"""`col.decks.by_name`: one lookup, one case rule, for the CLI's --deck and study's deck names."""

from __future__ import annotations

import pytest

from db import Collection
from duiyi.errors import NotFound


def test_exact_name_wins_then_the_one_other_case(col: Collection) -> None:
    verbs = col.decks.create(name="Verbs").value
    assert col.decks.by_name(name="  Verbs ") == verbs
    assert col.decks.by_name(name="verbs") == verbs
    lower = col.decks.create(name="verbs").value  # an exact duplicate only is refused
    assert col.decks.by_name(name="verbs") == lower
    assert col.decks.by_name(name="Verbs") == verbs
    assert col.decks.by_name(name="VERBS") is None  # two decks differ only in case
    assert col.decks.by_name(name="Nouns") is None


def test_study_finds_a_deck_by_name_in_another_case(col: Collection) -> None:
    deck = col.decks.create(name="Verbs").value
    assert col.study.start(deck="verbs").deck_id == deck.id
    with pytest.raises(NotFound, match=r"^There is no deck named 'Nouns'\.$"):
        col.study.start(deck="Nouns")
