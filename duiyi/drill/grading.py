"""Grading a drill answer as typed reviews are graded (duiyi.study.typed), with British and
American spellings taken as one and every right answer of the item accepted."""

from __future__ import annotations

from dataclasses import dataclass

from duiyi.drill.build import DrillItem
from duiyi.drill.spelling import american_text
from duiyi.drill.terms import Direction
from duiyi.study.typed import Rendering, check_chinese, check_english


@dataclass(frozen=True)
class Grade:
    """Whether an answer is right, which right answer it matched, and a note for the student."""

    correct: bool
    matched: str | None
    note: str = ""


def grade_typed(item: DrillItem, typed: str, *, accept_toneless: bool = False) -> Grade:
    """Grade a typed (or written) answer to `item`: English leniently, Chinese as characters in
    either script or as pinyin (without tones only when `accept_toneless`)."""
    if not typed.strip():
        return Grade(False, None, f"Expected: {item.answer}")
    if item.direction is Direction.ZH_EN:
        return _grade_english(item, typed)
    first_note = ""
    for answer in item.accepted:
        result = check_chinese(typed, answer.text, answer.pinyin, accept_toneless=accept_toneless)
        if result.correct:
            return Grade(True, answer.text, result.note)
        first_note = first_note or result.note
    return Grade(False, None, first_note)


def _grade_english(item: DrillItem, typed: str) -> Grade:
    # Both sides in American spelling; the match is mapped back to the rendering as written.
    american = [american_text(a.text) for a in item.accepted]
    renderings = [
        Rendering(text, "preferred" if index == 0 else "accepted")
        for index, text in enumerate(american)
    ]
    result = check_english(american_text(typed), renderings)
    if result.correct and result.matched is not None:
        return Grade(True, item.accepted[american.index(result.matched)].text)
    return Grade(False, None, f"Expected: {item.answer}")


def grade_choice(item: DrillItem, chosen: int) -> Grade:
    """Grade a multiple-choice answer given as the option's index."""
    if chosen == item.right:
        return Grade(True, item.answer)
    return Grade(False, None, f"Expected: {item.right_letter}. {item.answer}")
