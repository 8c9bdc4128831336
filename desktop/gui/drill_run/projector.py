"""The projector: one item at a time, full screen, in type a class reads from the back of the
room; a countdown per item, the answer on Space or a click, items marked hard, keyboard only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from desktop.gui.drill_run.base import RunWindow, item_line
from desktop.gui.drill_run.fitted import CountdownBar, FittedText
from desktop.gui.drill_run.outcome import DrillRunOutcome
from duiyi.drill.build import Drill, DrillItem
from duiyi.drill.terms import Direction

_NEXT = (
    Qt.Key.Key_Space,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)


class ProjectorWindow(RunWindow):
    """Items for the whole class: Space or a click reveals, Space or Right goes on, Left goes
    back, H marks an item hard, P pauses the countdown, Esc leaves."""

    tick_ms = 1000
    """Milliseconds per second of countdown; 0 runs no timer (tests call tick() themselves)."""

    def __init__(
        self,
        drill: Drill,
        *,
        on_finished: Callable[[DrillRunOutcome], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(drill, student=None, on_finished=on_finished, parent=parent)
        self.index = 0
        self.revealed = False
        self.paused = False
        self.remaining = 0
        self.at_end = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.tick_ms)
        self.timer.timeout.connect(self.tick)
        self.setAutoFillBackground(True)

        self.position = FittedText(0.045)
        self.mark = FittedText(0.045, role=QPalette.ColorRole.Link, bold=True)
        self.pause_note = FittedText(0.045)
        self.clock = FittedText(0.075, bold=True)
        self.bar = CountdownBar()
        self.prompt = FittedText(0.15, bold=True)
        self.prompt_pinyin = FittedText(0.055)
        self.answer = FittedText(0.12, role=QPalette.ColorRole.Link, bold=True)
        self.answer_more = FittedText(0.05, role=QPalette.ColorRole.Link)
        self.keys = FittedText(0.026, muted=True)
        self.summary_title = FittedText(0.08, bold=True)
        self.summary = FittedText(0.05)
        self.summary_keys = FittedText(0.03, muted=True)

        top = QHBoxLayout()
        top.addWidget(self.position, 2)
        top.addWidget(self.mark, 3)
        top.addWidget(self.pause_note, 2)
        top.addWidget(self.clock, 1)
        run_page = QWidget()
        run = QVBoxLayout(run_page)
        run.setContentsMargins(0, 0, 0, 0)
        run.addLayout(top, 2)
        run.addWidget(self.bar)
        run.addWidget(self.prompt, 9)
        run.addWidget(self.prompt_pinyin, 2)
        run.addWidget(self.answer, 7)
        run.addWidget(self.answer_more, 2)
        run.addWidget(self.keys, 1)
        end_page = QWidget()
        end = QVBoxLayout(end_page)
        end.setContentsMargins(0, 0, 0, 0)
        end.addWidget(self.summary_title, 2)
        end.addWidget(self.summary, 9)
        end.addWidget(self.summary_keys, 1)
        self.pages = QStackedLayout()
        self.pages.addWidget(run_page)
        self.pages.addWidget(end_page)
        self.setFocus()
        outer = QVBoxLayout(self)
        outer.addLayout(self.pages)
        self._retranslate()
        self._show_item(0)

    # ----- what the keys and the mouse do ------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.isAutoRepeat():  # a key held down (or a clicker's) must not skip items
            event.accept()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif self.at_end:
            if key in _NEXT:
                self.close()
        elif key in _NEXT:
            self.advance()
        elif key in _BACK:
            self.back()
        elif key == Qt.Key.Key_H:
            self.toggle_hard()
        elif key == Qt.Key.Key_P:
            self.toggle_pause()
        elif key == Qt.Key.Key_S:
            self.next_screen()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.at_end:
            self.advance()
            event.accept()
            return
        super().mousePressEvent(event)

    # ----- the run -----------------------------------------------------------------------

    @property
    def seconds(self) -> int:
        """Seconds per item, from the drill's settings (items read back from a stored run
        carry the default, not the teacher's choice)."""
        return max(1, self.drill.settings.seconds)

    @property
    def item(self) -> DrillItem:
        """The item on screen."""
        return self.drill.items[self.index]

    def advance(self) -> None:
        """Reveal the answer, or once it is shown, go to the next item (or the summary)."""
        if not self.revealed:
            self.reveal()
        elif self.index + 1 < len(self.drill.items):
            self._show_item(self.index + 1)
        else:
            self._show_summary()

    def back(self) -> None:
        """Show the item before, with its answer (the class has seen it)."""
        if self.index > 0:
            self._show_item(self.index - 1)
            self.reveal()

    def reveal(self) -> None:
        """Show the answer and stop the countdown."""
        self.revealed = True
        self.paused = False
        self.timer.stop()
        self._show_clock()
        item = self.item
        self.answer.setText(item.answer)
        lines = []
        if item.direction is Direction.EN_ZH and item.accepted[0].pinyin:
            lines.append(item.accepted[0].pinyin)
        others = [a.text for a in item.accepted[1:]]
        if others:
            lines.append(self.tr("also: {0}").format(" · ".join(others)))
        self.answer_more.setText("\n".join(lines))
        self._show_keys()

    def toggle_hard(self) -> None:
        """Mark the item on screen as hard for the class, or take the mark away."""
        number = self.item.number
        self.hard.symmetric_difference_update({number})
        self._show_mark()

    def toggle_pause(self) -> None:
        """Stop the countdown, or start it again."""
        if self.revealed:
            return
        self.paused = not self.paused
        if self.paused:
            self.timer.stop()
        else:
            self._run_timer()
        self._show_clock()

    def _run_timer(self) -> None:
        if self.tick_ms:
            self.timer.start()

    def show_on(self, screen: QScreen) -> None:
        """Fill `screen` (the projector beside the laptop's own screen)."""
        full = self.isFullScreen()
        if full:
            self.showNormal()
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        if full:
            self.showFullScreen()

    def next_screen(self) -> None:
        """Move to the next screen, when there is more than one."""
        screens = QGuiApplication.screens()
        names = [s.name() for s in screens]
        if len(screens) > 1:
            at = names.index(self.screen().name()) if self.screen().name() in names else 0
            self.show_on(screens[(at + 1) % len(screens)])

    def tick(self) -> None:
        """One second of the countdown; at nought the answer shows."""
        if self.revealed or self.paused or self.at_end:
            return
        self.remaining = max(0, self.remaining - 1)
        self._show_clock()
        if self.remaining == 0:
            self.reveal()

    # ----- showing -----------------------------------------------------------------------

    def _show_item(self, index: int) -> None:
        self.index = index
        self.revealed = False
        self.paused = False
        item = self.item
        self.remaining = self.seconds
        self.prompt.setText(item.prompt)
        self.prompt_pinyin.setText(item.pinyin)
        self.answer.setText("")
        self.answer_more.setText("")
        self.position.setText(f"{index + 1} / {len(self.drill.items)}")
        self._show_mark()
        self._show_clock()
        self._show_keys()
        self._run_timer()

    def _show_mark(self) -> None:
        marked = not self.at_end and self.item.number in self.hard
        self.mark.setText(self.tr("★ Hard for the class") if marked else "")

    def _show_clock(self) -> None:
        self.clock.setText(str(self.remaining))
        self.bar.set_fraction(self.remaining / self.seconds)
        self.pause_note.setText(self.tr("Paused") if self.paused else "")

    def _show_keys(self) -> None:
        if self.revealed:
            text = self.tr("Space next · ← back · H hard · Esc end")
        else:
            text = self.tr("Space reveal · H hard · P pause · Esc end")
        if len(QGuiApplication.screens()) > 1:
            move = self.tr("S next screen")
            text = f"{text} · {move}"
        self.keys.setText(text)

    def _show_summary(self) -> None:
        self.at_end = True
        self.timer.stop()
        marked = [i for i in self.drill.items if i.number in self.hard]
        if marked:
            lines = [self.tr("Hard for the class:")]
            lines += [item_line(i) for i in marked]
        else:
            lines = [self.tr("No item was marked hard.")]
        self.show_end(lines)

    def _retranslate(self) -> None:
        if self.at_end:
            self._show_summary()
        else:
            self._show_mark()
            self._show_clock()
            self._show_keys()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The type follows the window's height, not only each part's own size.
        super().resizeEvent(event)
        self.bar.setFixedHeight(max(6, round(self.height() * 0.014)))
        self.fit_texts()


def projector_screen(parent: QWidget | None) -> QScreen | None:
    """The screen a projector run opens on: with two or more, the first that is not the one
    the teacher works on (a projector extending the laptop's desktop); None with one."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    own = parent.window().screen() if parent is not None else QGuiApplication.primaryScreen()
    return next((s for s in screens if s.name() != own.name()), None)
