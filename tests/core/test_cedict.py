"""CC-CEDICT lookups keep every reading and gloss."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

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


def test_a_damaged_verb_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cedict, "_verbs", None)
    cache = cedict._cache_file(cedict._source_path(), "cedict-verbs", 1)
    assert cache is not None and cache.parent == tmp_path / "duiyi"
    cache.parent.mkdir()
    cache.write_bytes(pickle.dumps({"row": 1, "ride": 1})[:9])  # cut off mid-write
    built = cedict._verbs_glossed(cedict._dictionary().lines)
    assert cedict.english_verbs() == built
    assert pickle.loads(cache.read_bytes()) == dict.fromkeys(built, 1)


def test_the_verb_cache_is_read_when_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cedict, "_verbs", None)
    cache = cedict._cache_file(cedict._source_path(), "cedict-verbs", 1)
    assert cache is not None
    cache.parent.mkdir()
    cache.write_bytes(pickle.dumps({"zzverb": 1}))
    assert cedict.english_verbs() == frozenset({"zzverb"})
