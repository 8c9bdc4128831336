"""Qt calls that return nothing never use up None (PySide6 6.12 on Python 3.11 drops a
reference to None on each; the desktop package gives None enough once at import)."""

from __future__ import annotations

import subprocess
import sys


def test_a_million_qt_calls_leave_python_able_to_exit() -> None:
    script = (
        "import desktop\n"
        "from PySide6.QtCore import QRect\n"
        "r = QRect()\n"
        "for _ in range(1_000_000):\n"
        "    r.setWidth(3)\n"
        "print('done')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "done\n", "")
