"""Paragraph pairing beyond the seed: split translations, mixed lines, headings, numbering."""

from __future__ import annotations

from duiyi.align.numbering import looks_like_heading, numbering_prefix, strip_numbering
from duiyi.align.paragraphs import detect_layout, to_units
from duiyi.document import SourceText, TextBlock
from duiyi.pipeline import align_source


def _source(lines: list[str]) -> SourceText:
    return SourceText("t.txt", "txt", "utf-8", tuple(TextBlock(line) for line in lines))


def _tops(lines: list[str]) -> list[tuple[str, str]]:
    doc = align_source(_source(lines))
    return [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]


def test_an_english_translation_split_in_two_paragraphs_is_joined(
    seed_pairs: list[tuple[str, str]],
) -> None:
    zh, en = seed_pairs[3]
    cut = en.index("Explorations should also")
    lines = [*seed_pairs[2], zh, en[:cut].strip(), en[cut:], *seed_pairs[4]]
    assert _tops(lines) == [seed_pairs[2], (zh, en), seed_pairs[4]]


def test_a_line_with_chinese_then_its_english_is_split() -> None:
    units = to_units([TextBlock("三、实践路径 Path to Realization")])
    assert [(u.lang, u.text) for u in units] == [
        ("zh", "三、实践路径"),
        ("en", "Path to Realization"),
    ]
    # English in brackets inside a Chinese sentence is not a translation of its own.
    units = to_units([TextBlock("我们提出了“一带一路”倡议（Belt and Road Initiative）。")])
    assert len(units) == 1 and units[0].lang == "zh"


def test_headings_and_numbering() -> None:
    assert numbering_prefix("三、实践路径") == "三、"
    assert numbering_prefix("（一）总体要求") == "（一）"
    assert numbering_prefix("1.加快全球网络") == "1."
    assert numbering_prefix("1. Accelerating") == "1. "
    assert numbering_prefix("3.5%的增长") == ""
    assert numbering_prefix("2030年") == ""
    assert strip_numbering("第三章 治理") == "治理"
    assert looks_like_heading("四、治理架构", "zh")
    assert not looks_like_heading("政府是主要行为体。", "zh")
    assert looks_like_heading("Governance Framework", "en")
    assert not looks_like_heading("Governments play a role.", "en")


def test_layouts_are_told_apart() -> None:
    zh = ["第一段中文。第二句。", "第二段中文。还有一句。", "第三段。最后一句。"]
    en = ["First. Second.", "Second paragraph. One more.", "Third. Last one."]
    interleaved = [line for pair in zip(zh, en, strict=True) for line in pair]
    assert detect_layout(to_units([TextBlock(t) for t in interleaved]), "txt") == (
        "paragraph-interleaved"
    )
    assert detect_layout(to_units([TextBlock(t) for t in zh + en]), "txt") == "zh-then-en"
    assert detect_layout(to_units([TextBlock(t) for t in en + zh]), "txt") == "en-then-zh"


def test_english_first_documents_pair_each_english_with_the_chinese_after_it() -> None:
    lines = [
        "The digital economy grows fast.",
        "数字经济发展很快。",
        "We must protect data in 2030.",
        "我们必须在2030年保护数据。",
    ]
    assert _tops(lines) == [(lines[1], lines[0]), (lines[3], lines[2])]


def test_every_pair_has_a_score_between_zero_and_one(seed_pairs: list[tuple[str, str]]) -> None:
    lines = [line for pair in seed_pairs for line in pair]
    doc = align_source(_source(lines))
    assert all(0.0 <= p.score <= 1.0 for p in doc.pairs)
    assert sum(p.score for p in doc.pairs) / len(doc.pairs) > 0.7


def test_an_english_note_without_chinese_stays_unpaired(
    seed_pairs: list[tuple[str, str]],
) -> None:
    note = (
        "Translator's note: this paragraph was added by the editors of this study edition "
        "and has no Chinese original at all."
    )
    lines = [line for pair in seed_pairs[:5] for line in pair]
    lines += [note] + [line for pair in seed_pairs[5:] for line in pair]
    assert _tops(lines) == [*seed_pairs[:5], ("", note), *seed_pairs[5:]]


def test_a_missing_english_paragraph_in_a_chinese_then_english_text(
    seed_pairs: list[tuple[str, str]],
) -> None:
    zh = [z for z, _ in seed_pairs]
    en = [e for n, (_, e) in enumerate(seed_pairs) if n != 9]
    expected = [(z, "" if n == 9 else e) for n, (z, e) in enumerate(seed_pairs)]
    assert _tops(zh + en) == expected


def test_a_date_heading_is_a_pair_of_its_own_not_part_of_the_chinese() -> None:
    lines = [
        "2023-5-8",
        "梅沙港是华南物流网络的关键一环。",
        "Meisha Port is a vital link in the South China logistics network.",
        "2023-5-9",
        "潜入深海历来是沿海居民的梦想。",
        "Coastal people dreamt for centuries of diving into the deep sea.",
    ]
    doc = align_source(_source(lines))
    assert [(p.kind, p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("heading", "2023-5-8", "2023-5-8"),
        ("paragraph", lines[1], lines[2]),
        ("heading", "2023-5-9", "2023-5-9"),
        ("paragraph", lines[4], lines[5]),
    ]
    # A date names no document: the title is the file's.
    assert doc.title == "t"


def test_bare_numbering_on_its_own_line_stays_with_its_paragraph() -> None:
    units = to_units([TextBlock("1."), TextBlock("加快建设。"), TextBlock("12"), TextBlock("Go.")])
    assert [(u.text, u.lead) for u in units] == [("1. 加快建设。", ""), ("12 Go.", "")]


def test_a_long_neutral_block_ends_the_text_before_it_and_a_last_one_joins_the_end() -> None:
    blocks = ["第一段。", "First.", "第二段。", "1234567890 1234567890 12345", "Second."]
    assert [(u.lang, u.text) for u in to_units([TextBlock(t) for t in blocks])] == [
        ("zh", "第一段。"),
        ("en", "First."),
        ("zh", "第二段。1234567890 1234567890 12345"),
        ("en", "Second."),
    ]
    blocks = ["第一段。", "First.", "第二段。", "12"]
    assert [(u.lang, u.text) for u in to_units([TextBlock(t) for t in blocks])] == [
        ("zh", "第一段。"),
        ("en", "First."),
        ("zh", "第二段。 12"),
    ]
