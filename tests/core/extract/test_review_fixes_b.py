"""Fixes after review: where a gloss's missing words stand in a sentence is found once a
sentence; a place is not spelt as a person's name; a generic institution word is no term."""

from __future__ import annotations

from duiyi.extract import english
from duiyi.extract.align import Matcher, _gloss_places, _gloss_rest_elsewhere
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.lexicon import Component, pinyin_spellings


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


def test_a_place_the_dictionary_capitalises_is_not_spelt_as_a_persons_name() -> None:
    # 南欧 "Nan2 Ou1" is Southern Europe: never "Nan Ou" as a surname and a given name
    assert pinyin_spellings("南欧") == (("nanou",),)
    # a person CC-CEDICT glosses by the name apart, and one it lacks, keep both spellings
    assert pinyin_spellings("李白") == (("libai",), ("li", "bai"))
    assert pinyin_spellings("王军") == (("wangjun",), ("wang", "jun"))


def test_a_generic_word_tagged_as_an_institution_is_no_term_alone() -> None:
    spans = {s.text for s in candidate_spans("联合会今天发布了年度报告。")}
    assert "联合会" not in spans
    assert "国务院" in {s.text for s in candidate_spans("国务院今天发布了年度报告。")}
