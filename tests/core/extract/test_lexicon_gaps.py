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
        ("predict", "predictability"),
        ("disabled", "disabilities"),
        ("responsible", "responsibility"),
        ("access", "accessible"),
        ("terror", "terrorism"),
        ("partner", "partnership"),
        ("peace", "peaceful"),
        ("influence", "influential"),
        ("aid", "aided"),
        ("arm", "armed"),
        ("law", "laws"),
        ("act", "acts"),
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
        ("new", "news"),
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
    zh, en = "这种模式的持续能力很强。", "This model shows remarkable sustainability."
    assert _rendering(zh, en, "持续能力") == "sustainability"


def test_a_plural_acronym_spells_its_gloss() -> None:
    zh, en = "政府推进国有企业改革。", "The government pushes the reform of SOEs forward."
    assert _rendering(zh, en, "国有企业") == "SOEs"


def test_an_acronym_may_keep_the_of_of_its_gloss() -> None:
    zh, en = "今年商务部发布了新规定。", "This year the DOC issued new rules."
    assert _rendering(zh, en, "商务部") == "DOC"


def test_an_acronym_spells_a_run_of_components_part_by_part() -> None:
    from duiyi.extract.lexicon import acronym_components, components

    comps = components("地理信息系统")
    assert [c.text for c in comps] == ["地理", "信息系统"]
    assert acronym_components("GIS", comps) == {0, 1}
    # Two components of one letter each are what chance spells most often: not an acronym.
    assert acronym_components("IS", components("信息安全")) == set()


def test_a_number_inside_a_word_the_dictionary_lacks_renders_its_figure() -> None:
    zh, en = (
        "学校举行了建校二十周年庆典。",
        "The school held a celebration of its 20th anniversary.",
    )
    assert _rendering(zh, en, "二十周年") == "20th anniversary"


def test_a_plan_number_is_its_figure_and_a_five() -> None:
    from duiyi.extract.lexicon import chinese_number, components

    assert chinese_number("十二五") is None
    assert [(c.text, c.glosses[0]) for c in components("十二五")] == [
        ("十二", ("12",)),
        ("五", ("5",)),
    ]
    zh = "回顾十二五时期的成就。"
    en = "Review the achievements of the 12th Five-year Plan period."
    assert _rendering(zh, en, "十二五时期") == "12th Five-year Plan period"


def test_notes_on_reading_and_writing_are_no_glosses() -> None:
    from duiyi import cedict
    from duiyi.extract.lexicon import dictionary_glosses

    notes = [
        "Taiwan pr. [fa3]",
        "also pr. [biu4]",
        "also written 布尔乔亚",
        "Japanese variant of 价",
    ]
    assert [cedict.clean_gloss(n) for n in notes] == ["", "", "", ""]
    assert [g for g in dictionary_glosses("发") if "taiwan" in g] == []
    # Abbreviations of the dictionary's own prose are no words of a gloss (esp. for unmarried
    # people).
    assert [g for g in dictionary_glosses("公房") if "esp" in g] == []


def test_british_spellings_share_a_stem_with_american_glosses() -> None:
    british = [("colour", "color"), ("labourers", "laborers"), ("centres", "centers")]
    assert [_same(*pair) for pair in british] == [True, True, True]
    assert [_same(*pair) for pair in [("four", "for"), ("hatred", "hater")]] == [False, False]


def test_the_ordinal_mark_and_its_number_render_an_ordinal() -> None:
    from duiyi.extract.lexicon import components

    first = components("第六版")[0]
    assert (first.text, first.glosses[:2]) == (
        "第六",
        (("6",), ("sixth",)),
    )
    zh, en = "他是这门手艺的第三代传人。", "He is the third generation heir of the craft."
    assert _rendering(zh, en, "第三代") == "third generation"


def test_person_in_a_gloss_is_part_of_the_rendering() -> None:
    zh, en = "社会应当关心聋人。", "Society should care for persons with deafness."
    assert _rendering(zh, en, "聋人") == "persons with deafness"


def test_thing_in_a_gloss_is_part_of_the_rendering() -> None:
    zh, en = "他们感叹世事无常。", "They sigh at the things of the world."
    assert _rendering(zh, en, "世事") == "things of the world"
    # "thing" is the only gloss of 东西 and 事物 the sentences render.
    assert (
        _rendering("房间里的东西很多。", "There are many things in the room.", "东西") == "things"
    )
    assert _rendering("他研究事物的变化。", "He studies how things change.", "事物") == "things"


def test_a_character_that_abbreviates_a_place_renders_its_name() -> None:
    zh, en = (
        "近年来黔桂两省联手治理河流。",
        "In recent years Guizhou and Guangxi have joined hands on rivers.",
    )
    assert _rendering(zh, en, "黔桂") == "Guizhou and Guangxi"


def test_a_place_described_where_it_lies_is_rendered_by_its_name_alone() -> None:
    from duiyi.extract.lexicon import dictionary_glosses

    assert ("shaanxi",) in dictionary_glosses("陕西")
    assert ("hunan",) in dictionary_glosses("湖南")


def test_a_combining_form_renders_a_prefix_morpheme() -> None:
    from duiyi.extract.align import Matcher
    from duiyi.extract.english import words
    from duiyi.extract.lexicon import components

    def explained(chinese: str, english: str) -> tuple[int, int]:
        hits = Matcher(components(chinese)).word_hits(words(english)[0])
        return hits.explained, len({ci for ci, _, _ in hits.hits})

    # Both pieces of the English word explained, each by its own component.
    assert explained("防污染", "antipollution") == (2, 2)
    assert explained("反殖民主义", "anticolonialism") == (2, 2)
