"""Every format made from the seed gives the seed's pairs: docx (paragraphs and a two-column
table), a PDF written by Qt, TMX, XLIFF, two files, GB18030, UTF-16, all Chinese then all
English, and sentence by sentence."""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
import pytest

from duiyi.document import AlignedDocument
from duiyi.pipeline import read_and_align


def _norm(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs with spacing evened out (a PDF's lines are joined again by the reader)."""
    return [(re.sub(r"\s+", "", zh), re.sub(r"\s+", " ", en).strip()) for zh, en in pairs]


def _tops(doc: AlignedDocument) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]


def _raw_lines(seed_path: Path) -> list[str]:
    return [line for line in seed_path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_docx_paragraphs_with_the_watermark(
    tmp_path: Path, seed_path: Path, seed_pairs: list[tuple[str, str]]
) -> None:
    document = docx.Document()
    for line in _raw_lines(seed_path):
        document.add_paragraph(line)
    path = tmp_path / "seed.docx"
    document.save(str(path))
    doc = read_and_align(path)
    assert _tops(doc) == seed_pairs
    assert doc.removed and doc.removed[0].count == 10
    assert doc.layout == "paragraph-interleaved"


def test_docx_two_column_table(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for zh, en in seed_pairs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = zh, en
    path = tmp_path / "table.docx"
    document.save(str(path))
    doc = read_and_align(path)
    assert doc.layout == "table"
    assert _tops(doc) == seed_pairs
    assert [p.kind for p in doc.pairs if p.kind != "sentence"].count("heading") == 2


def test_pdf_written_by_qt(qapp: object, tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    path = tmp_path / "seed.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    text = QTextDocument()
    text.setPlainText("\n".join(line for pair in seed_pairs for line in pair))
    text.print_(writer)
    doc = read_and_align(path)
    assert doc.format == "pdf"
    assert _norm(_tops(doc)) == _norm(seed_pairs)


def test_tmx(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    units = "".join(
        f'<tu><tuv xml:lang="zh-CN"><seg>{html.escape(zh)}</seg></tuv>'
        f'<tuv xml:lang="en-US"><seg>{html.escape(en)}</seg></tuv></tu>\n'
        for zh, en in seed_pairs
    )
    path = tmp_path / "seed.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" '
        'segtype="paragraph" datatype="plaintext" adminlang="en" o-tmf="test" '
        f'creationtool="test" creationtoolversion="1"/><body>\n{units}</body></tmx>',
        encoding="utf-8",
    )
    doc = read_and_align(path)
    assert doc.layout == "tmx"
    assert _tops(doc) == seed_pairs


def test_xliff(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    units = "".join(
        f'<trans-unit id="{n}"><source>{html.escape(zh)}</source>'
        f"<target>{html.escape(en)}</target></trans-unit>\n"
        for n, (zh, en) in enumerate(seed_pairs, 1)
    )
    path = tmp_path / "seed.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="seed.txt" source-language="zh-CN" target-language="en" '
        f'datatype="plaintext"><body>\n{units}</body></file></xliff>',
        encoding="utf-8",
    )
    doc = read_and_align(path)
    assert doc.layout == "xliff"
    assert _tops(doc) == seed_pairs


def test_two_files(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text("\n".join(z for z, _ in seed_pairs), encoding="utf-8")
    en.write_text("\n".join(e for _, e in seed_pairs), encoding="utf-8")
    doc = read_and_align(zh, en_path=en)
    assert doc.layout == "two-files"
    assert _tops(doc) == seed_pairs


@pytest.mark.parametrize(("encoding", "expected"), [("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_other_encodings(
    tmp_path: Path,
    seed_path: Path,
    seed_pairs: list[tuple[str, str]],
    encoding: str,
    expected: str,
) -> None:
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding))
    doc = read_and_align(path)
    assert _tops(doc) == seed_pairs
    assert doc.encoding is not None and doc.encoding.replace("_", "-").lower().startswith(expected)


def test_all_chinese_then_all_english(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    path = tmp_path / "blocks.txt"
    path.write_text(
        "\n".join([z for z, _ in seed_pairs] + [e for _, e in seed_pairs]), encoding="utf-8"
    )
    doc = read_and_align(path)
    assert doc.layout == "zh-then-en"
    assert _tops(doc) == seed_pairs


def test_sentence_by_sentence(tmp_path: Path, seed_document: AlignedDocument) -> None:
    sentence_pairs = [
        (p.zh, p.en)
        for p in seed_document.pairs
        if (p.kind == "sentence" and seed_document.pairs[p.parent or 0].kind == "paragraph")
        or p.kind == "heading"
    ]
    path = tmp_path / "sentences.txt"
    path.write_text("\n".join(line for pair in sentence_pairs for line in pair), encoding="utf-8")
    doc = read_and_align(path)
    assert doc.layout == "sentence-interleaved"
    assert _tops(doc) == sentence_pairs


def test_a_chinese_paragraph_without_translation_stays_unpaired(
    tmp_path: Path, seed_pairs: list[tuple[str, str]]
) -> None:
    lonely = "这一段中文没有英文翻译，只是编者加上的一句说明，不应当和任何英文段落配在一起。"
    lines = [line for pair in seed_pairs[:4] for line in pair]
    lines[4:4] = [lonely]
    lines += [line for pair in seed_pairs[4:] for line in pair]
    path = tmp_path / "lonely.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_and_align(path)
    expected = [*seed_pairs[:2], (lonely, ""), *seed_pairs[2:]]
    assert _tops(doc) == expected
    lone = next(p for p in doc.pairs if p.zh == lonely)
    assert lone.score == 0.0 and lone.unpaired
    assert any("no translation" in note for note in doc.notes)


def test_an_untranslated_paragraph_in_a_chinese_then_english_text(
    tmp_path: Path, seed_pairs: list[tuple[str, str]]
) -> None:
    lonely = "这一段中文没有英文翻译，只是编者加上的一句说明，不应当和任何英文段落配在一起。"
    zh = [z for z, _ in seed_pairs]
    zh.insert(7, lonely)
    path = tmp_path / "lonely-blocks.txt"
    path.write_text("\n".join(zh + [e for _, e in seed_pairs]), encoding="utf-8")
    doc = read_and_align(path)
    assert _tops(doc) == [*seed_pairs[:7], (lonely, ""), *seed_pairs[7:]]


def test_xliff_2(tmp_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    units = "".join(
        f'<unit id="u{n}"><segment><source>{html.escape(zh)}</source>'
        f"<target>{html.escape(en)}</target></segment></unit>\n"
        for n, (zh, en) in enumerate(seed_pairs, 1)
    )
    path = tmp_path / "seed2.xliff"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" '
        f'trgLang="en"><file id="f1">\n{units}</file></xliff>',
        encoding="utf-8",
    )
    doc = read_and_align(path)
    assert doc.layout == "xliff"
    assert _tops(doc) == seed_pairs


def test_saved_web_page(tmp_path: Path, seed_path: Path, seed_pairs: list[tuple[str, str]]) -> None:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in _raw_lines(seed_path))
    page = (
        "<!DOCTYPE html><html><head><title>Seed</title><script>var x = '中文 menu';</script>"
        "</head><body><nav><a href='/'>首页</a> <a href='/en'>Home</a></nav>"
        f"<article>{paragraphs}</article><!-- 评论 comment --></body></html>"
    )
    path = tmp_path / "seed.html"
    path.write_text(page, encoding="utf-8")
    doc = read_and_align(path)
    assert _tops(doc) == seed_pairs


def test_traditional_big5_converted_to_simplified(
    tmp_path: Path, seed_path: Path, seed_pairs: list[tuple[str, str]]
) -> None:
    from duiyi.script import to_simplified, to_traditional

    def through_big5(text: str) -> str:
        # A few characters OpenCC writes have no Big5 code; they come back as "?".
        return to_traditional(text).encode("big5", errors="replace").decode("big5")

    path = tmp_path / "seed-big5.txt"
    path.write_bytes(through_big5(seed_path.read_text(encoding="utf-8")).encode("big5"))
    doc = read_and_align(path, to_simplified=True)
    assert doc.encoding == "big5"
    assert _tops(doc) == [(to_simplified(through_big5(zh)), en) for zh, en in seed_pairs]
    # Only a handful of characters were lost on the way through Big5.
    assert sum(zh.count("?") for zh, _ in _tops(doc)) < 20


@pytest.mark.parametrize("shape", ["{zh} {en}", "{en} {zh}", "{zh}{en}"])
def test_each_pair_on_one_line(
    tmp_path: Path, seed_pairs: list[tuple[str, str]], shape: str
) -> None:
    path = tmp_path / "lines.txt"
    path.write_text(
        "\n".join(shape.format(zh=zh, en=en) for zh, en in seed_pairs), encoding="utf-8"
    )
    assert _tops(read_and_align(path)) == seed_pairs
