"""Where the program's own files live (icons, styles, translations, the bundled sample)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def resources_dir() -> Path:
    """The resources/ folder: inside the bundle when frozen, desktop/resources/ when installed
    from the wheel (pyproject maps it there), beside the packages in a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    desktop = Path(__file__).resolve().parents[1]
    installed = desktop / "resources"
    if installed.is_dir():
        return installed
    return desktop.parent / "resources"


def sample_files() -> list[Path]:
    """The bundled sample texts, if any."""
    folder = resources_dir() / "samples"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in {".txt", ".md"})


@cache
def icon(name: str, color: str = "#5b6b7f") -> QIcon:
    """An SVG icon from resources/icons, recoloured for the theme; sharp at any scale."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("#5b6b7f", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application icon."""
    return icon("duiyi")
