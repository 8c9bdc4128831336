"""Hostile files are refused by name before they cost time or memory: zip bombs in .docx,
table lines of millions of cells, devices and named pipes. (bench/limits.py times them.)"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest

from duiyi.errors import DuiyiError, InvalidInput, UnsupportedFormat
from duiyi.read import read_file
from duiyi.read.files import MAX_CELLS_PER_ROW

MB = 1024 * 1024
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _padded(archive: zipfile.ZipFile, name: str, megabytes: int) -> None:
    filler = b"<!-- padding -->" if name.endswith(".xml") else bytes(16)
    with archive.open(name, "w", force_zip64=True) as out:
        for _ in range(megabytes):
            out.write(filler * (MB // len(filler)))


def _bomb(path: Path, members: dict[str, int]) -> Path:
    """A .docx-shaped zip whose members unpack to the given whole megabytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, megabytes in members.items():
            _padded(archive, name, megabytes)
    return path


def test_docx_whose_xml_unpacks_past_the_cap_is_refused(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.docx", {"[Content_Types].xml": 0, "word/document.xml": 40})
    assert path.stat().st_size < MB
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert str(caught.value).startswith("bomb.docx unpacks to 40.0 MB of text and markup; ")
    assert str(caught.value).endswith(
        "Duiyi opens Word files with up to 32.0 MB of it (a zip bomb?)."
    )


def test_docx_with_too_much_unpacked_media_is_refused(tmp_path: Path) -> None:
    members = {"[Content_Types].xml": 0, "word/document.xml": 1, "word/media/image1.bmp": 130}
    path = _bomb(tmp_path / "photos.docx", members)
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert str(caught.value).startswith("photos.docx unpacks to 131.0 MB; ")
    assert str(caught.value).endswith("Duiyi opens Word files up to 128.0 MB unpacked.")


def test_docx_with_a_few_mb_of_xml_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "long.docx"
    document = docx.Document()
    lines = ["数字鸿沟正在扩大。", "The digital divide is widening."]
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        _padded(archive, "customXml/item9.xml", 8)
    assert [block.text for block in read_file(path).blocks] == lines


@pytest.mark.parametrize("separator", [",", "\t", ";"])
def test_table_line_with_too_many_cells_is_refused(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "wide.csv"
    lines = ["中文,English", "数字鸿沟,digital divide", separator.join(["a"] * 1_001)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read_file(path)
    assert str(caught.value) == (
        "wide.csv: line 3 has over 1,000 cells; Duiyi reads tables of up to 1,000 columns."
    )


def test_table_line_of_exactly_the_cap_is_not_refused_as_wide(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    cells = ["数字鸿沟", "digital divide"] + ["x"] * (MAX_CELLS_PER_ROW - 2)
    path.write_text(",".join(cells) + "\n" + "网络空间,cyberspace\n", encoding="utf-8")
    try:
        read_file(path)
    except DuiyiError as error:
        assert "cells" not in str(error)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_device_is_refused_unread(tmp_path: Path, device: str) -> None:
    link = tmp_path / "notes.txt"
    link.symlink_to(device)
    for path in (Path(device), link):
        with pytest.raises(InvalidInput) as caught:
            read_file(path)
        assert str(caught.value) == f"{path} is a device, not a file; Duiyi reads only files."


def test_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput) as caught:
        read_file(fifo)
    assert str(caught.value) == f"{fifo} is a named pipe, not a file; Duiyi reads only files."
