"""Card files as text: every encoding a glossary comes in, and a plain error for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading import read_cards
from duiyi.anki.reading.common import (
    clean_text,
    decode,
    has_han,
    has_latin,
    looks_like_pinyin,
    merge_cards,
    split_renderings,
)
from duiyi.errors import EncodingError, InvalidInput, NotFound, UnsupportedFormat

GLOSSARY = "中文\tEnglish\n数字鸿沟\tdigital divide\n网络空间\tcyberspace; cyber space\n"


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8", "utf-8-sig", "gb18030"]
)
def test_every_encoding_of_a_card_file_reads_the_same(encoding: str) -> None:
    data = GLOSSARY.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with the byte-order mark Excel writes
        data = "\ufeff".encode(encoding) + data
    assert decode(data, "terms.txt") == GLOSSARY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_glossary_from_excel_is_imported(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes("\ufeff".encode(encoding) + GLOSSARY.encode(encoding))
    cards = read_cards(path)
    assert [(c.chinese, c.english) for c in cards] == [
        ("数字鸿沟", ("digital divide",)),
        ("网络空间", ("cyberspace", "cyber space")),
    ]


def test_broken_text_gets_a_plain_error_naming_the_file(tmp_path: Path) -> None:
    # A byte-order mark, then half a character: not UTF-16 after all.
    with pytest.raises(EncodingError) as caught:
        decode(b"\xff\xfe\x70\x65\x00", "terms.txt")
    assert str(caught.value) == "terms.txt is not valid UTF-16 text."
    with pytest.raises(UnsupportedFormat) as binary:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.csv")
    assert str(binary.value) == "picture.csv is not a text file of cards (it holds binary data)."
    with pytest.raises(EncodingError) as neither:
        decode("数字鸿沟,digital divide\n".encode("gb18030") + b"\x80\xff\x81", "terms.csv")
    assert str(neither.value) == "terms.csv is neither UTF-8 nor GB18030 text."
    missing = tmp_path / "missing.csv"
    with pytest.raises(NotFound) as absent:
        read_cards(missing)
    assert str(absent.value) == f"{missing} does not exist."
    folder = tmp_path / "cards"
    folder.mkdir()
    with pytest.raises(InvalidInput) as not_a_file:
        read_cards(folder)
    assert str(not_a_file.value) == f"{folder} is a folder, not a file; Duiyi reads only files."


def test_a_file_without_chinese_terms_says_so(tmp_path: Path) -> None:
    path = tmp_path / "english.csv"
    path.write_text("chinese,english\n,world\n ,peace\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read_cards(path)
    assert str(caught.value) == (
        "english.csv holds no Chinese terms to import. "
        "Skipped 2 rows without Chinese characters, e.g. line 2: 'world'."
    )


def test_repeated_terms_are_merged_in_file_order() -> None:
    cards = [
        ImportedCard(chinese="网络", english=("network",), tags=("a",), guid="g1"),
        ImportedCard(chinese="", english=("no term",)),
        ImportedCard(chinese="数字", english=("digital",)),
        ImportedCard(
            chinese="网络",
            english=("internet", "network"),
            pinyin="wǎngluò",
            notes="n",
            tags=("b",),
        ),
    ]
    merged = merge_cards(cards, "terms.csv")
    assert merged == [
        ImportedCard(
            chinese="网络",
            english=("network", "internet"),
            pinyin="wǎngluò",
            notes="n",
            tags=("a", "b"),
            guid="g1",
        ),
        ImportedCard(chinese="数字", english=("digital",)),
    ]
    with pytest.raises(InvalidInput) as caught:
        merge_cards([ImportedCard(chinese="", english=("x",))], "terms.csv")
    assert str(caught.value) == "terms.csv holds no Chinese terms to import."


def test_telling_han_latin_and_pinyin_apart() -> None:
    assert (has_han("〇"), has_han("𠀀"), has_han("abc"), has_han("ｶﾅ")) == (
        True,
        True,
        False,
        False,
    )
    assert (has_latin("数字 x"), has_latin("数字 ü")) == (True, False)
    assert looks_like_pinyin("ni3 hao3")
    assert looks_like_pinyin("wǎngluò kōngjiān")
    assert looks_like_pinyin("lüe4")
    assert not looks_like_pinyin("ni hao")  # no tone: could be English
    assert not looks_like_pinyin("digital divide 3")
    assert not looks_like_pinyin("   ")
    assert clean_text("  \ue000数字\ue001   鸿沟 ") == "数字 鸿沟"
    assert split_renderings("digital divide；digital gap; ;\ue002bridge") == (
        "digital divide",
        "digital gap",
        "bridge",
    )
