"""Everything a typed answer's result says (what the study screen shows), exactly, per branch."""

from __future__ import annotations

import pytest

from duiyi.study.scheduling import Rating
from duiyi.study.typed import (
    DiffPiece,
    Rendering,
    TypedResult,
    check_chinese,
    check_english,
    english_key,
)

TERM, PINYIN = "网络空间", "wǎngluò kōngjiān"
BRI = [
    Rendering("(the) Belt and Road Initiative", "preferred"),
    Rendering("BRI", "accepted"),
    Rendering("One Belt, One Road", "outdated"),
]


def _same(*words: str) -> tuple[DiffPiece, ...]:
    return tuple(DiffPiece(w, "same") for w in words)


def test_chinese_characters_in_either_script() -> None:
    right = TypedResult(True, Rating.GOOD, TERM, "preferred", _same("网", "络", "空", "间"))
    assert check_chinese("网络空间", TERM, PINYIN) == right
    # Traditional characters, with stray Latin letters and spaces dropped.
    assert check_chinese(" 網絡 空間x ", TERM, PINYIN) == right
    assert check_chinese("网络安全", TERM, PINYIN) == TypedResult(
        False,
        Rating.AGAIN,
        None,
        None,
        (
            *_same("网", "络"),
            DiffPiece("安", "extra"),
            DiffPiece("全", "extra"),
            DiffPiece("空", "missing"),
            DiffPiece("间", "missing"),
        ),
        "Expected: 网络空间",
    )


def test_pinyin_with_tones_without_tones_and_wrong() -> None:
    assert check_chinese("wang3luo4 kong1jian1", TERM, PINYIN) == TypedResult(
        True, Rating.GOOD, PINYIN, "preferred", (DiffPiece("wang3luo4 kong1jian1", "same"),)
    )
    toneless = (DiffPiece("wangluo kongjian", "extra"),)
    assert check_chinese("wangluo kongjian", TERM, PINYIN) == TypedResult(
        False, Rating.HARD, None, None, toneless, f"Tones: {PINYIN}"
    )
    assert check_chinese("wangluo kongjian", TERM, PINYIN, accept_toneless=True) == TypedResult(
        True, Rating.GOOD, PINYIN, "preferred", toneless, "Tones not checked"
    )
    assert check_chinese("wanglu", TERM, PINYIN) == TypedResult(
        False,
        Rating.AGAIN,
        None,
        None,
        (DiffPiece("wanglu", "extra"), DiffPiece(PINYIN, "missing")),
        f"Expected: {TERM} ({PINYIN})",
    )


def test_english_results_for_each_kind_of_rendering() -> None:
    words = _same("belt", "and", "road", "initiative")
    assert check_english("the belt and road initiatives", BRI) == TypedResult(
        True, Rating.GOOD, "(the) Belt and Road Initiative", "preferred", words
    )
    assert check_english("BRI", BRI) == TypedResult(
        True, Rating.GOOD, "BRI", "accepted", _same("bri")
    )
    assert check_english("BRI", BRI, accept_others=False) == TypedResult(
        False,
        Rating.HARD,
        "BRI",
        "accepted",
        _same("bri"),
        "Accepted, but the preferred rendering is: (the) Belt and Road Initiative",
    )
    assert check_english("one belt one road", BRI) == TypedResult(
        False,
        Rating.HARD,
        "One Belt, One Road",
        "outdated",
        _same("one", "belt", "one", "road"),
        "Outdated rendering; now: (the) Belt and Road Initiative",
    )


def test_a_wrong_english_answer_is_compared_with_the_preferred_rendering() -> None:
    # Nothing in common with any rendering: the diff is against the preferred one.
    assert check_english("silk", BRI) == TypedResult(
        False,
        Rating.AGAIN,
        None,
        None,
        (
            DiffPiece("silk", "extra"),
            DiffPiece("belt", "missing"),
            DiffPiece("and", "missing"),
            DiffPiece("road", "missing"),
            DiffPiece("initiative", "missing"),
        ),
        "Expected: (the) Belt and Road Initiative",
    )
    # Without a preferred rendering the first one stands in for it.
    others = [Rendering("belt", "accepted"), Rendering("road", "outdated")]
    assert check_english("silk", others) == TypedResult(
        False,
        Rating.AGAIN,
        None,
        None,
        (DiffPiece("silk", "extra"), DiffPiece("belt", "missing")),
        "Expected: belt",
    )
    assert check_english("road", others).note == "Outdated rendering; now: belt"
    assert check_english("x", []) == TypedResult(
        False, Rating.AGAIN, None, None, (DiffPiece("x", "extra"),), "Expected: "
    )


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("economies", ("economy",)),
        ("flies", ("fly",)),
        ("ties", ("tie",)),  # too short for -ies -> -y
        ("buses", ("bus",)),
        ("uses", ("use",)),
        ("boxes", ("box",)),
        ("quizzes", ("quizz",)),
        ("churches", ("church",)),
        ("wishes", ("wish",)),
        ("cats", ("cat",)),
        ("its", ("its",)),
        ("class", ("class",)),
        ("status", ("status",)),
        ("analysis", ("analysis",)),
        ("The Economies' Ties", ("economy", "tie")),
    ],
)
def test_plurals_are_matched_to_their_singular(typed: str, key: tuple[str, ...]) -> None:
    assert english_key(typed) == key
