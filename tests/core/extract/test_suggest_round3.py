"""Suggestions for a term the user names: the English is a whole phrase (never cut short), its
parts may stand in reverse order around a preposition, and a rendering the extractor turns down
is still proposed, at a low confidence."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english, english_for_terms, suggest_english
from duiyi.extract.lexicon import components
from duiyi.extract.suggest import completed, whole_phrase
from duiyi.extract.types import Occurrence, TermCandidate


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _rendering(zh: str, en: str, term: str) -> str | None:
    (found,) = english_for_terms((_pair(zh, en),), [term], with_pinyin=False)
    return found.english if found else None


def _widened(term: str, en: str, first: str, last: str, *, free: bool = True) -> str:
    """The English words first..last of `en` widened by whole_phrase (all words free)."""
    words = english.words(en)
    lo = next(k for k, w in enumerate(words) if w.text == first)
    hi = next(k for k, w in enumerate(words) if w.text == last and k >= lo)
    lo, hi = whole_phrase(components(term), words, [free] * len(words), lo, hi)
    return en[words[lo].start : words[hi].end]


def test_the_parts_of_a_term_may_stand_in_reverse_order_around_a_preposition() -> None:
    # 斗争 "fight" comes first in English, 贫困 "poverty" after "against".
    zh, en = "各地加强反贫困斗争。", "Every region steps up the fight against poverty."
    assert _rendering(zh, en, "反贫困斗争") == "fight against poverty"
    assert suggest_english(_pair(zh, en), 4, 9)[0].text == "fight against poverty"


def test_a_name_goes_on_through_the_next_capitalised_word_its_pinyin_spells() -> None:
    # "He" looks like a function word, yet it spells the given name.
    assert _rendering("王河是一位诗人。", "Wang He was a poet.", "王河") == "Wang He"


def test_an_adjective_takes_its_noun() -> None:
    zh, en = "学校开展了安全教育。", "The school ran a safety educational campaign."
    assert _rendering(zh, en, "安全教育") == "safety educational campaign"


def test_a_people_named_by_its_adjective_heads_the_phrase() -> None:
    # 学子 renders nothing the dictionary ties to "Koreans": it is the head after "overseas".
    zh, en = "我们欢迎海外学子回国。", "We welcome overseas Koreans home."
    assert _rendering(zh, en, "海外学子") == "overseas Koreans"


def test_words_rendering_only_the_modifier_take_the_head_noun_after_them() -> None:
    en = "I wish to extend my Mid-Autumn greetings to friends."
    assert _widened("中秋的祝福", en, "Mid", "Autumn") == "Mid-Autumn greetings"


def test_a_word_another_chinese_word_renders_is_no_head() -> None:
    en = "I wish to extend my Mid-Autumn greetings to friends."
    assert _widened("中秋的祝福", en, "Mid", "Autumn", free=False) == "Mid-Autumn"


def test_the_verb_after_a_plural_is_not_its_head() -> None:
    # 庆典 is unrendered, yet "remain" is the clause's verb, not its noun.
    en = "Many old festivals remain popular."
    assert _widened("节日庆典", en, "festivals", "festivals") == "festivals"


def test_a_title_stops_before_the_name_after_it() -> None:
    # 海军 is unrendered, yet the head 上校 is: the capitalised words after are a name.
    en = "Senior Colonel Li Ming spoke first."
    assert _widened("海军上校", en, "Senior", "Colonel") == "Senior Colonel"


def test_a_rendering_extraction_turns_down_is_suggested_at_a_low_confidence() -> None:
    # A place put last, behind "in", is no part of a thing's name for extraction; the user
    # who names the term still gets the English of this text.
    (found,) = english_for_terms(
        (_pair("他们参观了杭州博物馆。", "They visited the museum in Hangzhou."),),
        ["杭州博物馆"],
        with_pinyin=False,
    )
    assert found is not None
    assert (found.english, found.confidence) == ("museum in Hangzhou", 0.3)


def test_a_participle_takes_the_glossed_noun_it_qualifies() -> None:
    # "sets" already renders 规定, so "provisions" adds nothing the dictionary needs; yet the
    # participle "detailed" cannot end the phrase.
    zh, en = "学校对考试作出详细规定。", "The school sets out detailed provisions on exams."
    assert _rendering(zh, en, "作出详细规定") == "sets out detailed provisions"


def test_a_term_the_writer_glosses_in_brackets_keeps_that_english() -> None:
    zh, en = "主要原因是甲烷(methane)的增多。", "The main cause is the increase in methane levels."
    assert _rendering(zh, en, "甲烷") == "methane"


def _sentence(zh: str, en: str) -> SegmentPair:
    return SegmentPair("sentence", zh, en, 1.0)


def test_english_the_dictionary_cannot_tie_is_what_the_sentence_leaves_between_neighbours() -> None:
    # No gloss of 瓶颈期 holds "impasse"; "Relations" renders 关系 before it and nothing after.
    pairs = (
        _sentence("两国关系正处在一个瓶颈期。", "Bilateral relations have reached an impasse."),
    )
    (found,) = english_for_terms(pairs, ["瓶颈期"], with_pinyin=False)
    assert found is not None
    assert (found.english, found.confidence) == ("impasse", 0.05)


def test_a_name_no_dictionary_spells_is_the_word_recurring_with_it() -> None:
    # English puts the name first, away from where the Chinese neighbours put it.
    pairs = (
        _sentence("当地牧民扎西感到自豪。", "Tashi, a local herdsman, felt proud."),
        _sentence("扎西说道：“很好。”", '"Very good," Tashi said.'),
    )
    (found,) = english_for_terms(pairs, ["扎西"], with_pinyin=False)
    assert found is not None
    assert (found.english, found.confidence) == ("Tashi", 0.05)


def test_a_one_word_term_rendered_as_an_adjective_keeps_no_noun() -> None:
    # "educational" renders all of 教育: the noun after it is the sentence's, not the term's.
    zh, en = "他们在讨论教育。", "They are discussing educational television programs."
    assert _rendering(zh, en, "教育") == "educational"


def test_a_name_in_a_heading_stops_before_the_heading_s_verb() -> None:
    zh, en = "省人民代表大会开幕", "Provincial People's Congress Opens Spring Session"
    assert _rendering(zh, en, "省人民代表大会") == "provincial people's congress"


def test_a_widened_rendering_keeps_the_candidate_s_case() -> None:
    pair = _pair("各国领导人讨论全球困境", "World Leaders Discuss Global Dilemma")
    at = pair.en.index("Global")
    candidate = TermCandidate(
        chinese="全球困境",
        english="global",
        pinyin="",
        confidence=0.5,
        frequency=1,
        occurrences=(Occurrence(0, 7, 11, at, at + len("Global")),),
    )
    found = completed("全球困境", candidate, [pair])
    assert found is not None
    assert found.english == "global dilemma"


def test_a_verb_s_irregular_past_is_no_part_of_the_leftover_name() -> None:
    # 说 glosses "say", which does not spell "said": the verb still renders it.
    pairs = (_sentence("阿木古楞说，草原很美。", "Amugulang said the grassland is beautiful."),)
    (found,) = english_for_terms(pairs, ["阿木古楞"], with_pinyin=False)
    assert found is not None
    assert (found.english, found.confidence) == ("Amugulang", 0.05)


def test_a_verb_a_character_renders_inside_a_longer_word_is_no_leftover() -> None:
    # 说些 is no dictionary word, yet its 说 renders "says".
    pairs = (_sentence("他总是说些乱七八糟。", "He always says nonsense."),)
    (found,) = english_for_terms(pairs, ["乱七八糟"], with_pinyin=False)
    assert found is not None
    assert (found.english, found.confidence) == ("nonsense", 0.05)


def test_a_word_recurring_outside_the_neighbours_is_no_leftover() -> None:
    # "really" recurs in every sentence, but never where the term stands.
    pairs = (
        _sentence("老铁，这个真不错。", "Dude, this one is really nice."),
        _sentence("老铁们，今天真开心。", "Folks, today I am really happy."),
        _sentence("谢谢老铁帮忙！", "Thanks for the help, buddy, really."),
    )
    (found,) = english_for_terms(pairs, ["老铁"], with_pinyin=False)
    assert found is None
