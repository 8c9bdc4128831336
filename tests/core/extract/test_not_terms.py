"""Pairs that align well but are no terms: dates, times and quantities, a phrase pointing at the
text, a description over a list of terms, a clause with a potential verb. Made-up texts."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.not_terms import is_not_term, is_time_or_quantity
from duiyi.extract.types import TermCandidate


def _by_chinese(zh: str, en: str) -> dict[str, tuple[str, float]]:
    found: list[TermCandidate] = extract_terms(
        [SegmentPair("paragraph", zh, en, 1.0)], with_pinyin=False
    )
    return {c.chinese: (c.english, c.confidence) for c in found}


def test_a_weekday_with_its_time_of_day_is_no_term() -> None:
    zh = "周五晚上，长跑比赛结束。周五晚上，颁奖仪式举行。"
    en = "On Friday evening, the race ended. On Friday evening, the award ceremony was held."
    assert _by_chinese(zh, en) == {
        "颁奖仪式": ("award ceremony", 0.578),
        "比赛结束": ("race ended", 0.156),
    }


def test_a_century_is_no_term_and_the_term_beside_it_stays() -> None:
    zh = "19世纪，蒸汽机车随处可见。"
    en = "In the 19th century, steam locomotives were everywhere."
    assert _by_chinese(zh, en) == {"蒸汽机车": ("steam locomotives", 0.771)}


def test_a_term_after_the_following_is_proposed_without_it() -> None:
    zh = "该公司在年会上宣布了如下融资计划。"
    en = "At its annual meeting the company announced the following financing plan."
    assert _by_chinese(zh, en) == {"融资计划": ("financing plan", 0.771)}


def test_a_quoted_description_of_two_terms_is_no_term_but_each_term_is() -> None:
    zh = "专家把这种做法称为“明显的价格垄断和市场分割”，损害了消费者利益。"
    en = (
        'Experts called the practice "obvious price monopoly and market segmentation", '
        "harming the interests of consumers."
    )
    assert _by_chinese(zh, en) == {
        "价格垄断": ("price monopoly", 0.771),
        "消费者利益": ("interests of consumers", 0.771),
        "市场分割": ("market segmentation", 0.71),
    }


def test_a_potential_verb_with_its_object_is_a_clause() -> None:
    zh = "许多年轻职员买不起住房。"
    en = "Many young clerks can't afford housing."
    assert _by_chinese(zh, en) == {"年轻职员": ("young clerks", 0.142)}


def test_dates_durations_and_quantities_in_both_languages() -> None:
    assert [
        is_time_or_quantity(zh, en)
        for zh, en in [
            ("周日", "Sunday"),
            ("十二小时", "twelve hours"),
            ("六公里", "six kilometres"),
            ("约公元前300年", "about 300 BC"),
            ("第三天", "the third day"),
            ("1990年代", "1990s"),
            ("半小时", "half an hour"),
        ]
    ] == [True, True, True, True, True, True, True]


def test_names_holding_numbers_or_months_stay() -> None:
    # A lunar month is a name; a bare number is a plan's; an English of two words past the
    # numbers names more than a quantity.
    assert [
        is_not_term(zh, en)
        for zh, en in [
            ("腊月初八", "the eighth day of the twelfth lunar month"),
            ("十二五", "12th Five-Year Plan"),
            ("三个五年", "three five-year periods"),
            ("年", "Nian"),
        ]
    ] == [False, False, False, False]


def test_coordination_before_de_and_fixed_potentials_stay() -> None:
    # 甲与乙的丙: the conjunction joins the modifiers of one head; 了不起 is an adjective.
    en = "coordinated development of town and country"
    assert is_not_term("城市与乡村的协调发展", en) is False
    assert is_not_term("了不起", "remarkable") is False
    assert is_not_term("买不起", "can't afford") is True


def test_a_described_list_in_title_case_is_a_title() -> None:
    # The English capitalises its words: the phrase names a work, and a title may be any shape.
    assert is_not_term("旧城的街巷与庭院", "the lanes and courtyards of the old town") is True
    assert is_not_term("旧城的街巷与庭院", "Lanes and Courtyards of the Old Town") is False


def test_a_potential_describing_a_head_noun_is_a_term() -> None:
    # 看不清的字迹 "illegible writing": before 的 the potential verb describes, asserts nothing.
    assert not is_not_term("看不清的字迹", "illegible writing")
    assert is_not_term("看不清字迹", "writing out of sight")


def test_a_number_and_measure_word_named_in_capitals_is_a_name() -> None:
    assert not is_not_term("四家", "Four Houses")
    assert is_not_term("五座", "five blocks")
