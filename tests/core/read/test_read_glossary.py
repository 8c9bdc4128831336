"""Glossaries: handout lines in every common shape, and CSV/TSV tables of terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.document import GlossaryEntry
from duiyi.read import read_file, read_pasted
from duiyi.read.glossary import parse_glossary_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("数字鸿沟 digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("数字鸿沟：digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("数字鸿沟:digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("数字鸿沟（digital divide）", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("数字鸿沟(digital divide)", GlossaryEntry("数字鸿沟", ("digital divide",))),
        (
            "数字鸿沟 [shùzì hónggōu]: digital divide / digital gap",
            GlossaryEntry("数字鸿沟", ("digital divide", "digital gap"), pinyin="shùzì hónggōu"),
        ),
        (
            "数字鸿沟 digital divide; digital gap",
            GlossaryEntry("数字鸿沟", ("digital divide", "digital gap")),
        ),
        ("数字鸿沟digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("1. 数字鸿沟 digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("（12）数字鸿沟 digital divide", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("5G网络 5G network", GlossaryEntry("5G网络", ("5G network",))),
        (
            "《巴黎协定》 the Paris Agreement",
            GlossaryEntry("《巴黎协定》", ("the Paris Agreement",)),
        ),
        (
            "数字鸿沟 digital divide（信息技术）",
            GlossaryEntry("数字鸿沟", ("digital divide",), notes="信息技术"),
        ),
    ],
)
def test_handout_shapes(line: str, expected: GlossaryEntry) -> None:
    assert parse_glossary_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "三、实践路径",
        "Path to Realization",
        "构建网络空间命运共同体应加强政府、国际组织的沟通与合作。文章源自英文巴士-https://www.en84.com/8034.html",
        "文章源自英文巴士-https://www.en84.com/8034.html",
        "词汇表 Glossary",
        "",
    ],
)
def test_lines_that_are_not_term_pairs(line: str) -> None:
    assert parse_glossary_line(line) is None


HANDOUT = """词汇表 Glossary
1. 数字鸿沟 digital divide
2. 网络空间命运共同体：a community with a shared future in cyberspace
3. 一带一路（the Belt and Road Initiative）
4. 互联互通 [hùlián hùtōng]: connectivity / interconnection
5. 人才交流people-to-people exchanges

请在课前复习。
"""


def test_a_txt_of_term_lines_is_a_glossary(tmp_path: Path) -> None:
    path = tmp_path / "week3.txt"
    path.write_text(HANDOUT, encoding="utf-8")
    source = read_file(path)
    assert source.format == "glossary"
    assert source.blocks == ()
    chinese = [entry.chinese for entry in source.glossary]
    assert chinese == ["数字鸿沟", "网络空间命运共同体", "一带一路", "互联互通", "人才交流"]
    assert source.glossary[3].english == ("connectivity", "interconnection")
    assert source.glossary[3].pinyin == "hùlián hùtōng"
    assert source.glossary[4].english == ("people-to-people exchanges",)


def test_pasted_terms_are_a_glossary_and_the_seed_is_not(seed_text: str) -> None:
    assert read_pasted(HANDOUT).format == "glossary"
    pasted = read_pasted(seed_text)
    assert pasted.format == "pasted"
    assert pasted.glossary == ()


def test_csv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        "中文,拼音,English,Notes\n"
        "数字鸿沟,shùzì hónggōu,digital divide / digital gap,IT\n"
        '一带一路,yī dài yī lù,"Belt and Road, the",\n',
        encoding="utf-8",
    )
    source = read_file(path)
    assert source.format == "glossary"
    assert source.glossary == (
        GlossaryEntry("数字鸿沟", ("digital divide", "digital gap"), "shùzì hónggōu", "IT"),
        GlossaryEntry("一带一路", ("Belt and Road, the",), "yī dài yī lù", ""),
    )


def test_tsv_without_header_finds_columns_by_script(tmp_path: Path) -> None:
    path = tmp_path / "terms.tsv"
    path.write_bytes(
        "digital divide\tshuzi honggou\t数字鸿沟\tnote one\n"
        "connectivity\thulian hutong\t互联互通\t\n"
        "cyberspace\twangluo kongjian\t网络空间\t\n".encode("gb18030")
    )
    source = read_file(path)
    assert source.encoding == "gb18030"
    assert source.glossary == (
        GlossaryEntry("数字鸿沟", ("digital divide",), "shuzi honggou", "note one"),
        GlossaryEntry("互联互通", ("connectivity",), "hulian hutong", ""),
        GlossaryEntry("网络空间", ("cyberspace",), "wangluo kongjian", ""),
    )


def test_csv_of_sentences_is_a_paired_table(tmp_path: Path, seed_lines: list[str]) -> None:
    import csv

    path = tmp_path / "pairs.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([seed_lines[3], seed_lines[5]])
        writer.writerow([seed_lines[7], seed_lines[9]])
    source = read_file(path)
    assert source.format == "csv"
    assert [(b.row, b.text) for b in source.blocks] == [
        (0, seed_lines[3]),
        (0, seed_lines[5]),
        (1, seed_lines[7]),
        (1, seed_lines[9]),
    ]


def test_csv_with_descriptive_header_and_a_number_column(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "No.,中文术语,English translation,备注\n"
        "1,数字鸿沟,digital divide,\n"
        "2,网络空间,cyberspace,常用\n",
        encoding="utf-8",
    )
    assert read_file(path).glossary == (
        GlossaryEntry("数字鸿沟", ("digital divide",)),
        GlossaryEntry("网络空间", ("cyberspace",), notes="常用"),
    )


def test_csv_without_header_ignores_a_number_column(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("1,数字鸿沟,digital divide\n2,网络空间,cyberspace\n", encoding="utf-8")
    assert read_file(path).glossary == (
        GlossaryEntry("数字鸿沟", ("digital divide",)),
        GlossaryEntry("网络空间", ("cyberspace",)),
    )
