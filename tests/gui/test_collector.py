"""While the window is open, garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.gui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_window_owns_collection_and_collects_on_its_own_thread(qtbot: Any, window: Any) -> None:
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        for _ in range(20_000):
            _Cycle()  # cyclic garbage: only the collector frees it
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert set(threads) == {threading.main_thread().name}


def test_collection_resumes_when_its_owner_goes(qtbot: Any) -> None:
    from desktop.gui import collector as module

    before, enabled = module._owners, gc.isenabled()
    owner = QWidget()
    collector = GuiThreadCollector(owner)
    assert not gc.isenabled() and module._owners == before + 1
    collector.collect_due()
    shiboken6.delete(owner)  # as when the window is destroyed
    qtbot.waitUntil(lambda: module._owners == before, timeout=5000)
    assert gc.isenabled() == enabled  # back on unless another window still owns it


def _make_full_pass_due() -> list[object]:
    """Push every generation's count past its threshold (the automatic collector is off)."""
    for _ in range(gc.get_threshold()[2] + 2):
        gc.collect(1)  # each counts towards the next full pass
    for _ in range(gc.get_threshold()[1] + 1):
        gc.collect(0)
    return [[] for _ in range(gc.get_threshold()[0] + 100)]  # kept alive: counted, tracked


def test_a_full_pass_waits_while_background_work_runs(qtbot: Any) -> None:
    work_runs = True
    owner = QWidget()
    collector = GuiThreadCollector(owner, busy=lambda: work_runs)
    passes: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(note)
    try:
        held = _make_full_pass_due()
        passes.clear()
        collector.collect_due()
        assert passes == [1]  # the young generations only
        work_runs = False
        held += _make_full_pass_due()
        passes.clear()
        collector.collect_due()
        assert passes == [2]
    finally:
        gc.callbacks.remove(note)
        shiboken6.delete(owner)
