"""Study notes whose vocabulary lists outnumber their paragraphs, in every shape they come in:
the lists become term pairs, the passages are paired as text."""

from __future__ import annotations

from pathlib import Path

import docx

from duiyi.document import AlignedDocument
from duiyi.pipeline import read_and_align
from tests.library_passage import EN_1, EN_2, ZH_1, ZH_2, wrapped

WORDS = [("公共空间", "public space"), ("志愿者", "volunteer"), ("电子书", "electronic book")]
WORDS_2 = [("故事会", "story hour"), ("居民", "resident"), ("图书馆", "library")]


def _entries(document: AlignedDocument) -> list[tuple[str, str]]:
    return [(entry.chinese, entry.english[0]) for entry in document.glossary]


def _paragraphs(document: AlignedDocument) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in document.pairs if p.kind == "paragraph"]


def test_word_table_of_passages_and_more_term_rows_is_a_text(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for zh, en in [(ZH_1, EN_1), *WORDS, (ZH_2, EN_2), *WORDS_2]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = zh, en
    document.save(str(tmp_path / "notes.docx"))

    aligned = read_and_align(tmp_path / "notes.docx")

    assert _paragraphs(aligned) == [(ZH_1, EN_1), (ZH_2, EN_2)]
    assert _entries(aligned) == WORDS + WORDS_2


def test_word_paragraphs_with_bold_vocabulary_lists(tmp_path: Path) -> None:
    document = docx.Document()
    for zh, en, words in [(ZH_1, EN_1, WORDS), (ZH_2, EN_2, WORDS_2)]:
        document.add_paragraph(zh)
        document.add_paragraph(en)
        for term, rendering in words:
            paragraph = document.add_paragraph()
            paragraph.add_run(rendering).bold = True
            paragraph.add_run(" " + term)
    document.save(str(tmp_path / "notes.docx"))

    aligned = read_and_align(tmp_path / "notes.docx")

    assert _paragraphs(aligned) == [(ZH_1, EN_1), (ZH_2, EN_2)]
    assert _entries(aligned) == WORDS + WORDS_2


def test_gb18030_text_with_term_lines_in_runs(tmp_path: Path) -> None:
    lines = [ZH_1, EN_1, *(f"{zh} {en}" for zh, en in WORDS), ZH_2, EN_2]
    lines += [f"{en} {zh}" for zh, en in WORDS_2]
    (tmp_path / "notes.txt").write_bytes("\n\n".join(lines).encode("gb18030"))

    aligned = read_and_align(tmp_path / "notes.txt")

    assert _paragraphs(aligned) == [(ZH_1, EN_1), (ZH_2, EN_2)]
    assert _entries(aligned) == WORDS + WORDS_2


def test_web_page_vocabulary_in_strong_tags(tmp_path: Path) -> None:
    words = "".join(f"<p><strong>{en}</strong> {zh}</p>" for zh, en in WORDS)
    page = (
        f"<html><body><article><p>{ZH_1}</p><p>{EN_1}</p><h3>Vocabulary</h3>{words}"
        f"<p>{ZH_2}</p><p>{EN_2}</p></article></body></html>"
    )
    (tmp_path / "notes.html").write_text(page, encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.html")

    assert _paragraphs(aligned) == [(ZH_1, EN_1), (ZH_2, EN_2)]
    assert _entries(aligned) == WORDS


def test_a_lone_bilingual_heading_stays_a_heading(tmp_path: Path) -> None:
    lines = ["Reading Rooms 阅览室", EN_1, ZH_1, "Volunteers 志愿者", EN_2, ZH_2]
    (tmp_path / "notes.txt").write_text("\n\n".join(lines), encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.txt")

    assert _entries(aligned) == []
    assert [(p.zh, p.en) for p in aligned.pairs if p.kind == "heading"] == [
        ("阅览室", "Reading Rooms"),
        ("志愿者", "Volunteers"),
    ]


def test_a_style_sheet_with_chinese_comments_gives_no_terms(tmp_path: Path) -> None:
    # Style rules pasted without their <style> tags: no markup left for the cleaner to see.
    css = ["color: #333; /* 深色文字 */", "margin: 0 auto; /* 居中 */", "border: none; /* 无边 */"]
    lines = [ZH_1, EN_1, "\n".join(css), ZH_2, EN_2]
    (tmp_path / "notes.txt").write_text("\n\n".join(lines), encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.txt")

    assert _entries(aligned) == []


def test_two_files_keep_a_list_of_short_lower_case_items_apart(tmp_path: Path) -> None:
    zh = [ZH_1, ZH_2, *(term for term, _ in WORDS)]
    en = [EN_1, EN_2, *(rendering for _, rendering in WORDS)]
    (tmp_path / "zh.txt").write_text("\n\n".join(zh), encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n\n".join(en), encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    tops = [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"]
    assert tops == [(ZH_1, EN_1), (ZH_2, EN_2), *WORDS]
    assert _entries(aligned) == WORDS


def test_two_files_opening_with_a_table_of_contents_give_no_terms(tmp_path: Path) -> None:
    contents = [
        ("前言", "Preface"),
        ("馆藏与服务", "Collections and Services"),
        ("结语", "Conclusion"),
    ]
    zh = [*(term for term, _ in contents), ZH_1, ZH_2]
    en = [*(heading for _, heading in contents), EN_1, EN_2]
    (tmp_path / "zh.txt").write_text("\n\n".join(zh), encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n\n".join(en), encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind == "heading"] == contents
    assert _entries(aligned) == []


def test_two_files_join_an_english_sentence_a_page_break_cut(tmp_path: Path) -> None:
    # Wrapped at 50 columns as a PDF is; the page ends after the first line of the first paragraph.
    lines = [wrapped(text) for text in (EN_1, EN_2)]
    pages = [lines[0][0], "\n".join(lines[0][1:]), "\n".join(lines[1])]
    (tmp_path / "zh.txt").write_text(f"{ZH_1}\n\n{ZH_2}", encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n\n".join(pages), encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    tops = [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"]
    assert tops == [(ZH_1, EN_1), (ZH_2, EN_2)]


def test_english_first_by_sentence_with_a_term_list(tmp_path: Path) -> None:
    # Each block holds an English line and its Chinese line: prose is judged line by line.
    blocks = [f"{EN_1}\n{ZH_1}", f"{EN_2}\n{ZH_2}", *(f"{en} {zh}" for zh, en in WORDS)]
    (tmp_path / "notes.txt").write_text("\n\n".join(blocks), encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.txt")

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"] == [
        (ZH_1, EN_1),
        (ZH_2, EN_2),
    ]
    assert _entries(aligned) == WORDS


def test_a_glossary_with_an_introduction_in_both_languages(tmp_path: Path) -> None:
    # Renderings too long for a vocabulary list still count: the file is mostly term lines.
    terms = [
        ("数字鸿沟", "digital divide"),
        ("人才交流", "people-to-people exchanges"),
        ("网络空间命运共同体", "a community with a shared future in cyberspace for all of us"),
        ("互联互通", "connectivity"),
        ("共享平台", "shared platform"),
        ("普惠政策", "inclusive policies"),
    ]
    lines = [ZH_1, EN_1, *(f"{zh}：{en}" for zh, en in terms)]
    (tmp_path / "glossary.txt").write_text("\n".join(lines), encoding="utf-8")

    aligned = read_and_align(tmp_path / "glossary.txt")

    assert _paragraphs(aligned) == [(ZH_1, EN_1)]
    assert _entries(aligned) == terms


def test_a_sentence_after_a_chinese_word_in_a_mostly_glossary_file_stays_text(
    tmp_path: Path,
) -> None:
    # A paragraph opening with a Chinese word parses as a term line; it reads as a sentence.
    terms = [
        ("数字鸿沟", "digital divide"),
        ("人才交流", "people-to-people exchanges"),
        ("互联互通", "connectivity"),
        ("共享平台", "shared platform"),
        ("普惠政策", "inclusive policies"),
    ]
    sentence = "technology is now used widely in finance and in trade across the globe by firms."
    lines = [ZH_1, f"区块链 {sentence}", *(f"{zh}：{en}" for zh, en in terms)]
    (tmp_path / "glossary.txt").write_text("\n".join(lines), encoding="utf-8")

    aligned = read_and_align(tmp_path / "glossary.txt")

    assert _paragraphs(aligned) == [(ZH_1, sentence)]
    assert _entries(aligned) == terms


def test_notes_wrapped_at_a_lines_width_with_vocabulary_lists(tmp_path: Path) -> None:
    # No wrapped line is a paragraph by itself; the lines of one paragraph are judged together.
    blocks = []
    for zh, en, words in [(ZH_1, EN_1, WORDS), (ZH_2, EN_2, WORDS_2)]:
        blocks.append("\n".join(wrapped(zh)))
        blocks.append("\n".join(wrapped(en)))
        blocks.append("\n".join(f"{term} {rendering}" for term, rendering in words))
    (tmp_path / "notes.txt").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.txt")

    assert _paragraphs(aligned) == [(ZH_1, EN_1), (ZH_2, EN_2)]
    assert _entries(aligned) == WORDS + WORDS_2
