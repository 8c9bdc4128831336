"""The helper process that reads and extracts never outlives the program."""

from __future__ import annotations

import os
import subprocess
import sys
import time
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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie has ended too: it only waits for its (gone) parent to be reaped
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


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
    deadline = time.monotonic() + 15
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(helper), f"helper process {helper} outlived the program"
