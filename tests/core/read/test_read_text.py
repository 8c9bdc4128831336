"""Plain text and pasted text: encodings found and reported, one block per paragraph (the
lines between blank lines), every line kept."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from duiyi.document import TextBlock
from duiyi.read import read_file, read_pasted, read_two_files
from duiyi.script import block_language, to_traditional


def _lines(blocks: tuple[TextBlock, ...]) -> list[str]:
    return [line for block in blocks for line in block.text.split("\n")]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("prefix", "codec", "reported"),
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (b"", "gb18030", "gb18030"),
    ],
)
def test_seed_in_each_encoding_gives_its_lines(
    tmp_path: Path, seed_text: str, seed_lines: list[str], prefix: bytes, codec: str, reported: str
) -> None:
    path = _write(tmp_path, "seed.txt", prefix + seed_text.encode(codec))
    source = read_file(path)
    assert source.encoding == reported
    assert source.format == "txt"
    assert source.name == "seed.txt"
    assert _lines(source.blocks) == seed_lines
    assert not source.blocks[0].text.startswith("\ufeff")


def test_big5_traditional_text_is_read_as_it_is(tmp_path: Path, seed_lines: list[str]) -> None:
    chinese = [line for line in seed_lines if block_language(line) == "zh" and "en84" not in line]
    traditional = [to_traditional(line) for line in chinese]
    path = _write(tmp_path, "big5.txt", "\n".join(traditional).encode("big5", "replace"))
    source = read_file(path)
    assert source.encoding == "big5"
    expected = [line.encode("big5", "replace").decode("big5") for line in traditional]
    assert _lines(source.blocks) == expected
    assert "實踐路徑" in source.blocks[0].text


@pytest.mark.parametrize(
    "text", ["数字鸿沟", "网络空间命运共同体", "中文", "共建“一带一路”。", "资讯科技", "臺灣"]
)
@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_short_chinese_texts_find_their_encoding(tmp_path: Path, text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = to_traditional(text).encode(codec)
        text = to_traditional(text)
    source = read_file(_write(tmp_path, "short.txt", data))
    assert source.blocks[0].text == text
    assert source.encoding == codec


@pytest.mark.parametrize(
    "text",
    [
        # Hangul and CJK Extension A are four-byte sequences in GB18030; in a Western code page
        # the same bytes read as runs of accented letters ("º«ÓïÊÇ").
        "韩语是一种语言：한국어。Korean is a language.\n我们学习汉语和韩语。",
        "한국어 韩国语是朝鲜半岛的语言。\nKorean is spoken in Korea.",
        "生僻字䶮和㐀都在扩展区。\nRare characters are in the extension.",
    ],
)
def test_gb18030_with_four_byte_characters_is_not_read_as_cp1252(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, "four-byte.txt", text.encode("gb18030"))
    source = read_file(path)
    assert source.encoding == "gb18030"
    assert _lines(source.blocks) == text.splitlines()


def test_western_text_with_accented_letters_stays_cp1252(tmp_path: Path) -> None:
    text = "Café crème — naïve, déjà vu.\n«Bonjour», he said: ¿Qué? Straße."
    source = read_file(_write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert source.encoding == "cp1252"
    assert _lines(source.blocks) == text.splitlines()


def test_curly_quotes_in_windows_english(tmp_path: Path) -> None:
    text = "Governments’ role — “a shared future”.\nIt’s the UN’s job."
    source = read_file(_write(tmp_path, "en.txt", text.encode("cp1252")))
    assert source.encoding == "cp1252"
    assert _lines(source.blocks) == text.splitlines()


def test_encoding_override_wins(tmp_path: Path) -> None:
    path = _write(tmp_path, "gbk.txt", "构建网络空间命运共同体".encode("gbk"))
    assert read_file(path, encoding="gbk").blocks[0].text == "构建网络空间命运共同体"
    assert read_file(path, encoding="gbk").encoding == "gbk"
    latin = read_file(path, encoding="latin-1")
    assert latin.encoding == "latin-1"
    assert latin.blocks[0].text == "构建网络空间命运共同体".encode("gbk").decode("latin-1")


def test_newlines_of_every_kind_split_lines(tmp_path: Path) -> None:
    text = "一、总则\r\nGeneral Provisions\r二、目标\nObjectives\u2028三、措施\r\n\r\n\tMeasures  "
    data = text.encode()
    source = read_file(_write(tmp_path, "mixed.txt", data))
    assert _lines(source.blocks) == [
        "一、总则",
        "General Provisions",
        "二、目标",
        "Objectives",
        "三、措施",
        "Measures",
    ]


def test_text_is_kept_exactly_with_its_watermarks(tmp_path: Path, seed_path: Path) -> None:
    source = read_file(seed_path)
    assert sum(line.count("文章源自英文巴士") for line in _lines(source.blocks)) >= 10
    assert all(block.lang is None and block.row is None for block in source.blocks)


def test_pasted_text(seed_text: str, seed_lines: list[str]) -> None:
    source = read_pasted(seed_text)
    assert source.format == "pasted"
    assert source.name == "pasted text"
    assert source.encoding is None
    assert _lines(source.blocks) == seed_lines


def test_a_txt_that_is_really_a_web_page_is_read_as_html(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>T</title><script>var menu = 1;</script></head>"
        "<body><p>数字鸿沟</p><p>digital divide</p></body></html>"
    )
    source = read_file(_write(tmp_path, "saved.txt", page.encode()))
    assert source.format == "html"
    assert _lines(source.blocks) == ["数字鸿沟", "digital divide"]


def test_an_html_file_with_no_markup_is_read_as_text(tmp_path: Path) -> None:
    source = read_file(_write(tmp_path, "plain.html", "第一行\nSecond line\n".encode()))
    assert _lines(source.blocks) == ["第一行", "Second line"]


def test_two_files(tmp_path: Path, seed_lines: list[str]) -> None:
    chinese = [line for line in seed_lines if block_language(line) == "zh"]
    english = [line for line in seed_lines if block_language(line) == "en"]
    zh_path = _write(tmp_path, "zh.txt", "\n".join(chinese).encode("gb18030"))
    en_path = _write(tmp_path, "en.txt", "\n".join(english).encode("utf-8"))
    source = read_two_files(zh_path, en_path)
    assert source.format == "two-files"
    assert source.name == "zh.txt + en.txt"
    assert source.encoding == "zh: gb18030, en: utf-8"
    assert _lines(tuple(b for b in source.blocks if b.lang == "zh")) == chinese
    assert _lines(tuple(b for b in source.blocks if b.lang == "en")) == english
    assert {b.lang for b in source.blocks} == {"zh", "en"}
    swapped = read_two_files(en_path, zh_path)
    assert _lines(tuple(b for b in swapped.blocks if b.lang == "zh")) == chinese


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, seed_lines: list[str], codec: str) -> None:
    text = "\n".join(seed_lines[:6])
    source = read_file(_write(tmp_path, "nobom.txt", text.encode(codec)))
    assert source.encoding == codec
    assert _lines(source.blocks) == seed_lines[:6]


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path, seed_text: str) -> None:
    data = seed_text.encode("utf-8")
    cut = data.index("促进互联互通".encode())
    path = _write(tmp_path, "stray.txt", data[:cut] + b"\xff" + data[cut:])
    source = read_file(path)
    assert source.encoding == "utf-8 (1 broken byte replaced)"
    assert any("\ufffd促进互联互通" in block.text for block in source.blocks)


def test_utf8_cut_mid_character(tmp_path: Path) -> None:
    data = "第一行\n构建网络空间命运共同体".encode()[:-1]
    source = read_file(_write(tmp_path, "cut.txt", data))
    assert source.encoding == "utf-8 (cut short: its last character was incomplete)"
    assert _lines(source.blocks) == ["第一行", "构建网络空间命运共同"]


def test_a_text_that_mentions_tags_stays_text(tmp_path: Path) -> None:
    text = "换行用 <br> 标签。\nUse the <br> tag for a line break.\n"
    source = read_file(_write(tmp_path, "notes.txt", text.encode()))
    assert source.format == "txt"
    assert _lines(source.blocks) == text.splitlines()


def test_pasted_web_page_source() -> None:
    source = read_pasted("<html><body><nav><a href='/'>首页</a></nav><p>数字鸿沟</p></body></html>")
    assert source.format == "html"
    assert _lines(source.blocks) == ["数字鸿沟"]
