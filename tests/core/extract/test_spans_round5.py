"""Round five of the span classes: names that open with their ordinal (第九届…, 十五届…);
modified noun phrases whose adjective rjieba tags an adverb or a state word, or whose head
is 一 and a noun borrowed as a measure word (…的一幕); a place word naming a part before its
noun (东部 …); a pronoun or preposition rjieba glues to the word after it (其…). Each with a
small made-up text."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.zh_words import Token, _split_glued


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)  # type: ignore[arg-type]


def _spans(zh: str) -> list[str]:
    return sorted({s.text for s in candidate_spans(zh)})


def test_an_ordinal_with_di_opens_the_name_it_numbers() -> None:
    assert _spans("第三届音乐节上，合唱团表演了。") == ["合唱团", "第三届音乐节", "音乐节"]


def test_a_session_number_without_di_opens_the_name_it_numbers() -> None:
    assert _spans("十五届省政协委员在会上发言。") == [
        "会上发言",
        "十五届省政协委员",
        "省政协",
        "省政协委员",
    ]


def test_an_ordinal_numbers_the_whole_name_not_a_part_before_its_head() -> None:
    # 第九届国际茶叶 would end before 博览会, the noun the ordinal numbers.
    assert [s for s in _spans("第九届国际茶叶博览会吸引了众多茶商。") if s.startswith("第")] == [
        "第九届国际茶叶博览会"
    ]


def test_an_ordinal_of_a_time_unit_opens_nothing() -> None:
    # 第二天 "the next day" is an adverbial, not the number of a name.
    assert _spans("第二天上午乐团出发。") == ["上午乐团", "上午乐团出发", "乐团", "乐团出发"]


def test_an_ordinal_after_a_noun_stays_inside_the_longer_name() -> None:
    found = _spans("省合唱协会第三届理事会召开。")
    assert [s for s in found if s.startswith("第三届")] == []


def test_an_ordinal_name_is_proposed_with_its_numbered_english() -> None:
    pair = _pair(
        "第九届国际茶叶博览会吸引了众多茶商。",
        "The 9th International Tea Expo attracted many tea merchants.",
    )
    found = [(c.chinese, c.english) for c in extract_terms([pair], with_pinyin=False)]
    assert [f for f in found if f[0].startswith("第")] == [
        ("第九届国际茶叶博览会", "9th International Tea Expo")
    ]


def _numbered(zh: str) -> list[str]:
    return [s for s in _spans(zh) if s.startswith("第")]


def test_an_ordinal_name_may_run_one_word_past_the_longest_unnumbered_name() -> None:
    # six words after the ordinal, as many as a span without one may hold
    assert _numbered("第五届全县山区果园农业技术交流会举行。") == [
        "第五届全县山区果园农业技术交流会"
    ]


def test_an_ordinal_name_may_run_past_the_longest_unnumbered_name_in_characters() -> None:
    # sixteen characters after the ordinal's four
    assert _numbered("第十一届全省少年儿童戏剧节组织委员会成立。") == [
        "第十一届全省少年儿童戏剧节组织委员会",
        "第十一届全省少年儿童戏剧节组织委员会成立",
    ]


def test_an_adjective_tagged_an_adverb_opens_a_phrase_with_de() -> None:
    assert _spans("他们称赞率直的性格。") == ["性格", "率直的性格"]


def test_an_adjective_tagged_a_state_word_opens_a_phrase_with_de() -> None:
    assert _spans("他穿着笔挺的西装。") == ["穿着笔挺", "笔挺的西装", "西装"]


def test_one_and_a_noun_borrowed_as_a_measure_word_heads_a_phrase_with_de() -> None:
    assert _spans("舞台上出现了壮观的一幕。") == ["壮观的一幕", "舞台"]


def test_one_and_a_measure_word_of_events_heads_nothing() -> None:
    # 一次 "once" counts; the dictionary has a classifier sense of 次.
    assert _spans("那是壮观的一次。") == []


def test_one_and_a_unit_of_time_heads_nothing() -> None:
    # 一天 "one day" is a time, not a thing the adjective describes.
    assert _spans("那是壮观的一天。") == []


def test_one_and_a_place_word_heads_nothing() -> None:
    # 一下 "a moment": 下 is a place word, whatever its first sense says.
    assert _spans("他记得剧烈的一下。") == []


def test_a_place_word_naming_a_part_opens_a_noun_phrase() -> None:
    # 东部 "eastern part" says which part of the mountains: eastern mountain areas.
    assert _spans("大雨将波及东部山地各县。") == ["东部山地", "大雨"]


def test_a_place_word_naming_no_part_opens_nothing() -> None:
    # 以上 "the above-mentioned": the dictionary names no part, so no span opens there.
    assert _spans("请阅读以上内容。") == ["阅读以上内容"]


def test_a_pronoun_glued_to_a_noun_is_cut_from_it() -> None:
    cut = _split_glued(Token("其河床", "n", 4, 7))
    assert [(t.text, t.pos, t.start, t.end) for t in cut] == [
        ("其", "r", 4, 5),
        ("河床", "n", 5, 7),
    ]


def test_a_preposition_glued_to_an_adjective_is_cut_from_it() -> None:
    cut = _split_glued(Token("为强", "a", 0, 2))
    assert [(t.text, t.pos) for t in cut] == [("为", "p"), ("强", "a")]


def test_a_name_opening_with_a_preposition_stays_whole() -> None:
    whole = Token("以安宁", "nr", 0, 3)
    assert _split_glued(whole) == [whole]


def test_a_pronoun_glued_to_a_noun_is_cut_in_the_sentence() -> None:
    # rjieba keeps 其风眼 as one word; the noun after the pronoun is the candidate.
    assert _spans("其风眼从中心向外移动") == ["中心向外移动", "风眼"]


def test_an_ordinal_of_a_rank_opens_nothing() -> None:
    # 第三位 "the third (person)" ranks the noun after it; it names nothing.
    assert _spans("第三位选手上场。") == ["上场", "选手", "选手上场"]
