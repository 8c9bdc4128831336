"""Light, dark (really dark) or system look, and CJK fonts chosen per platform."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.gui.resources import resources_dir

CJK_FONTS = {
    "darwin": ["PingFang SC", "Hiragino Sans GB", "Heiti SC"],
    "win32": ["Microsoft YaHei UI", "Microsoft YaHei", "SimHei"],
    "linux": [
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Droid Sans Fallback",
    ],
}

ACCENT = "#c0392b"


def cjk_families() -> list[str]:
    """Installed CJK font families, the platform's best first."""
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    wanted = CJK_FONTS.get(platform, []) + [f for fs in CJK_FONTS.values() for f in fs]
    installed = set(QFontDatabase.families())
    seen: list[str] = []
    for family in wanted:
        if family in installed and family not in seen:
            seen.append(family)
    return seen


def content_font(point_size: int = 0, family: str = "") -> QFont:
    """The font for Chinese and English study text: the user's choice, else a CJK family."""
    font = QFont(QApplication.font())
    # The interface's Latin family first (CJK fonts often lack pinyin's tone letters like ǎ),
    # then the CJK families for the hanzi; a family the user chose comes before both.
    families = [family] if family else []
    families += [f for f in _resolved(font) if f not in families]
    families += [f for f in cjk_families() if f not in families]
    font.setFamilies(families)
    if point_size > 0:
        font.setPointSize(point_size)
    return font


def study_font(delta: int = 0) -> QFont:
    """The study text font from Settings (family and size), `delta` points larger or smaller."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    family = str(settings.value("look/font_family", "") or "")
    try:
        size = int(str(settings.value("look/font_size", 14)))
    except ValueError:
        size = 14
    return content_font(max(6, size + delta), family)


def apply_base_font() -> None:
    """Add the CJK family as a fallback to the interface font so hanzi never show as boxes."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    cjk = cjk_families()
    if cjk:
        font.setFamilies([*_resolved(font), *[f for f in cjk if f not in _resolved(font)]])
        app.setFont(font)


def _resolved(font: QFont) -> list[str]:
    """The real family behind a font (an alias such as "Sans Serif" in a family list makes Qt
    take later families even for Latin letters, and pinyin's ǎ then comes out blank)."""
    return [QFontInfo(font).family()]


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#16181d"), QColor("#1e2127"), QColor("#e6e6e6")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1b1e23"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, window)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7d838c"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#262a31"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b5b"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#a3362b"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#e8786b"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#33373f"))
    palette.setColor(QPalette.ColorRole.Dark, QColor("#0f1114"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7078"))
    return palette


def _light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f3ef"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2328"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#faf8f5"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ece9e4"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2328"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8f98"))
    return palette


def is_dark(choice: str) -> bool:
    """Whether `choice` (light/dark/system) means dark right now."""
    if choice == "dark":
        return True
    if choice == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(choice: str) -> bool:
    """Apply light, dark or the system's scheme to the whole application; returns dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    dark = is_dark(choice)
    app.setProperty("duiyi_dark", dark)  # before the palette: views redraw on its change
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette())
    qss_name = "dark.qss" if dark else "light.qss"
    qss = resources_dir() / "styles" / qss_name
    app.setStyleSheet(qss.read_text(encoding="utf-8") if qss.exists() else "")
    return dark


def icon_color() -> str:
    """The stroke colour for sidebar icons in the current theme."""
    app = QApplication.instance()
    return "#c9ced6" if app is not None and app.property("duiyi_dark") else "#5b6b7f"


def highlight_colors() -> tuple[str, str]:
    """Background colours for (known terms, candidates) in text, readable in either theme."""
    app = QApplication.instance()
    if app is not None and app.property("duiyi_dark"):
        return "#3b5e3b", "#6b5420"
    return "#d9f0d3", "#fbe7a8"
