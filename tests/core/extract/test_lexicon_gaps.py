"""Issue 12 class 7, dictionary gaps: English that a Chinese word's CC-CEDICT glosses explain
only through derivation, an acronym or an abbreviation."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms
from duiyi.extract.english import stem, stems_match


def _rendering(zh: str, en: str, term: str) -> str | None:
    pair = SegmentPair("paragraph", zh, en, 1.0)
    (found,) = english_for_terms((pair,), [term], with_pinyin=False)
    return found.english if found else None


def _same(a: str, b: str) -> bool:
    return stems_match(stem(a), stem(b))


def test_derived_words_share_a_stem_across_consonant_changes_and_able() -> None:
    related = [
        ("science", "scientific"),
        ("science", "scientist"),
        ("democracy", "democratic"),
        ("urgency", "urgent"),
        ("decide", "decision"),
        ("expand", "expansion"),
        ("admit", "admission"),
        ("describe", "description"),
        ("adapt", "adaptability"),
        ("disabled", "disabilities"),
        ("responsible", "responsibility"),
        ("access", "accessible"),
        ("terror", "terrorism"),
        ("partner", "partnership"),
        ("peace", "peaceful"),
        ("influence", "influential"),
        ("aid", "aided"),
        ("arm", "armed"),
    ]
    assert [pair for pair in related if not _same(*pair)] == []


def test_derivation_makes_no_false_friends() -> None:
    unrelated = [
        ("advance", "advantage"),
        ("plead", "please"),
        ("strategy", "stratified"),
        ("formal", "formidable"),
        ("rat", "rated"),
        ("rat", "rating"),
        ("edge", "edging"),
    ]
    assert [pair for pair in unrelated if _same(*pair)] == []
    # Inflection still folds where a short root ends in a cluster or keeps its e.
    assert [
        _same(*p) for p in [("spring", "springs"), ("speed", "speeding"), ("edge", "edged")]
    ] == [
        True,
        True,
        True,
    ]


def test_a_noun_gloss_renders_the_adjective_of_the_text() -> None:
    zh, en = "我们重视科技创新。", "We value scientific and technological innovation."
    assert _rendering(zh, en, "科技创新") == "scientific and technological innovation"


def test_a_gloss_in_able_renders_the_noun_in_ability() -> None:
    zh, en = "学校应当接纳有残疾的学生。", "Schools should welcome pupils with disabilities."
    assert _rendering(zh, en, "残疾") == "disabilities"


def test_the_ending_of_a_derived_word_renders_a_suffix_morpheme() -> None:
    zh, en = "农业机械化发展很快。", "Agricultural mechanization grew fast."
    assert _rendering(zh, en, "农业机械化") == "agricultural mechanization"


def test_an_ability_noun_renders_a_verb_and_its_ability() -> None:
    zh, en = "这种植物的适应能力很强。", "This plant shows remarkable adaptability."
    assert _rendering(zh, en, "适应能力") == "adaptability"
