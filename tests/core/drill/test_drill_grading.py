"""Grading typed drill answers: lenient English in either spelling, Chinese in either script or
pinyin, every right answer of an item accepted; and the spelling rules on their own."""

from __future__ import annotations

import pytest
from drill_sample import SAMPLE, term

from duiyi.drill.build import DrillItem, build_drill
from duiyi.drill.grading import grade_choice, grade_typed
from duiyi.drill.spelling import american
from duiyi.drill.terms import Direction, DrillSettings, Mode


def _item(prompt: str, direction: Direction, terms: tuple = SAMPLE) -> DrillItem:  # type: ignore[type-arg]
    drill = build_drill(terms, DrillSettings(direction=direction, count=40, mode=Mode.TYPING))
    return next(i for i in drill.items if i.prompt == prompt)


@pytest.mark.parametrize(
    ("prompt", "typed", "matched"),
    [
        ("标准化", "standardization", "standardisation"),
        ("生态文明", "Ecological Civilization", "ecological civilisation"),
        ("劳动力", "the labor force", "labour force"),
        ("国防", "national defense", "national defence"),
        ("市中心", "city center", "city centre"),
        ("网络安全", "network security", "network security"),
        ("人才交流", "people to people exchange", "people-to-people exchanges"),
    ],
)
def test_english_is_graded_leniently_in_either_spelling(
    prompt: str, typed: str, matched: str
) -> None:
    grade = grade_typed(_item(prompt, Direction.ZH_EN), typed)
    assert (grade.correct, grade.matched) == (True, matched)


@pytest.mark.parametrize(
    ("prompt", "typed"),
    [("标准化", "standard"), ("国防", "national fence"), ("劳动力", "labour"), ("市中心", "")],
)
def test_wrong_english_is_wrong_and_says_what_was_expected(prompt: str, typed: str) -> None:
    item = _item(prompt, Direction.ZH_EN)
    assert grade_typed(item, typed) == grade_typed(item, typed).__class__(
        False, None, f"Expected: {item.answer}"
    )


@pytest.mark.parametrize(
    ("typed", "correct"),
    [
        ("国防", True),
        ("國防", True),
        ("guófáng", True),
        ("guo2fang2", True),
        ("guofang", False),
        ("国家", False),
    ],
)
def test_chinese_is_characters_in_either_script_or_toned_pinyin(typed: str, correct: bool) -> None:
    assert grade_typed(_item("national defence", Direction.EN_ZH), typed).correct is correct


def test_toneless_pinyin_counts_when_the_teacher_allows_it() -> None:
    grade = grade_typed(_item("national defence", Direction.EN_ZH), "guofang", accept_toneless=True)
    assert (grade.correct, grade.note) == (True, "Tones not checked")


def test_every_chinese_with_the_same_english_is_accepted() -> None:
    terms = (*SAMPLE, term(30, "防务", "fángwù", "national defence", "defence affairs"))
    drill = build_drill(terms, DrillSettings(direction=Direction.EN_ZH, count=40, seed=3))
    item = next(i for i in drill.items if i.prompt == "national defence")
    other = "防务" if item.answer == "国防" else "国防"
    grade = grade_typed(item, other)
    assert (grade.correct, grade.matched) == (True, other)


def test_a_choice_is_right_only_at_the_right_letter() -> None:
    drill = build_drill(SAMPLE, DrillSettings(count=4, seed=9))
    item = drill.items[0]
    assert grade_choice(item, item.right).correct is True
    wrong = (item.right + 1) % len(item.options)
    assert grade_choice(item, wrong).note == f"Expected: {item.right_letter}. {item.answer}"


@pytest.mark.parametrize(
    ("british", "american_form"),
    [
        ("colour", "color"),
        ("neighbourhood", "neighborhood"),
        ("behaviour", "behavior"),
        ("organisation", "organization"),
        ("analysed", "analyzed"),
        ("centre", "center"),
        ("metres", "meters"),
        ("centred", "centered"),
        ("centring", "centering"),
        ("fibred", "fibered"),
        ("travelled", "traveled"),
        ("dialling", "dialing"),
        ("defence", "defense"),
        ("catalogue", "catalog"),
        ("programme", "program"),
        ("anaemia", "anemia"),
        ("manoeuvre", "maneuver"),
        ("oestrogen", "estrogen"),
    ],
)
def test_british_spellings_become_american(british: str, american_form: str) -> None:
    assert american(british) == american(american_form) == american_form


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("four", "for"),
        ("hour", "hor"),
        ("your", "yor"),
        ("prise", "prize"),
        ("rise", "rize"),
        ("acre", "acer"),
        ("filling", "filing"),
        ("balled", "baled"),
        ("shoes", "shes"),
        ("does", "des"),
        ("rogue", "rog"),
        ("sacred", "sacered"),
    ],
)
def test_different_words_stay_different(one: str, other: str) -> None:
    assert american(one) != american(other)
