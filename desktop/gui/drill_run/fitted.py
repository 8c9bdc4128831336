"""Plain text drawn as large as its place allows, and a countdown bar: the parts a drill window
scales with its height, so a projector at 1024x768 shows the same layout as a laptop."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from desktop.gui.theme import content_font

_WRAP = int(Qt.TextFlag.TextWordWrap)
_ONE_LINE = int(Qt.TextFlag.TextSingleLine)
_ONE_LINE_SHARE = 0.8
"""A text stays on one line when that costs at most a fifth of its size."""
_SMALLEST_PX = 10
_MUTED_SHARE = 0.65


class FittedText(QWidget):
    """Plain text (never markup), centred and wrapped, in a font `share` of the window's height
    high, made smaller only as far as the text needs to fit inside the widget."""

    def __init__(
        self,
        share: float,
        *,
        role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
        bold: bool = False,
        muted: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.share = share
        self.role = role
        self.bold = bold
        self.muted = muted
        self.align = int(align) | int(Qt.AlignmentFlag.AlignHCenter)
        self._text = ""
        self._font = content_font()
        self._flags = self.align | _WRAP
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def text(self) -> str:
        """The text shown."""
        return self._text

    def setText(self, text: str) -> None:
        """Show `text` as typed."""
        self._text = text
        self.setAccessibleName(text)
        self._fit()
        self.update()

    def fitted_font(self) -> QFont:
        """The font the text is drawn in at the widget's present size."""
        return QFont(self._font)

    def text_bounds(self) -> QRect:
        """The rectangle the drawn text covers, in the widget's coordinates."""
        return QFontMetrics(self._font).boundingRect(self.rect(), self._flags, self._text)

    def sizeHint(self) -> QSize:
        return QSize(200, 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def refit(self) -> None:
        """Fit again after the window's height changed (the font follows it)."""
        self._fit()
        self.update()

    def colour(self) -> QColor:
        """The text's colour: its palette role, or for muted text (key hints) one between
        the text and the background that still reads on a projector in either theme."""
        palette = self.palette()
        colour = palette.color(self.role)
        if not self.muted:
            return colour
        back = palette.color(QPalette.ColorRole.Window)
        mix = _MUTED_SHARE
        return QColor.fromRgbF(
            colour.redF() * mix + back.redF() * (1 - mix),
            colour.greenF() * mix + back.greenF() * (1 - mix),
            colour.blueF() * mix + back.blueF() * (1 - mix),
        )

    def _fit(self) -> None:
        font = content_font()
        font.setBold(self.bold)
        start = max(_SMALLEST_PX, round(self.window().height() * self.share))
        wrapped = _largest(font, start, self.rect(), self.align | _WRAP, self._text)
        self._flags = self.align | _WRAP
        if "\n" not in self._text:
            # One line a little smaller reads better than a term broken over two lines
            # (网络空间命运共同 / 体).
            single = _largest(font, start, self.rect(), self.align | _ONE_LINE, self._text)
            if single >= wrapped * _ONE_LINE_SHARE:
                wrapped, self._flags = single, self.align | _ONE_LINE
        font.setPixelSize(wrapped)
        self._font = font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self._font)
        painter.setPen(self.colour())
        painter.drawText(self.rect(), self._flags, self._text)
        painter.end()


def _largest(font: QFont, start: int, area: QRect, flags: int, text: str) -> int:
    """The largest pixel size up to `start` at which `text` fits in `area` (found by halving:
    a few measurements, as each Qt setter call costs PySide 6.12 a reference to None)."""
    probe = QFont(font)

    def fits(size: int) -> bool:
        probe.setPixelSize(size)
        bounds = QFontMetrics(probe).boundingRect(area, flags, text)
        return bounds.width() <= area.width() and bounds.height() <= area.height()

    if fits(start):
        return start
    low, high = _SMALLEST_PX, start  # fits(low) is assumed: nothing smaller is drawn
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


class CountdownBar(QWidget):
    """The share of an item's time still left, as a bar that empties from the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        """Show `fraction` (0 to 1) of the time left."""
        self.fraction = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlpha(40)
        painter.fillRect(self.rect(), track)
        filled = QRect(self.rect())
        filled.setWidth(round(self.width() * self.fraction))
        painter.fillRect(filled, palette.color(QPalette.ColorRole.Link))
        painter.end()


class FittedButton(QPushButton):
    """A push button for an option or a term: its text is plain, wraps onto a second line when
    long and gets a smaller font only when two lines are not enough, so it is never cut off and
    never widens the window."""

    # Room the style leaves around the text (padding and border), with some to spare.
    _PADDING = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixel_size = 16
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The column decides the width, not the text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_pixel_size(self, pixels: int) -> None:
        """The size the text has when it fits; smaller only when it does not."""
        self.pixel_size = max(_SMALLEST_PX, pixels)
        self.setMinimumHeight(round(self.pixel_size * 2.6))
        self._fit()

    def set_label(self, text: str) -> None:
        """Show `text` as typed, in a font that lets it fit."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def label_text(self) -> str:
        """The text shown."""
        return self.label.text()

    def text_bounds(self) -> QRect:
        """The rectangle the text covers, in the button's coordinates."""
        metrics = QFontMetrics(self.label.font())
        flags = int(Qt.AlignmentFlag.AlignCenter) | _WRAP
        return metrics.boundingRect(self.label.geometry(), flags, self.label.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        margin = self._PADDING // 2
        area = self.rect().adjusted(margin, 4, -margin, -4)
        self.label.setGeometry(area)
        flags = int(Qt.AlignmentFlag.AlignCenter) | _WRAP
        size = _largest(content_font(), self.pixel_size, area, flags, self.label.text())
        if size != self.label.font().pixelSize():
            font = content_font()
            font.setPixelSize(size)
            self.label.setFont(font)
