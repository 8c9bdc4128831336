"""Running a piece of a test as an ordinary user, so permission checks apply even under root."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


@contextmanager
def locked_folder() -> Iterator[Path]:
    """A folder anyone may enter and list but nobody but root may write in (mode 0555).

    Made in the system temp folder: pytest's own tmp_path is private to root, so an
    ordinary user could not even reach it."""
    folder = Path(tempfile.mkdtemp(prefix="duiyi-locked-"))
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def run_unprivileged(action: Callable[[], object]) -> str:
    """Run `action` without root's power over file permissions: "ok", or "Error: message".

    Under root it runs in a forked child that became `nobody` (what the program's users are);
    otherwise in this process, which already obeys the permission bits."""

    def outcome() -> str:
        try:
            action()
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        return "ok"

    if os.geteuid() != 0:
        return outcome()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write_end, outcome().encode("utf-8"))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        said = pipe.read().decode("utf-8")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, f"the unprivileged child failed: {said!r}"
    return said
