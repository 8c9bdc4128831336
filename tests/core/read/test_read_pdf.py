"""PDFs written by Qt: the same paragraphs as the text they were made from, with pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiyi.errors import DuiyiError, UnsupportedFormat
from duiyi.read import read_file
from duiyi.read.pdf_pages import fuller_text
from tests.core.read.conftest import write_qt_pdf, write_type3_pdf


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


def _encrypted(plain: Path, path: Path, *, user: str, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user, owner_password="owner", algorithm=algorithm)
    writer.write(path)
    return path


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_pdf_with_only_an_owner_password_opens(
    tmp_path: Path, qapp: object, algorithm: str
) -> None:
    # Official PDFs restrict printing or copying with an owner password and an empty user one.
    plain = write_qt_pdf(tmp_path / "plain.pdf", "数字鸿沟\ndigital divide")
    restricted = _encrypted(plain, tmp_path / "restricted.pdf", user="", algorithm=algorithm)
    assert b"/Encrypt" in restricted.read_bytes()
    texts = [b.text for b in read_file(restricted).blocks if not b.text.isdigit()]
    assert texts == ["数字鸿沟", "digital divide"]


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_pdf_that_needs_a_password_is_refused_by_name(
    tmp_path: Path, qapp: object, algorithm: str
) -> None:
    plain = write_qt_pdf(tmp_path / "plain.pdf", "数字鸿沟\ndigital divide")
    locked = _encrypted(plain, tmp_path / "locked.pdf", user="secret", algorithm=algorithm)
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(locked)
    assert str(caught.value) == (
        "locked.pdf is a password-protected PDF; open it with its password in a PDF viewer, "
        "save a copy without the password, and import that copy."
    )


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_refused_by_name(tmp_path: Path, qapp: object, cut: float) -> None:
    data = write_qt_pdf(tmp_path / "whole.pdf", "数字鸿沟\ndigital divide").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(UnsupportedFormat, match=r"^cut\.pdf "):
        read_file(tmp_path / "cut.pdf")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spots=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=6))
def test_damaged_pdf_reads_or_fails_cleanly(
    tmp_path_factory: pytest.TempPathFactory, qapp: object, spots: list[tuple[float, bytes]]
) -> None:
    # Any exception pypdf raises on a damaged file must become one message naming the file.
    data = bytearray(_protected_pdf(tmp_path_factory))
    for where, junk in spots:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    path = tmp_path_factory.getbasetemp() / "damaged.pdf"
    path.write_bytes(bytes(data))
    try:
        source = read_file(path)
    except DuiyiError as error:
        assert str(error).startswith("damaged.pdf")
    else:
        assert source.blocks


_PROTECTED: list[bytes] = []


def _protected_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An AES-256 owner-protected PDF, made once per test session."""
    if not _PROTECTED:
        folder = tmp_path_factory.mktemp("protected")
        plain = write_qt_pdf(folder / "plain.pdf", "数字鸿沟\ndigital divide")
        path = _encrypted(plain, folder / "p.pdf", user="", algorithm="AES-256")
        _PROTECTED.append(path.read_bytes())
    return _PROTECTED[0]


def test_latex_type3_font_falls_back_to_plain_mode(tmp_path: Path) -> None:
    # Layout mode returns "" for this page (pypdf cannot measure the font); plain mode reads it.
    lines = ["Cyberspace governance needs shared rules, and", "the digital divide is widening."]
    source = read_file(write_type3_pdf(tmp_path / "latex.pdf", lines))
    assert [block.text for block in source.blocks] == [
        "Cyberspace governance needs shared rules, and the digital divide is widening."
    ]


def test_text_layout_mode_leaves_out_is_read_in_plain_mode(tmp_path: Path) -> None:
    # Layout mode reads the Helvetica heading but drops the Type3 lines below it.
    heading = "Chapter One: Rules for Cyberspace"
    lines = ["Cyberspace governance needs shared rules, and", "the digital divide is widening."]
    path = write_type3_pdf(tmp_path / "latex.pdf", lines, helvetica=(heading,))
    text = " ".join(block.text for block in read_file(path).blocks)
    assert text == f"{heading} {lines[0]} {lines[1]}"


def test_layout_text_is_kept_unless_plain_mode_finds_clearly_more() -> None:
    layout = "Cyberspace   governance\n\nneeds shared rules"
    assert fuller_text(layout, "Cyberspace governance needs shared rules") == layout
    assert fuller_text("", "Cyberspace governance") == "Cyberspace governance"
    # A tenth of the text lost (a font layout mode skipped): plain mode's text is taken.
    assert fuller_text("Cyberspace gvernance", "Cyberspace governance needs rules") == (
        "Cyberspace governance needs rules"
    )
