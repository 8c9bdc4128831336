"""Installer icons rendered from the one SVG (hicolor PNGs, .ico, .icns) and the MIME type of
.duiyi collections: real files written and read back."""

from __future__ import annotations

import fnmatch
import importlib.util
import struct
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from defusedxml import ElementTree
from PySide6.QtGui import QColor, QImage

from db import Collection
from desktop.crashlog import default_db_path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
MIME = PACKAGING / "org.duiyi.Duiyi.mime.xml"
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML = "{http://www.w3.org/XML/1998/namespace}"
PAPER = QColor("#fdf6ec")  # the pages of the icon


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> tuple[ModuleType, Path]:
    module = _make_icons()
    out = tmp_path_factory.mktemp("icons")
    module.make_icons(out)
    return module, out


def _is_paper(image: QImage, size: int) -> bool:
    # Inside the left page, below its text lines.
    pixel = image.pixelColor(size * 12 // 64, size * 46 // 64)
    return all(abs(a - b) <= 2 for a, b in zip(pixel.getRgb()[:3], PAPER.getRgb()[:3], strict=True))


def test_every_hicolor_size_is_drawn_from_the_svg(icons: tuple[ModuleType, Path]) -> None:
    module, out = icons
    folders = sorted(p.name for p in (out / "hicolor").iterdir())
    assert folders == sorted([f"{s}x{s}" for s in module.HICOLOR_SIZES] + ["scalable"])
    assert (out / "hicolor/scalable/apps/org.duiyi.Duiyi.svg").read_bytes() == (
        REPO / "resources/icons/duiyi.svg"
    ).read_bytes()
    for size in module.HICOLOR_SIZES:
        image = QImage(str(out / f"hicolor/{size}x{size}/apps/org.duiyi.Duiyi.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner stays transparent"
        if size >= 32:
            assert _is_paper(image, size), size


def test_the_ico_holds_each_windows_size_as_png(icons: tuple[ModuleType, Path]) -> None:
    module, out = icons
    data = (out / "duiyi.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(module.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = QImage.fromData(data[offset : offset + length], "PNG")
        assert (image.width(), image.height()) == ((width or 256), (height or 256))
        assert bits == 32
        sizes.append(image.width())
    assert sizes == list(module.ICO_SIZES)


def test_the_icns_holds_each_macos_size_as_png(icons: tuple[ModuleType, Path]) -> None:
    module, out = icons
    data = (out / "duiyi.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        (length,) = struct.unpack_from(">I", data, offset + 4)
        image = QImage.fromData(data[offset + 8 : offset + length], "PNG")
        found[kind] = image.width()
        assert image.height() == image.width()
        offset += length
    assert found == {kind: size for size, kind in module.ICNS_TYPES.items()}


def test_the_mime_type_names_collection_files() -> None:
    root = ElementTree.parse(MIME).getroot()
    assert root.tag == f"{NS}mime-info"
    (kind,) = root.findall(f"{NS}mime-type")
    assert kind.get("type") == "application/x-duiyi-collection"
    globs = [g.get("pattern") for g in kind.findall(f"{NS}glob")]
    assert globs == ["*.duiyi"]
    assert fnmatch.fnmatch(default_db_path().name, globs[0])
    icon = kind.find(f"{NS}icon")
    assert icon is not None and icon.get("name") == _make_icons().APP_ID
    comments = [c.text for c in kind.findall(f"{NS}comment") if c.get(f"{XML}lang") is None]
    assert comments == ["Duiyi collection"]


def test_a_collection_is_the_sqlite_file_the_mime_type_extends(tmp_path: Path) -> None:
    parent = ElementTree.parse(MIME).getroot().find(f"{NS}mime-type/{NS}sub-class-of")
    assert parent is not None and parent.get("type") == "application/vnd.sqlite3"
    path = tmp_path / "c.duiyi"
    Collection.open(path).close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
