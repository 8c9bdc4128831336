"""PDFs written by Qt: the same paragraphs as the text they were made from, with pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.read import read_file
from tests.core.read.conftest import write_qt_pdf


def test_qt_pdf_of_the_seed_gives_the_seed_paragraphs(
    tmp_path: Path, qapp: object, seed_text: str, seed_lines: list[str]
) -> None:
    source = read_file(write_qt_pdf(tmp_path / "seed.pdf", seed_text))
    assert source.format == "pdf"
    numbers = [block for block in source.blocks if block.text.isdigit()]
    text_blocks = [block.text for block in source.blocks if not block.text.isdigit()]
    assert text_blocks == seed_lines
    assert [block.text for block in numbers] == [str(n) for n in range(1, len(numbers) + 1)]
    assert len(numbers) >= 2
    assert all(block.page for block in source.blocks)
    assert source.blocks[0].page == 1
    assert source.blocks[-1].page == len(numbers)


def test_wrapped_lines_join_by_language(tmp_path: Path, qapp: object) -> None:
    chinese = "网络空间命运共同体" * 12 + "。"
    english = "a community with a shared future in cyberspace " * 6 + "ends here."
    text = f"{chinese}\n{english}\n短句。\nShort line."
    source = read_file(write_qt_pdf(tmp_path / "wrap.pdf", text))
    assert [block.text for block in source.blocks if not block.text.isdigit()] == [
        chinese,
        english,
        "短句。",
        "Short line.",
    ]


def test_password_protected_pdf(tmp_path: Path, qapp: object) -> None:
    from pypdf import PdfReader, PdfWriter

    from duiyi.errors import UnsupportedFormat

    plain = write_qt_pdf(tmp_path / "plain.pdf", "数字鸿沟\ndigital divide")
    locked = PdfWriter(clone_from=PdfReader(plain))
    locked.encrypt("secret", algorithm="RC4-128")
    locked.write(tmp_path / "locked.pdf")
    with pytest.raises(UnsupportedFormat, match=r"locked\.pdf is a password-protected PDF"):
        read_file(tmp_path / "locked.pdf")
    # Encrypted with an empty user password (only printing or copying restricted): readable.
    open_ = PdfWriter(clone_from=PdfReader(plain))
    open_.encrypt("", owner_password="owner", algorithm="RC4-128")
    open_.write(tmp_path / "restricted.pdf")
    texts = [b.text for b in read_file(tmp_path / "restricted.pdf").blocks if not b.text.isdigit()]
    assert texts == ["数字鸿沟", "digital divide"]
