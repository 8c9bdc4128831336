"""Anki packages that unpack past the limits are refused while unpacking (zip/zstd bombs)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
import zstandard

from duiyi.anki.reading import package, read_cards
from duiyi.errors import InvalidInput, UnsupportedFormat

MB = 1024 * 1024


def _apkg(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
    return path


def test_zstd_bomb_is_refused_after_a_few_megabytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[int] = []
    real_copy = package._copy_limited

    def watched(source: object, packed: object, target: Path, name: str) -> None:
        try:
            real_copy(source, packed, target, name)
        finally:
            written.append(target.stat().st_size)

    monkeypatch.setattr(package, "_copy_limited", watched)
    bomb = zstandard.ZstdCompressor().compress(bytes(600 * MB))
    path = _apkg(tmp_path / "bomb.apkg", "collection.anki21b", bomb)
    with pytest.raises(UnsupportedFormat) as caught:
        read_cards(path)
    assert str(caught.value) == (
        "bomb.apkg unpacks to over 100 times its packed size, as a zip bomb does, not an Anki "
        "collection; it is not imported."
    )
    # Refused once 16 MB were out, not after hundreds of MB in the temp folder.
    assert written == [16 * MB]


def test_zstd_collection_over_the_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_COLLECTION_BYTES", 2 * MB)
    # Four random bits a byte: packs about 2:1, so only the size cap can refuse it.
    nibbles = bytes(range(16)) * 16
    packed = zstandard.ZstdCompressor().compress(os.urandom(3 * MB).translate(nibbles))
    path = _apkg(tmp_path / "big.apkg", "collection.anki21b", packed)
    with pytest.raises(UnsupportedFormat) as caught:
        read_cards(path)
    assert str(caught.value) == (
        "big.apkg unpacks to over 2 MB; Duiyi imports Anki packages whose collection is up to 2 MB."
    )


def test_declared_size_over_the_cap_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_COLLECTION_BYTES", 2 * MB)
    path = _apkg(tmp_path / "old.apkg", "collection.anki2", bytes(5 * MB))
    with pytest.raises(UnsupportedFormat) as caught:
        read_cards(path)
    assert str(caught.value) == (
        "old.apkg unpacks to 5 MB; Duiyi imports Anki packages whose collection is up to 2 MB."
    )


def test_card_file_that_is_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_cards(Path("/dev/zero"))
    assert str(caught.value) == "/dev/zero is a device, not a file; Duiyi reads only files."
