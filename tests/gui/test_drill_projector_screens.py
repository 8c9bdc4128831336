"""With a second screen (a projector extending the laptop's desktop) the projector run opens
full screen on it, and S moves it from screen to screen; with one screen S does nothing.

Two screens need their own Qt platform set-up, so that part runs in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.gui.drill_run import open_drill_run
from duiyi.drill.build import build_drill
from duiyi.drill.terms import DrillSettings, DrillTerm, Mode

TERMS = [DrillTerm(1, "网络空间", "wǎngluò kōngjiān", ("cyberspace",))]
SETTINGS = DrillSettings(count=1, mode=Mode.PROJECTOR, seed=1)

CHILD = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from desktop.gui.drill_run import open_drill_run
from duiyi.drill.build import build_drill
from duiyi.drill.terms import DrillSettings, DrillTerm, Mode
laptop, projector = app.screens()
main = QWidget()
main.setScreen(laptop)
main.show()
drill = build_drill([DrillTerm(1, "网络空间", "", ("cyberspace",))],
                    DrillSettings(count=1, mode=Mode.PROJECTOR, seed=1))
window = open_drill_run(main, drill, student=None, on_finished=lambda outcome: None)
app.processEvents()
seen = [(window.screen().name(), window.isFullScreen(), window.width(), window.height())]
for _ in range(2):
    QTest.keyClick(window, Qt.Key.Key_S)
    app.processEvents()
    seen.append((window.screen().name(), window.isFullScreen(), window.width(), window.height()))
print(seen)
print(window.keys.text())
window.close()
"""


def test_the_projector_opens_on_the_second_screen_and_s_moves_it(tmp_path: Path) -> None:
    screen = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1, "y": 0}
    config = {
        "screens": [
            {**screen, "name": "laptop", "x": 0, "width": 1366, "height": 768},
            {**screen, "name": "projector", "x": 1366, "width": 1024, "height": 768},
        ]
    }
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}"}
    run = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "[('projector', True, 1024, 768), ('laptop', True, 1366, 768), "
        "('projector', True, 1024, 768)]",
        "Space reveal · H hard · P pause · Esc end · S next screen",
    ]


def test_with_one_screen_s_changes_nothing(qtbot: Any, qapp: Any) -> None:
    window = open_drill_run(
        None, build_drill(TERMS, SETTINGS), student=None, on_finished=lambda _o: None
    )
    try:
        assert len(qapp.screens()) == 1
        before = window.screen().name()
        QTest.keyClick(window, Qt.Key.Key_S)
        assert (window.screen().name(), window.isFullScreen()) == (before, True)
        assert window.keys.text() == "Space reveal · H hard · P pause · Esc end"
    finally:
        if shiboken6.isValid(window):
            window.close()
