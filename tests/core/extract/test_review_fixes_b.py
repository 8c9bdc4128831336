"""Fixes after review: where a gloss's missing words stand in a sentence is found once a
sentence, and a span's rest is looked up there."""

from __future__ import annotations

from duiyi.extract import english
from duiyi.extract.align import Matcher, _gloss_places, _gloss_rest_elsewhere
from duiyi.extract.lexicon import Component


def _places(en: str) -> dict[tuple[int, int], list[tuple[int, int]]]:
    gloss = tuple(english.stem(w) for w in ("job", "placement", "services"))
    comp = Component("甲乙", 0, (gloss,))
    matcher = Matcher([comp])
    return _gloss_places([matcher.word_hits(w) for w in english.words(en)])


def test_each_glosss_words_are_placed_once_for_the_sentence() -> None:
    # They(0) offer(1) placement(2) services(3) and(4) every(5) job(6) counts(7)
    assert _places("They offer placement services and every job counts.") == {
        (0, 0): [(2, 1), (3, 2), (6, 0)]
    }


def test_the_rest_of_a_gloss_counts_only_outside_the_span() -> None:
    places = _places("They offer placement services and every job counts.")
    # "job" alone: placement and services stand before it
    assert _gloss_rest_elsewhere(places, 6, 6, 0, 0, {(0, 0): {0}})
    # "placement services": the missing "job" stands after it
    assert _gloss_rest_elsewhere(places, 2, 3, 0, 0, {(0, 0): {1, 2}})
    # the whole stretch holds every word: nothing is elsewhere
    assert not _gloss_rest_elsewhere(places, 2, 6, 0, 0, {(0, 0): {1, 2}})
    alone = _places("Every job counts.")
    assert not _gloss_rest_elsewhere(alone, 1, 1, 0, 0, {(0, 0): {0}})
