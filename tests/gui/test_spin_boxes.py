"""Spin boxes (Settings: limits, retention, font size) show their up and down arrows in both
themes: the style sheets once hid them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox

from desktop.gui.theme import apply_theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_spin_boxes_draw_their_arrows(qtbot: Any, qapp: Any, theme: str) -> None:
    apply_theme(theme)
    try:
        spin = QSpinBox()
        spin.setRange(0, 99)
        spin.setValue(5)
        spin.resize(120, 32)
        qtbot.addWidget(spin)
        spin.show()
        qtbot.waitExposed(spin)
        image = spin.grab().toImage()
        base = spin.palette().color(QPalette.ColorRole.Base)
        option = QStyleOptionSpinBox()
        option.initFrom(spin)
        option.subControls = QStyle.SubControl.SC_All
        option.frame = True
        for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            rect = spin.style().subControlRect(
                QStyle.ComplexControl.CC_SpinBox, option, control, spin
            )
            centre = rect.center()
            # the arrow sits in the middle of its button: some ink there, not only background
            ink = [
                abs(
                    image.pixelColor(centre.x() + dx, centre.y() + dy).lightness()
                    - base.lightness()
                )
                for dx in (-2, -1, 0, 1, 2)
                for dy in (-2, -1, 0, 1, 2)
            ]
            assert max(ink) > 40, (theme, control)
    finally:
        apply_theme("light")
