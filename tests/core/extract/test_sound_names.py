"""A foreign name written in transliteration characters (an invented 贝杜林 Bedulin) is paired
with the capitalised English word that sounds like it; a sentence's first word, capitalised
whatever it is, and an everyday word that happens to sound like one are not."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms


def _found(zh: str, en: str) -> dict[str, tuple[str, list[str]]]:
    pairs = (SegmentPair("paragraph", zh, en, 1.0),)
    return {
        c.chinese: (c.english, [r.name for r in c.reasons])
        for c in extract_terms(pairs, with_pinyin=False)
    }


def _rendering(zh: str, en: str, term: str) -> str | None:
    (found,) = english_for_terms(
        (SegmentPair("paragraph", zh, en, 1.0),), [term], with_pinyin=False
    )
    return found.english if found else None


def test_an_invented_transliterated_name_is_proposed_with_the_english_it_sounds_like() -> None:
    found = _found(
        "渔民贝杜林每天清晨驾着小船出海。每逢节日，贝杜林都把最好的鱼送给邻居。",
        "Every morning the fisherman Bedulin sails out in his small boat. "
        "On every festival, Bedulin gives the best fish to his neighbours.",
    )
    assert found["贝杜林"] == ("Bedulin", ["recurs"])


def test_a_sentence_opening_word_sounds_like_no_partly_transliterated_word() -> None:
    # 嘎 is no transliteration character: only a name capitalised mid-sentence vouches for it.
    assert "莫拉嘎" not in _found(
        "莫拉嘎每天清晨驾着小船出海。", "Molaga sails out in his small boat every morning."
    )
    assert _found(
        "每天清晨，莫拉嘎驾着小船出海。", "Every morning, Molaga sails out in his small boat."
    )["莫拉嘎"] == ("Molaga", ["recurs"])


def test_an_everyday_word_is_not_paired_with_an_opening_word_of_its_sound() -> None:
    zh = "这一行有很多门道，新手要慢慢学。"
    en = "Mind you, this trade has many tricks, and a newcomer learns them slowly."
    assert "门道" not in _found(zh, en)
    assert _rendering(zh, en, "门道") == "many tricks"
