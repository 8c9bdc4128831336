"""Round three of the English span classes: a span a word too long or too short (a verb's
particle taken in, a coordination or a heading cut at its first conjunct), and a place
gloss read as a verb. Each with a small made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.extractor import english_for_terms
from duiyi.extract.phrases import renders_verb
from duiyi.extract.types import TermCandidate


def _pair(zh: str, en: str, kind: str = "paragraph") -> SegmentPair:
    return SegmentPair(kind, zh, en, 1.0)  # type: ignore[arg-type]


def _by_chinese(*pairs: SegmentPair) -> dict[str, TermCandidate]:
    found = extract_terms(list(pairs), with_pinyin=False)
    return {c.chinese: c for c in found}


def test_a_place_gloss_after_to_is_no_verb() -> None:
    # 以南 is glossed "to the south of": "the" is no verb the English could hold.
    assert renders_verb("长江以南", "south of the Yangtze") is False
    assert renders_verb("人群提供", "provide accessible") is True


def test_a_phrasal_verb_s_particle_opens_no_rendering() -> None:
    # "carried forward": "forward" belongs to the verb, not to the object rendered after it.
    found = extract_terms(
        [
            _pair(
                "多年来，岭南优秀传统戏曲得到传承。",
                "Over the years, local people have carried forward"
                " fine traditional Cantonese opera.",
            )
        ],
        with_pinyin=False,
    )
    assert [(c.chinese, c.english) for c in found] == [
        ("传统戏曲", "traditional Cantonese opera"),
        ("优秀传统戏曲", "fine traditional Cantonese opera"),
        ("戏曲", "Cantonese opera"),
        ("传统戏曲得到", "fine traditional Cantonese opera"),
    ]


_LISTS = [
    _pair(
        "两国领导人同意加强在贸易和投资领域的合作。",
        "The two leaders agreed to strengthen cooperation in trade and investment.",
    ),
    _pair("全球繁荣、和平与正义", "global prosperity, peace and justice", "heading"),
    _pair("《新时代的城市与乡村》", "The City and the Countryside in the New Era", "heading"),
]


def test_a_listed_term_is_rendered_across_the_list_s_commas() -> None:
    found = english_for_terms(_LISTS, ["全球繁荣、和平与正义"], with_pinyin=False)
    assert [(c.chinese, c.english) for c in found if c] == [
        ("全球繁荣、和平与正义", "global prosperity, peace and justice")
    ]


def test_a_coordinated_title_keeps_its_first_conjunct_before_and_the() -> None:
    by_zh = _by_chinese(*_LISTS)
    assert by_zh["新时代的城市与乡村"].english == "City and the Countryside in the New Era"


def test_a_term_that_is_its_whole_line_is_rendered_by_the_whole_english_line() -> None:
    # The dictionary explains the heads only; the line is the term, so its English is too.
    trade = _pair(
        "两国领导人同意加强在贸易和投资领域的合作。",
        "The two leaders agreed to strengthen cooperation in trade and investment.",
    )
    by_zh = _by_chinese(
        trade,
        _pair("精准扶贫", "targeted poverty alleviation", "heading"),
        _pair("三、蓝天保卫战", "III. Battle for Blue Skies", "heading"),
    )
    assert by_zh["精准扶贫"].english == "targeted poverty alleviation"
    assert by_zh["蓝天保卫战"].english == "battle for blue skies"


def test_a_noun_in_ing_heading_an_of_phrase_renders_the_chinese_head() -> None:
    # English puts the head first with "of": "training" is no verb before its object here.
    pairs = [_pair("学校重视人才培养。", "The school values the training of talent.")]
    found = english_for_terms(pairs, ["人才培养"], with_pinyin=False)
    assert [(c.chinese, c.english) for c in found if c] == [("人才培养", "training of talent")]
