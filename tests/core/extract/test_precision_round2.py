"""Round two of the classes of wrong pairs kept out on unseen texts: a subject with its
predicate rendered as a clause, a title run on into its holder's name. Each with a small
made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.phrases import ends_with_adjective, ends_with_predicate
from duiyi.extract.types import TermCandidate
from duiyi.extract.zh_words import is_person_name


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _by_chinese(*pairs: tuple[str, str]) -> dict[str, TermCandidate]:
    found = extract_terms([_pair(zh, en) for zh, en in pairs], with_pinyin=False)
    return {c.chinese: c for c in found}


def test_a_subject_and_its_past_tense_verb_is_a_clause() -> None:
    by_zh = _by_chinese(
        ("今年出口回升，市场信心增强。", "This year exports rebounded and market confidence grew."),
    )
    grew = by_zh["市场信心增强"]
    assert (grew.english, grew.confidence) == ("market confidence grew", 0.159)
    assert [r.name for r in grew.reasons] == ["evidence", "recurs", "verb phrase"]
    assert by_zh["市场信心"].confidence == 0.771
    assert by_zh["信心增强"].confidence == 0.156


def test_a_past_tense_after_a_noun_ends_a_predicate_but_not_after_an_adverb() -> None:
    assert ends_with_predicate("provinces agreed") is True
    assert ends_with_predicate("the spokesman said") is True
    assert ends_with_predicate("widely distributed") is False
    assert ends_with_predicate("people-centered") is False
    assert ends_with_predicate("registered") is False
    assert ends_with_predicate("advanced manufacturing") is False


def test_a_title_runs_on_into_no_holder_s_name() -> None:
    spans = [s.text for s in candidate_spans("财政部长王小明出席论坛。")]
    assert spans == ["财政部长", "王小明"]


def test_a_name_after_a_modifier_stays_inside_a_longer_name() -> None:
    spans = [s.text for s in candidate_spans("这里是大香格里拉经济圈。")]
    assert spans == ["大香格里拉", "大香格里拉经济圈", "经济圈"]


def test_a_word_rjieba_tags_a_name_is_none_when_the_dictionary_knows_it_otherwise() -> None:
    assert is_person_name("王小明", "nr") is True
    assert is_person_name("高水平", "nr") is False
    assert is_person_name("福祉", "nr") is False
    assert is_person_name("王小明", "n") is False


def test_a_session_number_the_chinese_lacks_stays_out_of_the_english() -> None:
    by_zh = _by_chinese(
        (
            "总理将出席在曼谷举行的第19届东亚峰会(EAS)。",
            "The Premier will attend the 19th East Asia Summit (EAS) in Bangkok.",
        )
    )
    assert (by_zh["东亚峰会"].english, by_zh["东亚峰会"].confidence) == ("East Asia Summit", 0.771)


def test_the_pronoun_one_is_no_head_noun() -> None:
    assert ends_with_adjective("nearby one") is True
    assert ends_with_adjective("a larger one") is True
    assert ends_with_adjective("Chapter One") is False
    assert ends_with_adjective("one") is False
