"""CC-CEDICT lookups keep every reading and gloss."""

from __future__ import annotations

from duiyi import cedict


def test_every_reading_is_kept() -> None:
    assert {"hang2", "xing2"} <= set(cedict.readings("行"))


def test_traditional_and_simplified_keys() -> None:
    assert cedict.glosses("網絡") == cedict.glosses("网络")
    assert cedict.has_word("网络") and not cedict.has_word("网络网络网络")


def test_translates_ignores_case_and_notes() -> None:
    assert cedict.translates("网络", "Network")
    assert cedict.translates("基础设施", "infrastructure")
    assert not cedict.translates("基础设施", "cooperation")


def test_gloss_words_drop_function_words() -> None:
    words = cedict.gloss_words("合作")
    assert "cooperate" in words or "cooperation" in words
    assert "to" not in words and "the" not in words


def test_clean_gloss() -> None:
    assert cedict.clean_gloss("to cooperate (with sb)") == "cooperate"
    assert cedict.clean_gloss("CL:個|个[ge4]") == ""


def test_senses_split_combined_glosses() -> None:
    senses = cedict.senses("建设")
    assert "to build" in senses and "to construct" in senses
    assert all(";" not in s for s in senses)


def test_sense_sharers_count_the_words_giving_a_sense() -> None:
    assert cedict.sense_sharers("Glove Puppet") == 2
    assert cedict.sense_sharers("puppet") == 5
    assert cedict.sense_sharers("idea") == 17


def test_counted_words_have_a_classifier() -> None:
    assert cedict.counted("茶壶")
    assert not cedict.counted("理念")
