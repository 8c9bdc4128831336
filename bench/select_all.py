"""Browse's Select All on a big collection: time from Ctrl+A to every matching term selected,
and the longest GUI-thread stall meanwhile (5 ms heartbeat, as bench/gui.py measures).

    python bench/select_all.py [--terms N] [--keep DIR]

Runs on the offscreen Qt platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


def _gui_bench() -> Any:
    """bench/gui.py as a module (its collection builder, window, heartbeat and event wait)."""
    spec = importlib.util.spec_from_file_location("gui_bench", REPO / "bench" / "gui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(db: Path, terms: int) -> tuple[float, float, int, str]:
    """Seconds from Ctrl+A to all selected, the longest stall (ms), how many were selected and
    what the count says."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    gui = _gui_bench()
    qapp, window = gui.open_window(db)
    window.show()
    window.go("browse")
    browse = window.screens["browse"]
    gui.wait(qapp, lambda: window.service.idle and browse.model.total == terms)
    beat = gui.Heartbeat()
    beat.start()
    started = time.perf_counter()
    browse.table.setFocus()
    QTest.keyClick(browse.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    gui.wait(qapp, lambda: len(browse.selected_ids()) == terms)
    seconds = time.perf_counter() - started
    stall = beat.stop()
    chosen = len(browse.selected_ids())
    gui.wait(qapp, lambda: window.service.idle)
    said = browse.count_label.text()
    window.close()
    window.service.shutdown()
    return seconds, stall, chosen, said


def main() -> int:
    """Build the collection (or reuse it), measure, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the collection in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="duiyi-bench-select-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "select-all.duiyi"
    if not db.exists():
        built = _gui_bench().build_collection(db, args.terms)
        print(f"built {args.terms} terms in {built:.1f} s")
    seconds, stall, chosen, said = measure(db, args.terms)
    print(
        f"Select All in Browse ({args.terms} terms): {chosen} selected in {seconds * 1000:.0f} ms, "
        f"longest GUI stall {stall:.0f} ms; the count says {said!r}"
    )
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if chosen == args.terms else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # as bench/gui.py: PySide6 can crash collecting Qt wrappers at exit
