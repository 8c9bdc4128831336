"""Typed answers accept British and American spellings of the same words."""

from __future__ import annotations

import pytest

from duiyi.study.typed import Rendering, check_english


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("organisation", "organization"),
        ("international organisations", "international organizations (IOs)"),
        ("the colour of the centre", "color of the center"),
        ("defense", "defence"),
        ("program", "programme"),
    ],
)
def test_either_spelling_is_correct(typed: str, expected: str) -> None:
    result = check_english(typed, [Rendering(expected)])
    assert (result.correct, result.matched) == (True, expected)


def test_different_words_stay_different() -> None:
    assert check_english("for", [Rendering("four")]).correct is False
    assert check_english("rise", [Rendering("rize")]).correct is False
