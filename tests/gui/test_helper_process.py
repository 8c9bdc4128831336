"""The helper process that reads and extracts never outlives the program."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROGRAM = """
import os, sys
sys.path.insert(0, sys.argv[1])
from desktop.gui.cpu import run_in_process
from duiyi.progress import CancelToken
if __name__ == "__main__":
    print(run_in_process(os.getpid, cancel=CancelToken()), flush=True)
    os._exit(0)  # as a crash would: no shutdown of the helper
"""


def _ends_within(pid: int, seconds: float) -> bool:
    """Wait for the process `pid` (not our child) to end: its pidfd becomes readable then."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True  # already gone and reaped
    try:
        ready, _, _ = select.select([fd], [], [], seconds)
    finally:
        os.close(fd)
    return bool(ready)


def test_helper_ends_when_the_program_dies_without_stopping_it(tmp_path: Path) -> None:
    script = tmp_path / "program.py"
    script.write_text(PROGRAM, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(script), str(REPO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    helper = int(out.stdout.split()[0])
    assert helper != os.getpid()
    assert _ends_within(helper, 15), f"helper process {helper} outlived the program"


def test_cancelling_one_task_leaves_another_waiting_for_the_helper_to_finish() -> None:
    import threading
    import time

    from desktop.gui.cpu import run_in_process, shutdown
    from duiyi.errors import Cancelled
    from duiyi.progress import CancelToken

    long_one = CancelToken()
    outcome: dict[str, object] = {}

    def slow() -> None:
        try:
            run_in_process(time.sleep, 30, cancel=long_one)
        except Cancelled:
            outcome["slow"] = "cancelled"

    def quick() -> None:
        outcome["quick"] = run_in_process(sum, [1, 2, 3], cancel=CancelToken())

    first = threading.Thread(target=slow)
    first.start()
    time.sleep(1.0)  # the helper is busy with the long task; the quick one waits behind it
    second = threading.Thread(target=quick)
    second.start()
    time.sleep(0.3)
    long_one.cancel()  # ends the helper process, which the quick task was queued in
    first.join(60)
    second.join(60)
    shutdown()
    assert outcome == {"slow": "cancelled", "quick": 6}
