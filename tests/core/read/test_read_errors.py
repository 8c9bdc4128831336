"""Bad input: each problem is a DuiyiError whose message names the file and the problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duiyi.errors import EncodingError, InvalidInput, NotFound, UnsupportedFormat
from duiyi.read import MAX_FILE_BYTES, read_file, read_pasted
from tests.core.read.conftest import write_blank_pdf


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"empty\.txt is empty"):
        read_file(_write(tmp_path, "empty.txt", b""))


def test_file_of_blank_lines(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"blank\.txt has no text"):
        read_file(_write(tmp_path, "blank.txt", b" \r\n\t\n\xe3\x80\x80\n"))


def test_empty_paste() -> None:
    with pytest.raises(InvalidInput, match="pasted text is empty"):
        read_pasted("  \n ")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"\x00\x01\x02\x03garbage\x00\xff\xfe\x00\x10" * 50,
        bytes(range(32)) * 20,
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnsupportedFormat, match=r"picture\.txt is a binary file"):
        read_file(_write(tmp_path, "picture.txt", data))


def test_undecodable_bytes_with_a_wrong_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "gbk.txt", "数字鸿沟".encode("gb18030"))
    with pytest.raises(EncodingError) as caught:
        read_file(path, encoding="utf-8")
    message = str(caught.value)
    assert "gbk.txt cannot be decoded as utf-8" in message
    assert "--encoding" in message
    assert "0xca" in message


def test_unknown_encoding_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "数字鸿沟".encode())
    with pytest.raises(EncodingError, match="'klingon' is not an encoding"):
        read_file(path, encoding="klingon")


def test_bytes_in_no_known_encoding(tmp_path: Path) -> None:
    # Bytes 0x80..0xff that no candidate decodes without control characters.
    data = b"abc \x81\x00"[:-1] + b"\xff\xff\xff\x81\x8d\x8f\x90\x9d\xff" * 3
    with pytest.raises(EncodingError, match=r"odd\.txt is not in any encoding .*--encoding"):
        read_file(_write(tmp_path, "odd.txt", data))


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    tmx = (
        b'<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="zh"><seg>x</tuv>\n'
    )
    with pytest.raises(UnsupportedFormat, match=r"broken\.tmx is not well-formed XML.*line 4"):
        read_file(_write(tmp_path, "broken.tmx", tmx))


def test_xml_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><body><tu>'
        b'<tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(UnsupportedFormat, match=r"bomb\.tmx uses XML features .* refuses"):
        read_file(_write(tmp_path, "bomb.tmx", bomb))


def test_pdf_without_text_layer(tmp_path: Path, qapp: object) -> None:
    path = write_blank_pdf(tmp_path / "scan.pdf")
    with pytest.raises(UnsupportedFormat, match=r"scan\.pdf: this PDF has no text layer"):
        read_file(path)


def test_pdf_name_on_other_content(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"notes\.pdf is not a PDF file"):
        read_file(_write(tmp_path, "notes.pdf", "数字鸿沟 digital divide".encode()))


def test_damaged_pdf(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"bad\.pdf is not a readable PDF"):
        read_file(_write(tmp_path, "bad.pdf", b"%PDF-1.4\n" + b"nonsense " * 50))


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: no time spent writing 60 MB
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(
        InvalidInput, match=r"huge\.txt is 60\.0 MB; Duiyi reads files up to 50\.0 MB"
    ):
        read_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"nothing\.txt does not exist"):
        read_file(tmp_path / "nothing.txt")


def test_folder(tmp_path: Path) -> None:
    os.mkdir(tmp_path / "folder.txt")
    with pytest.raises(InvalidInput, match=r"folder\.txt is a folder"):
        read_file(tmp_path / "folder.txt")


def test_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"does not read \.xyz files like notes\.xyz"):
        read_file(_write(tmp_path, "notes.xyz", "数字鸿沟".encode()))


def test_old_word_file(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    with pytest.raises(UnsupportedFormat, match=r"old\.doc is an old Word \.doc file"):
        read_file(_write(tmp_path, "old.doc", data))


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"fake\.docx is not a Word \.docx file"):
        read_file(_write(tmp_path, "fake.docx", "这不是Word文件".encode()))


def test_xml_that_is_neither_tmx_nor_xliff(tmp_path: Path) -> None:
    data = b'<?xml version="1.0"?><catalog><book>x</book></catalog>'
    with pytest.raises(UnsupportedFormat, match=r"books\.xml is XML but neither TMX nor XLIFF"):
        read_file(_write(tmp_path, "books.xml", data))


def test_rtf_under_any_name(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"notes\.txt is an RTF file: save it as \.docx"):
        read_file(_write(tmp_path, "notes.txt", b"{\\rtf1\\ansi \\b Hello}"))


def test_absurdly_nested_xml(tmp_path: Path) -> None:
    depth = 20000
    seg = "<hi>" * depth + "x" + "</hi>" * depth
    tmx = (
        f'<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>{seg}</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(UnsupportedFormat, match=r"deep\.tmx is nested too deeply"):
        read_file(_write(tmp_path, "deep.tmx", tmx.encode()))


def test_deeply_nested_page_still_reads(tmp_path: Path) -> None:
    depth = 600
    page = (
        "<html><body>" + "<div>" * depth + "<p>数字鸿沟</p><p>digital divide</p>" + "</div>" * depth
    )
    source = read_file(_write(tmp_path, "deep.html", page.encode()))
    assert [block.text for block in source.blocks] == ["数字鸿沟", "digital divide"]
