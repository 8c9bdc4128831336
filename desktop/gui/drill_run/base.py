"""What every drill run window shares: its own top-level window, the answers given so far, and
the outcome handed back exactly once, whether the run reached its end or was closed early."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.drill_run.fitted import FittedButton, FittedText
from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from desktop.gui.theme import content_font
from duiyi.drill.build import Drill, DrillItem
from duiyi.drill.terms import Direction

# White on a strong green or red reads on the light and the dark theme alike; a verdict in
# words takes a green and a red of its own for each (4.5:1 or more against the background).
_STYLE = """
QPushButton[verdict="right"] { background: #2e7d46; color: #ffffff; border-color: #2e7d46; }
QPushButton[verdict="wrong"] { background: #b03a2e; color: #ffffff; border-color: #b03a2e; }
QPushButton[verdict="done"] {
    background: rgba(46, 125, 70, 0.28); color: palette(text); border-color: #2e7d46;
}
QPushButton:checked { border: 3px solid palette(link); }
QLabel[inner="right"], QLabel[inner="wrong"] { color: #ffffff; }
QLabel[inner="done"] { color: palette(text); }
QLabel[verdict="right"] { color: RIGHT; font-weight: 600; }
QLabel[verdict="wrong"] { color: WRONG; font-weight: 600; }
"""
VERDICT_COLOURS = {False: ("#1e7b3e", "#b03a2e"), True: ("#4fbf7a", "#ff7b6b")}
"""(right, wrong) colours of a verdict in words, for the light (False) and dark (True) theme."""


def verdict_style(dark: bool) -> str:
    """The style sheet of a run window in the light or the dark theme."""
    right, wrong = VERDICT_COLOURS[dark]
    return _STYLE.replace("RIGHT", right).replace("WRONG", wrong)


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint_line(*, centred: bool = False) -> QLabel:
    """A one-line plain label in the muted hint style: a window's header, or (centred) its keys."""
    label = plain_label()
    label.setObjectName("hint")
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def message_label() -> QLabel:
    """A plain label, centred and wrapped: a verdict, or the right answers."""
    label = plain_label()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def stack_pages(
    window: QWidget, run_page: QWidget
) -> tuple[QStackedLayout, FittedText, FittedText, QLabel]:
    """Stack `run_page` and an end page on a student's run window; returns the pages and the
    end page's title, summary and keys."""
    title = FittedText(0.07, bold=True)
    summary = FittedText(0.04)
    keys = hint_line(centred=True)
    end_page = QWidget()
    end = QVBoxLayout(end_page)
    end.addWidget(title, 1)
    end.addWidget(summary, 4)
    end.addWidget(keys)
    pages = QStackedLayout(window)
    pages.addWidget(run_page)
    pages.addWidget(end_page)
    return pages, title, summary, keys


def set_pixel_size(widget: QWidget, pixels: int) -> None:
    """Give `widget` the study text font at `pixels` high."""
    font = content_font()
    font.setPixelSize(max(11, pixels))
    widget.setFont(font)


def set_verdict(widget: QPushButton | QLabel, verdict: str) -> None:
    """Colour `widget` as right, wrong, done (a matched pair) or plain ("")."""
    _restyle(widget, "verdict", verdict)
    if isinstance(widget, FittedButton):
        _restyle(widget.label, "inner", verdict)


def _restyle(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def answers_text(item: DrillItem) -> str:
    """The item's right answers as a line: the first, its pinyin for Chinese, then the others."""
    parts = []
    for answer in item.accepted:
        shown = answer.text
        if item.direction is Direction.EN_ZH and answer.pinyin:
            shown = f"{answer.text} ({answer.pinyin})"
        parts.append(shown)
    return " · ".join(parts)


def item_line(item: DrillItem) -> str:
    """An item as a summary lists it: its number, prompt and answer."""
    return f"{item.number}. {item.prompt} — {item.answer}"


class RunWindow(QWidget):
    """A drill run in a window of its own; `report` hands the outcome back once."""

    # Each window builds its run page and end page; the end page shows these.
    summary_title: FittedText
    summary: FittedText
    summary_keys: QLabel | FittedText
    pages: QStackedLayout

    def __init__(
        self,
        drill: Drill,
        *,
        student: str | None,
        on_finished: Callable[[DrillRunOutcome], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        app = QApplication.instance()
        self.setStyleSheet(verdict_style(bool(app and app.property("duiyi_dark"))))
        self.drill = drill
        self.student = student
        self.results: dict[int, ItemResult] = {}
        self.hard: set[int] = set()
        self.outcome: DrillRunOutcome | None = None
        self._on_finished = on_finished
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = drill.settings.title or self.tr("Drill")
        self.setWindowTitle(f"{title} — {student}" if student else title)

    def with_student(self, text: str) -> str:
        """`text` after the student's name, for a header (a class run has no student)."""
        return f"{self.student} · {text}" if self.student else text

    def fit_texts(self, hints: tuple[QWidget, ...] = ()) -> None:
        """Size the `hints` (header, keys) and every fitted text to the window's height."""
        for label in hints:
            set_pixel_size(label, round(self.height() * 0.022))
        for text in self.findChildren(FittedText):
            text.refit()

    def score_lines(self) -> list[str]:
        """How many items were right, then the missed ones to look at again."""
        right = sum(r.correct for r in self.results.values())
        lines = [self.tr("{0} of {1} right").format(right, len(self.drill.items))]
        missed = [i for i in self.drill.items if not self.results[i.number].correct]
        if missed:
            lines.append(self.tr("To look at again:"))
            lines += [item_line(i) for i in missed]
        return lines

    def show_end(self, lines: list[str]) -> None:
        """Turn to the end page with `lines` as its summary, and hand the outcome back."""
        self.summary_title.setText(self.tr("End of the drill"))
        self.summary.setText("\n".join(lines))
        self.summary_keys.setText(self.tr("Enter or Esc closes"))
        self.pages.setCurrentIndex(1)
        self.report(finished=True)

    def report(self, *, finished: bool) -> None:
        """Hand the outcome to the caller, the first time only."""
        if self.outcome is not None:
            return
        results = tuple(self.results[n] for n in sorted(self.results))
        self.outcome = DrillRunOutcome(results, tuple(sorted(self.hard)), finished)
        self._on_finished(self.outcome)

    def _retranslate(self) -> None:
        """Set every text of the window in the current language (each window overrides it)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing before the end hands back what was answered so far."""
        self.report(finished=False)
        super().closeEvent(event)
