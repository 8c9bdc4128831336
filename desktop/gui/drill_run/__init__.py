"""Windows that run a drill: projector, multiple choice, typing and matching (issue 16)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.gui.drill_run.choice import ChoiceWindow
from desktop.gui.drill_run.matching import MatchingWindow
from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from desktop.gui.drill_run.projector import ProjectorWindow, projector_screen
from desktop.gui.drill_run.typed import TypingWindow
from duiyi.drill.build import Drill
from duiyi.drill.terms import Mode
from duiyi.errors import InvalidInput

__all__ = ["DrillRunOutcome", "ItemResult", "open_drill_run"]


def open_drill_run(
    parent: QWidget | None,
    drill: Drill,
    *,
    student: str | None,
    on_finished: Callable[[DrillRunOutcome], None],
) -> QWidget:
    """Open the window that runs `drill` in its mode (the projector full screen, on a second
    screen when there is one); `on_finished` gets the outcome once, when the run ends or its
    window is closed early. The window deletes itself when closed. Raises InvalidInput for a
    drill not built for its mode."""
    mode = drill.settings.mode
    if mode is Mode.MULTIPLE_CHOICE and not all(item.options for item in drill.items):
        raise InvalidInput("This drill has items without options: build it for multiple choice.")
    if mode is Mode.MATCHING and not drill.groups:
        raise InvalidInput("This drill has no pairs to match: build it for matching.")
    window: QWidget
    if mode is Mode.PROJECTOR:
        projector = ProjectorWindow(drill, on_finished=on_finished, parent=parent)
        screen = projector_screen(parent)
        if screen is not None:
            projector.show_on(screen)
        projector.showFullScreen()
        window = projector
    else:
        kinds = {
            Mode.MULTIPLE_CHOICE: ChoiceWindow,
            Mode.TYPING: TypingWindow,
            Mode.MATCHING: MatchingWindow,
        }
        window = kinds[mode](drill, student=student, on_finished=on_finished, parent=parent)
        window.resize(960, 680)
        window.show()
    window.activateWindow()
    return window
