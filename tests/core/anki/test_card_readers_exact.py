"""Glossary and Pleco readers (duiyi.anki.reading), each rule pinned by an exact result."""

from __future__ import annotations

from duiyi.anki.kinds import anki_header
from duiyi.anki.reading.glossary import ColumnMapping, parse_glossary
from duiyi.anki.reading.pleco import looks_like_pleco, parse_pleco


def _rows(text: str, name: str = "g.csv", **kw: object) -> list[tuple[object, ...]]:
    return [
        (c.chinese, c.pinyin, c.english, c.notes, c.tags, c.line)
        for c in parse_glossary(text, name, **kw)  # type: ignore[arg-type]
    ]


def test_anki_headers_name_the_separator_and_count_as_lines() -> None:
    assert _rows("#separator:pipe\n#html:false\n低碳|low-carbon\n") == [
        ("低碳", "", ("low-carbon",), "", (), 3)
    ]
    # A value may hold the colon itself.
    assert _rows("#separator::\n低碳:low-carbon\n") == [("低碳", "", ("low-carbon",), "", (), 2)]


def test_a_header_row_with_the_chinese_column_alone_is_a_header() -> None:
    assert _rows("中文,whatever\n低碳,low-carbon\n") == [("低碳", "", (), "", (), 2)]


def test_columns_found_from_their_cells_in_rows_of_any_width() -> None:
    text = "低碳,dī tàn,low-carbon,note\n净零排放,jìng líng pái fàng,net-zero emissions\n绿色\n"
    assert _rows(text) == [
        ("低碳", "dī tàn", ("low-carbon",), "", (), 1),
        ("净零排放", "jìng líng pái fàng", ("net-zero emissions",), "", (), 2),
        ("绿色", "", (), "", (), 3),
    ]


def test_pinyin_without_tone_numbers_is_kept_as_written() -> None:
    text = "chinese,pinyin,english\n绿色,lv se,green\n女人,nv3 ren2,woman\n"
    assert [(c[0], c[1]) for c in _rows(text)] == [("绿色", "lv se"), ("女人", "nǚ rén")]


def test_tags_split_on_commas_and_spaces() -> None:
    text = "chinese\tenglish\ttags\n低碳\tlow-carbon\t环境,考试 词汇\n"
    assert _rows(text, "g.tsv", suffix=".tsv") == [
        ("低碳", "", ("low-carbon",), "", ("环境", "考试", "词汇"), 2)
    ]


def test_the_separator_of_a_file_without_tabs_follows_its_suffix() -> None:
    text = "低碳,low-carbon\n"
    assert _rows(text, "g.tab", suffix=".tab") == [("低碳,low-carbon", "", (), "", (), 1)]
    assert _rows(text, "g.tsv", suffix=".tsv") == [("低碳,low-carbon", "", (), "", (), 1)]
    assert _rows(text, "g.txt", suffix=".txt") == [("低碳", "", ("low-carbon",), "", (), 1)]


def test_a_column_mapping_keeps_an_equals_sign_in_a_name() -> None:
    assert ColumnMapping.parse("chinese=1, english=Meaning=EN") == ColumnMapping(
        chinese=0, english="Meaning=EN"
    )


def test_a_pleco_headword_may_hold_a_space_and_the_pinyin_no_han() -> None:
    text = (
        "你好 世界\tni3 hao3 shi4 jie4\thello world\n早上 好\tzao3 shang4 hao3\tmorning\n"
        "晚上 好\twan3 shang4 hao3\tevening\n谢谢\txie4 xie5\tthanks\n"
    )
    assert looks_like_pleco(text) is True
    # Half the rows shaped is enough; fewer is not.
    assert looks_like_pleco("你好\tni3 hao3\thi\nhello\tthere\n") is True
    assert looks_like_pleco("你好\tni3 hao3\thi\nhello\tthere\nmore\tEnglish\nand\tmore\n") is False
    assert looks_like_pleco("hello\t你好\nthanks\t谢谢\n") is False


def test_a_pleco_export_is_read_past_lines_without_a_headword() -> None:
    text = "// Lesson 1/Words\n[]\tno head\n你好[妳好]\tni3 hao3\thello\n\n学习\txue2 xi2\n"
    cards = [
        (c.chinese, c.pinyin, c.english, c.notes, c.tags, c.line)
        for c in parse_pleco(text, "p.txt")
    ]
    assert cards == [
        ("你好", "nǐ hǎo", ("hello",), "Traditional: 妳好", ("Lesson_1::Words",), 3),
        ("学习", "xué xí", (), "", ("Lesson_1::Words",), 5),
    ]


def test_a_second_pinyin_column_is_not_taken_for_the_english() -> None:
    text = (
        "低碳\tdī tàn\tdi1 tan4\tlow-carbon\n"
        "数字鸿沟\tshù zì hóng gōu\tshu4 zi4 hong2 gou1\tdigital divide\n"
    )
    assert _rows(text, "g.tsv") == [
        ("低碳", "dī tàn", ("low-carbon",), "", (), 1),
        ("数字鸿沟", "shù zì hóng gōu", ("digital divide",), "", (), 2),
    ]


def test_a_header_name_without_a_value_is_no_anki_header() -> None:
    assert anki_header(["#columns:", "低碳\tlow-carbon"]) == {}
    assert anki_header(["#columns:Chinese\tEnglish", "#html:"]) == {"columns": "Chinese\tEnglish"}
