"""The whole text pipeline: bad input gives one plain DuiyiError naming the file; any text ends
in an AlignedDocument or a DuiyiError; titles, hashes, glossaries and conversion."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiyi.document import AlignedDocument, SourceText, TextBlock
from duiyi.errors import Cancelled, DuiyiError, EncodingError, InvalidInput, UnsupportedFormat
from duiyi.pipeline import align_pasted, align_source, read_and_align
from duiyi.progress import CancelToken

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _blank_pdf(path: Path) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawRect(100, 100, 2000, 2000)
    painter.end()


def _huge(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)


BAD_INPUTS: list[tuple[str, Callable[[Path], None], type[DuiyiError], str]] = [
    ("empty.txt", lambda p: p.write_bytes(b""), InvalidInput, r"empty\.txt is empty"),
    (
        "picture.txt",
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        UnsupportedFormat,
        r"picture\.txt is a binary file",
    ),
    (
        "english.txt",
        lambda p: p.write_text("Only English.\nNothing else here.\n", encoding="utf-8"),
        InvalidInput,
        r"english\.txt has only one language: no Chinese",
    ),
    (
        "chinese.txt",
        lambda p: p.write_text("只有中文。\n没有英文。\n", encoding="utf-8"),
        InvalidInput,
        r"chinese\.txt has only one language: no English",
    ),
    (
        "odd.txt",
        lambda p: p.write_bytes(b"abc \x81" + b"\xff\xff\xff\x81\x8d\x8f\x90\x9d\xff" * 3),
        EncodingError,
        r"odd\.txt is not in any encoding",
    ),
    (
        "broken.tmx",
        lambda p: p.write_bytes(b'<?xml version="1.0"?>\n<tmx version="1.4"><body><tu>\n'),
        UnsupportedFormat,
        r"broken\.tmx is not well-formed XML",
    ),
    ("scan.pdf", _blank_pdf, UnsupportedFormat, r"scan\.pdf: this PDF has no text layer"),
    ("huge.txt", _huge, InvalidInput, r"huge\.txt is 60\.0 MB"),
    (
        "links.txt",
        lambda p: p.write_text("https://example.com/a\nhttps://example.com/b\n", encoding="utf-8"),
        InvalidInput,
        r"Nothing is left of links\.txt",
    ),
]


@pytest.mark.parametrize(
    ("name", "write", "error", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_bad_input_is_one_plain_error(
    qapp: object,
    tmp_path: Path,
    name: str,
    write: Callable[[Path], None],
    error: type[DuiyiError],
    message: str,
) -> None:
    path = tmp_path / name
    write(path)
    with pytest.raises(error, match=message):
        read_and_align(path)


def test_a_wrong_encoding_names_the_file_and_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("数字鸿沟\nthe digital divide\n".encode("gb18030"))
    with pytest.raises(EncodingError, match=r"gbk\.txt cannot be decoded as utf-8.*--encoding"):
        read_and_align(path, encoding="utf-8")
    assert read_and_align(path, encoding="gb18030").encoding == "gb18030"


def test_the_title_is_the_first_heading_or_the_file_name(tmp_path: Path, seed_path: Path) -> None:
    assert read_and_align(seed_path).title == "三、实践路径"
    assert read_and_align(seed_path, title="Mine").title == "Mine"
    path = tmp_path / "notes.txt"
    path.write_text("我们要发展数字经济。\nWe should grow the digital economy.\n", encoding="utf-8")
    assert read_and_align(path).title == "notes"


def test_the_same_content_has_the_same_hash_in_any_format(tmp_path: Path, seed_path: Path) -> None:
    document = docx.Document()
    for line in seed_path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "seed.docx"
    document.save(str(path))
    from_txt = read_and_align(seed_path)
    assert len(from_txt.content_hash) == 64
    assert read_and_align(path).content_hash == from_txt.content_hash
    edited = tmp_path / "edited.txt"
    edited.write_text(seed_path.read_text(encoding="utf-8").replace("加快", "加速"), "utf-8")
    assert read_and_align(edited).content_hash != from_txt.content_hash


def test_pasted_text_and_traditional_characters() -> None:
    doc = align_pasted("數字經濟發展很快。\nThe digital economy grows fast.", to_simplified=True)
    assert doc.pairs[0].zh == "数字经济发展很快。"
    assert doc.format == "pasted"
    assert any("simplified" in note for note in doc.notes)
    kept = align_pasted("數字經濟發展很快。\nThe digital economy grows fast.")
    assert kept.pairs[0].zh == "數字經濟發展很快。"


def test_a_glossary_passes_its_entries_through(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        "数字鸿沟：digital divide\n网络主权：cyber sovereignty\n互联互通：connectivity\n",
        encoding="utf-8",
    )
    doc = read_and_align(path)
    assert doc.layout == "glossary"
    assert doc.pairs == ()
    assert [(g.chinese, g.english[0]) for g in doc.glossary] == [
        ("数字鸿沟", "digital divide"),
        ("网络主权", "cyber sovereignty"),
        ("互联互通", "connectivity"),
    ]
    assert doc.content_hash


def test_progress_is_reported_and_cancel_stops(seed_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    read_and_align(seed_path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (14, 14)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        read_and_align(seed_path, cancel=cancel)


_CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_PIECES = st.one_of(
    st.text(_CHINESE, min_size=1, max_size=30),
    st.text(st.characters(codec="ascii"), max_size=40),
    st.sampled_from(["。", "，", "；", "！", "？", ".", "!", "? ", "\n", "\n\n", "三、", "1. "]),
    st.sampled_from(["https://www.en84.com/8034.html", "来源：新华社", "U.S.", "3.5", "- 2 -"]),
    st.text(max_size=10),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_pasted_text_ends_in_pairs_or_a_plain_error(text: str) -> None:
    try:
        doc = align_pasted(text)
    except DuiyiError as error:
        assert str(error)
        return
    assert isinstance(doc, AlignedDocument)
    assert doc.pairs or doc.glossary
    for index, pair in enumerate(doc.pairs):
        assert 0.0 <= pair.score <= 1.0
        if pair.kind == "sentence":
            assert pair.parent is not None and pair.parent < index
            assert doc.pairs[pair.parent].kind != "sentence"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            TextBlock,
            st.text(max_size=60),
            st.sampled_from([None, "zh", "en"]),
            st.one_of(st.none(), st.integers(0, 5)),
            st.one_of(st.none(), st.integers(1, 3)),
        ),
        max_size=20,
    )
)
def test_any_blocks_end_in_pairs_or_a_plain_error(blocks: list[TextBlock]) -> None:
    source = SourceText("fuzz.txt", "txt", "utf-8", tuple(blocks))
    try:
        doc = align_source(source)
    except DuiyiError:
        return
    assert all(0.0 <= p.score <= 1.0 for p in doc.pairs)


def test_the_report_names_unpaired_blocks_and_doubtful_pairs() -> None:
    from duiyi.pipeline import align_pasted

    text = (
        "中国坚持低碳发展，推动经济社会全面低碳转型。\n\n"
        "China pursues low-carbon growth and promotes a low-carbon transformation of the economy "
        "and society.\n\n本文由编辑部整理。\n\n"
        "今天的天气很好，我们和朋友一起去公园散步，然后在湖边喝茶聊天。\n\n"
        "The weather was fine yesterday and the committee approved the budget for the new "
        "station.\n"
    )
    document = align_pasted(text)
    assert document.notes == (
        "1 block has no translation and is kept unpaired: [2] '本文由编辑部整理。'.",
        "1 pair scores under 0.4 and may not be translations of each other; check them in "
        "the reader: [3] '今天的天气很好，我们和朋友一起去公园散步，然后…' / "
        "'The weather was fine ye…' (0.24).",
    )


CAPTIONS = """\
今天我们在海边看日出，这是一段难忘的旅程。
Today we watch the sunrise by the sea, an unforgettable journey

下午大家一起去市场买新鲜的水果。
In the afternoon everyone goes to the market for fresh fruit

最后我们在山顶拍了一张合影。
Finally we took a group photo on the hilltop
"""


def test_english_lines_without_full_stops_beside_chinese_are_its_translation() -> None:
    # Captions and slides end their English without a full stop: short lines, but one beside
    # every Chinese line, so they are the English side and not headings.
    document = align_pasted(CAPTIONS)
    assert document.layout == "sentence-interleaved"
    assert [(p.zh, p.en) for p in document.pairs if p.kind != "sentence"] == [
        (block.splitlines()[0], block.splitlines()[1]) for block in CAPTIONS.split("\n\n")
    ]


TITLED_PROSE = """\
Notes on the River Town

河边的小镇有三百年的历史，老街两旁都是木头房子。

每年春天，镇上的人都会在河边种下新的柳树。
"""


def test_an_english_title_over_chinese_prose_is_no_english_side() -> None:
    # One short English line over more Chinese blocks is a title, not their translation.
    with pytest.raises(InvalidInput) as refused:
        align_pasted(TITLED_PROSE)
    assert str(refused.value) == (
        "pasted text has only one language: no English text was found, and Duiyi needs "
        "Chinese with its English."
    )
