"""English written in brackets into the Chinese (中文(English)), as study notes and bilingual
news write it: the gloss is read as the text's own pair, and it no longer cuts terms apart."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms
from duiyi.extract.inline import InlineTranslation, inline_translations, masked
from duiyi.pipeline import align_pasted


def test_brackets_of_english_after_chinese_are_found_with_the_chinese_they_gloss() -> None:
    zh = (
        "我们参观了敦煌壁画(Dunhuang murals)。"
        "双方同意扩大文化和人文交流(expand cultural and people-to-people exchanges)，"
        "见图(a)和表(IPv6)。"
    )
    found = inline_translations(zh)
    assert [(zh[f.zh_start : f.zh_end], f.english, f.term) for f in found] == [
        ("们参观了敦煌壁画", "Dunhuang murals", True),
        ("双方同意扩大文化和人文交流", "expand cultural and people-to-people exchanges", False),
    ]
    assert found[0] == InlineTranslation(1, 9, "Dunhuang murals", True)


def test_a_terms_gloss_takes_at_most_the_last_characters_of_its_run() -> None:
    zh = "这座城市最古老最著名的青铜器博物馆(bronze museum)"
    (found,) = inline_translations(zh)
    assert zh[found.zh_start : found.zh_end] == "著名的青铜器博物馆"[-8:]


def test_masking_blanks_english_brackets_after_chinese_and_keeps_the_offsets() -> None:
    zh = "青铜器(bronze ware)很珍贵，见(see map)。Hello (world)"
    out = masked(zh)
    blank = "，" * len("(bronze ware)")
    assert out == "青铜器" + blank + "很珍贵，见" + "，" * 9 + "。Hello (world)"
    assert len(out) == len(zh)


GLOSSED_TERMS = """\
敦煌壁画(Dunhuang murals)和青铜器(bronze ware)都是珍贵的文化遗产。

Both the Dunhuang murals and bronze ware are precious cultural heritage.
"""


def test_a_glossed_term_is_proposed_with_its_gloss_and_placed_in_the_english() -> None:
    doc = align_pasted(GLOSSED_TERMS)
    found = {c.chinese: c for c in extract_terms(doc.pairs)}
    assert [(c.chinese, c.english, c.confidence) for c in extract_terms(doc.pairs)] == [
        ("敦煌壁画", "Dunhuang murals", 0.891),
        ("青铜器", "bronze ware", 0.891),
        ("文化遗产", "cultural heritage", 0.771),
        ("珍贵的文化遗产", "precious cultural heritage", 0.771),
    ]
    pair = doc.pairs[found["青铜器"].occurrences[0].pair_index]
    (where,) = found["青铜器"].occurrences
    assert pair.zh[where.zh_start : where.zh_end] == "青铜器"
    assert pair.en[where.en_start : where.en_end] == "bronze ware"
    assert [r.name for r in found["青铜器"].reasons][-1] == "glossed in the text"


CLAUSE_GLOSSES = (
    SegmentPair("heading", "贸易谈判", "Trade talks", 1.0),
    SegmentPair(
        "paragraph",
        "会谈中，双方同意扩大人文交流，加强旅游合作"
        "(expand people-to-people exchanges and strengthen tourism cooperation)。"
        "两国还将深化农业合作(deepen agricultural cooperation)。",
        "",
        0.0,
    ),
)


def test_a_clause_glossed_in_an_unpaired_paragraph_gives_its_terms() -> None:
    found = [(c.chinese, c.english) for c in extract_terms(CLAUSE_GLOSSES) if c.confidence >= 0.4]
    assert found == [
        ("农业合作", "agricultural cooperation"),
        ("旅游合作", "tourism cooperation"),
        ("贸易谈判", "trade talks"),
        ("人文交流", "people-to-people exchanges"),
    ]
    term = next(c for c in extract_terms(CLAUSE_GLOSSES) if c.chinese == "人文交流")
    (where,) = term.occurrences
    assert (where.pair_index, where.en_start, where.en_end) == (1, -1, -1)
    assert CLAUSE_GLOSSES[1].zh[where.zh_start : where.zh_end] == "人文交流"
    assert [s.english if s else None for s in english_for_terms(CLAUSE_GLOSSES, ["旅游合作"])] == [
        "tourism cooperation"
    ]


def test_a_verb_phrase_glossed_is_not_lifted_as_the_writers_pair() -> None:
    (phrase,) = [c for c in extract_terms(CLAUSE_GLOSSES) if c.chinese == "深化农业合作"]
    names = [r.name for r in phrase.reasons]
    assert "verb phrase" in names
    assert "glossed in the text" not in names
    assert phrase.confidence < 0.4


def _terms(text: str) -> list[tuple[str, str, float]]:
    return [(c.chinese, c.english, c.confidence) for c in extract_terms(align_pasted(text).pairs)]


def test_a_gloss_at_the_start_of_its_sentence_is_aligned_and_lifted() -> None:
    # The bracket's piece starts where its pair's Chinese does: both hold 森林公园 at one place.
    text = "森林公园(forest park)旁边建了停车场。\n\nBeside the forest park a car park was built.\n"
    assert _terms(text) == [("森林公园", "forest park", 0.891), ("停车场", "car park", 0.329)]
    (term,) = [c for c in extract_terms(align_pasted(text).pairs) if c.chinese == "森林公园"]
    assert [(o.zh_start, o.zh_end, o.en_start, o.en_end) for o in term.occurrences] == [
        (0, 4, 11, 22)
    ]


def test_a_gloss_rendering_more_or_less_than_the_chinese_is_not_lifted() -> None:
    said = "目前，新型冠状病毒(novel coronavirus)传播很快。\n\nMany people like it.\n"
    short = "目前，新型冠状病毒(coronavirus)传播很快。\n\nMany people like it.\n"
    assert _terms(said) == [("新型冠状病毒", "novel coronavirus", 0.891)]
    assert _terms(short) == [("新型冠状病毒", "coronavirus", 0.159)]


def test_a_clause_glossed_with_its_verb_is_not_lifted() -> None:
    text = "去年人口减少(population decreases)，学校关闭。\n\nSchools closed.\n"
    assert _terms(text) == [
        ("人口减少", "population decreases", 0.771),
        ("学校关闭", "schools closed", 0.159),
    ]


def test_a_bracket_is_no_sentence_of_its_own_beside_its_pairs_english() -> None:
    # Counted as a second sentence, the bracket made "old residential compounds" a phrase
    # repeated wherever 小区 stands.
    text = (
        "老旧小区(old residential compounds)改造进展顺利。\n\n"
        "The renovation of old residential compounds is going well.\n"
    )
    assert _terms(text) == []


def test_the_pairs_place_is_kept_when_the_bracket_says_the_same_but_is_not_in_the_english() -> None:
    text = "我们要建设海绵城市(sponge cities)。\n\nWe will build a sponge city.\n"
    (term,) = [c for c in extract_terms(align_pasted(text).pairs) if c.chinese == "海绵城市"]
    assert term.english == "sponge city"
    assert [(o.zh_start, o.zh_end, o.en_start, o.en_end) for o in term.occurrences] == [
        (5, 9, 16, 27)
    ]


def _placed(text: str) -> list[tuple[str, str, int, int]]:
    doc = align_pasted(text)
    return [
        (c.chinese, c.english, o.en_start, o.en_end)
        for c in extract_terms(doc.pairs)
        for o in c.occurrences
    ]


def test_a_gloss_is_placed_on_whole_words_of_the_english_not_inside_another_word() -> None:
    text = (
        "上周，我们参观了国家公园(national park)旁边的停车场。\n\n"
        "Last week we saw the international parking lot beside the national park.\n"
    )
    assert _placed(text) == [
        ("国家公园", "national park", 58, 71),
        ("停车场", "parking lot", 35, 46),
    ]


def test_a_clause_the_english_says_before_a_full_stop_is_read_in_the_pair() -> None:
    text = (
        "会上双方同意发展数字经济(develop the digital economy)。\n\n"
        "At the meeting both sides agreed to develop the digital economy.\n"
    )
    assert _placed(text)[0] == ("数字经济", "digital economy", 48, 63)


def test_an_abbreviation_in_brackets_stays_in_the_chinese_alignment_reads() -> None:
    zh = "新一代传输协议(XTP2)普及率正在提高。"
    assert masked(zh) == zh
    assert _terms(f"{zh}\n\nXTP2 adoption is rising.\n") == []


def test_a_bracket_left_open_after_spaces_is_no_gloss_and_spaces_end_none() -> None:
    assert inline_translations("中文(a" + " " * 50) == []
    zh = "湿地公园(  wetland park  )旁"
    assert [(f.zh_start, f.zh_end, f.english) for f in inline_translations(zh)] == [
        (0, 4, "wetland park")
    ]


def test_references_in_brackets_are_not_read_as_glosses() -> None:
    zh = (
        "老子(Laozi, 571-471 BC)说过。见官网(https://example.org/x)。"
        "参见有关研究(Miller et al)。青铜器(bronze ware 1200 BC)。"
        "敦煌壁画(Dunhuang murals)。"
    )
    assert [(zh[f.zh_start : f.zh_end], f.english) for f in inline_translations(zh)] == [
        ("敦煌壁画", "Dunhuang murals")
    ]


def test_a_term_met_often_is_still_lifted_where_the_writer_glossed_it() -> None:
    plain = [
        SegmentPair("paragraph", f"第{n}个森林公园很美。", f"Forest park {n} is beautiful.", 1.0)
        for n in range(1, 15)
    ]
    glossed = SegmentPair(
        "paragraph", "这个森林公园(forest park)很大。", "This forest park is large.", 1.0
    )
    (term,) = [c for c in extract_terms([*plain, glossed]) if c.chinese == "森林公园"]
    assert (term.english, term.frequency, [r.name for r in term.reasons][-1:]) == (
        "forest park",
        15,
        ["glossed in the text"],
    )


def test_a_gloss_after_closing_quotes_or_title_marks_glosses_what_they_hold() -> None:
    zh = "我们主张“求同存异”(seek common ground)。他读过《庄子》(The Zhuangzi)和《孟子》(MZ)。"
    assert [(zh[f.zh_start : f.zh_end], f.english) for f in inline_translations(zh)] == [
        ("求同存异", "seek common ground"),
        ("庄子", "The Zhuangzi"),
    ]
    assert masked(zh) == (
        "我们主张“求同存异”" + "，" * 20 + "。他读过《庄子》" + "，" * 14 + "和《孟子》(MZ)。"
    )


def test_an_abbreviation_in_brackets_after_a_name_is_its_rendering() -> None:
    # Not masked, so align.py's _own_glosses reads it as the name's own, not another word's.
    text = "这里的传输控制协议(TCP)很重要。\n\nThe TCP here is important.\n"
    assert _terms(text) == [("传输控制协议", "TCP", 0.771)]


def test_a_clause_gloss_starts_after_the_space_and_quote_that_open_its_sentence() -> None:
    zh = "会谈很顺利。 “双方同意扩大人文交流，加强旅游合作(expand exchanges and boost tourism)"
    (found,) = inline_translations(zh)
    assert zh[found.zh_start : found.zh_end] == "双方同意扩大人文交流，加强旅游合作"
