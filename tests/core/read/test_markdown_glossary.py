"""A term list kept as a Markdown table (`| 中文 | English |` over a `|---|---|` rule) is read as
table rows: no pipe, header row or rule becomes part of a term."""

from __future__ import annotations

from duiyi.document import GlossaryEntry
from duiyi.read.glossary import glossary_of_text

TABLE = """\
| 中文 | English |
|---|---|
| 海绵城市 | sponge city |
| 垃圾分类 | waste sorting |
| 夜间经济 | night-time economy |
"""


def test_a_markdown_table_of_terms_gives_its_rows_without_pipes_or_header() -> None:
    found = glossary_of_text(TABLE)
    assert found is not None
    assert found.entries == (
        GlossaryEntry("海绵城市", ("sponge city",)),
        GlossaryEntry("垃圾分类", ("waste sorting",)),
        GlossaryEntry("夜间经济", ("night-time economy",)),
    )
    assert found.notes == ()


def test_a_titled_table_with_a_pinyin_column_keeps_the_reading_apart() -> None:
    text = (
        "# 生词表\n\n| 中文 | 拼音 | English |\n|:---|:---:|---|\n"
        "| 海绵城市 | hǎimián chéngshì | sponge city |\n"
        "| 垃圾分类 | lājī fēnlèi | waste sorting |\n"
    )
    found = glossary_of_text(text)
    assert found is not None
    assert found.entries == (
        GlossaryEntry("海绵城市", ("sponge city",), pinyin="hǎimián chéngshì"),
        GlossaryEntry("垃圾分类", ("waste sorting",), pinyin="lājī fēnlèi"),
    )


def test_a_line_outside_the_table_is_reported_not_lost_silently() -> None:
    found = glossary_of_text(TABLE + "\n➤新词新语➤网络流行语\n")
    assert found is not None
    assert [e.chinese for e in found.entries] == ["海绵城市", "垃圾分类", "夜间经济"]
    assert found.notes == (
        "Left out 1 line outside the table, e.g. line 7: '➤新词新语➤网络流行语'.",
    )


def test_a_table_of_sentences_is_no_glossary() -> None:
    text = (
        "| 中文 | English |\n|---|---|\n"
        "| 河边种满了柳树。 | Willows line the river. |\n"
        "| 桥下有一条小船。 | There is a small boat under the bridge. |\n"
    )
    assert glossary_of_text(text) is None


def test_a_tabbed_table_of_chinese_sentences_is_no_glossary() -> None:
    text = (
        "河边种满了柳树。\tWillows line the river\n"
        "桥下有一条小船。\tA small boat is under the bridge\n"
    )
    assert glossary_of_text(text) is None


def test_notes_with_a_sentence_around_a_small_table_are_a_text() -> None:
    text = (
        "| 中文 | English |\n|---|---|\n| 柳树 | willow |\n"
        "注：柳树喜欢水。\nNote: willows like water.\n"
    )
    assert glossary_of_text(text) is None


def test_a_note_in_one_language_under_the_table_is_reported() -> None:
    found = glossary_of_text(TABLE + "注：以上词语选自课文。\n")
    assert found is not None
    assert [e.chinese for e in found.entries] == ["海绵城市", "垃圾分类", "夜间经济"]
    assert found.notes == (
        "Left out 1 line outside the table, e.g. line 6: '注：以上词语选自课文。'.",
    )


def test_a_line_with_edge_pipes_keeps_them_out_of_its_terms() -> None:
    found = glossary_of_text("| 海绵城市 | sponge city |\n| 垃圾分类 | waste sorting |\n")
    assert found is not None
    assert found.entries == (
        GlossaryEntry("海绵城市", ("sponge city",)),
        GlossaryEntry("垃圾分类", ("waste sorting",)),
    )
