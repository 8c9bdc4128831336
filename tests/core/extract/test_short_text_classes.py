"""Failure classes of short texts where most terms stand once (issue 12, second probe round),
each with a made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.extractor import DEFAULT_THRESHOLD
from duiyi.extract.lexicon import split_unknown


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _found(*pairs: SegmentPair) -> dict[str, tuple[str, float, list[str]]]:
    return {
        c.chinese: (c.english, c.confidence, [r.name for r in c.reasons])
        for c in extract_terms(pairs, with_pinyin=False)
    }


def test_an_everyday_word_the_english_capitalises_alone_is_a_name() -> None:
    # 金星 is everyday Chinese, but "Venus" is capitalised inside the sentence with no other
    # capitalised word beside it: the English names a thing, which is worth drilling.
    found = _found(
        _pair("探测器明年将飞往金星。", "The probe will fly to Venus next year."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    english, value, reasons = found["金星"]
    assert (english, reasons) == ("Venus", ["recurs"])
    assert value >= DEFAULT_THRESHOLD


_REPORT = (
    _pair("一、绪论", "I. Introduction"),
    _pair("本报告介绍城市交通的变化。", "This report describes changes in urban transport."),
    _pair("后记", "Afterword"),
)


def test_a_one_word_heading_names_a_part_of_the_document() -> None:
    # A line that is one word, numbering aside, rendered by the whole English line: the
    # document's name for a part of it, not a common word met in passing.
    found = _found(*_REPORT)
    assert (found["绪论"][0], found["绪论"][2]) == ("introduction", ["recurs"])
    assert (found["后记"][0], found["后记"][2]) == ("afterword", ["recurs"])
    assert min(found["绪论"][1], found["后记"][1]) >= DEFAULT_THRESHOLD


def test_the_same_word_inside_a_sentence_is_no_heading() -> None:
    found = _found(
        _pair("他写完了论文的绪论。", "He finished the introduction of his thesis."),
        _pair("本报告介绍城市交通的变化。", "This report describes changes in urban transport."),
    )
    assert found["绪论"][2] == ["recurs", "single English word"]


def test_an_adjective_character_and_a_word_are_glossed_apart() -> None:
    # The dictionary glosses 新阶段 as a whole ("new level"); the translator wrote "new stage",
    # 新 "new" and 阶段 "stage" glossed apart: fully explained, so shown.
    found = _found(
        _pair(
            "两国合作进入了新阶段。",
            "Cooperation between the two countries has entered a new stage.",
        ),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    assert (found["新阶段"][0], found["新阶段"][2]) == ("new stage", ["recurs"])
    assert found["新阶段"][1] >= DEFAULT_THRESHOLD


def test_a_three_character_name_ending_in_a_dictionary_character_is_spelled_whole() -> None:
    # 哲 is a dictionary word, but here it ends a person's given name: Zhao Lizhe, not
    # "Zhaoli" and a head noun.
    found = _found(
        _pair("工程师赵立哲主持了会议。", "Engineer Zhao Lizhe chaired the meeting."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    assert (found["赵立哲"][0], found["赵立哲"][2]) == ("Zhao Lizhe", ["recurs"])
    assert found["赵立哲"][1] >= DEFAULT_THRESHOLD


def test_an_adverb_and_an_adjective_are_a_predicate() -> None:
    # 相当便利 says how convenient something is; "quite" has no -ly to show it is an adverb.
    found = _found(
        _pair("这里的交通相当便利。", "Transport here is quite convenient."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    english, value, reasons = found["相当便利"]
    assert (english, reasons) == ("quite convenient", ["recurs", "adverb or evaluative"])
    assert value < DEFAULT_THRESHOLD


def test_a_word_the_dictionary_lacks_is_cut_into_the_fewest_words() -> None:
    # Cut from the left, the place's resident (广东人 "Cantonese") would leave 民 alone; the
    # fewest words keep the place and the institution whole.
    assert split_unknown("广东人民法院") == ["广东", "人民法院"]


def test_a_district_described_as_part_of_a_city_is_rendered_by_its_name_and_kind() -> None:
    # The dictionary glosses 余杭区 "Yuhang district of Hangzhou city, Zhejiang": the English
    # names the district alone.
    found = _found(
        _pair("这家工厂位于余杭区。", "The factory is located in Yuhang district."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    assert (found["余杭区"][0], found["余杭区"][2]) == ("Yuhang district", ["recurs"])
    assert found["余杭区"][1] >= DEFAULT_THRESHOLD


def test_a_city_glossed_by_its_name_alone_keeps_its_kind_in_the_rendering() -> None:
    # The dictionary glosses 绵阳市 "Mianyang, prefecture-level city in north Sichuan": the
    # translator writes 市 as "city" after the name.
    found = _found(
        _pair("这家工厂位于绵阳市。", "The factory is located in Mianyang city."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    assert (found["绵阳市"][0], found["绵阳市"][2]) == ("Mianyang city", ["recurs"])
    assert found["绵阳市"][1] >= DEFAULT_THRESHOLD
