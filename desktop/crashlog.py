"""Where Duiyi keeps its data, and the log a bug's traceback is written to."""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

import duiyi

CRASH_LOG = "crash.log"
_MAX_LOG_BYTES = 1_000_000


def data_folder() -> Path:
    """The user data folder (platformdirs; $XDG_DATA_HOME/duiyi on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("duiyi", appauthor=False)


def default_db_path() -> Path:
    """The collection file: $DUIYI_DB, else collection.duiyi in the user data folder."""
    env = os.environ.get("DUIYI_DB")
    if env:
        return Path(env).expanduser()
    return data_folder() / "collection.duiyi"


def write_crash_log(error: BaseException, *, context: str = "") -> Path | None:
    """Append the traceback of `error` to crash.log in the data folder; returns the log's path
    (None when even that cannot be written)."""
    folder = data_folder()
    log = folder / CRASH_LOG
    report = "".join(traceback.format_exception(error))
    header = (
        f"=== {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC  Duiyi {duiyi.__version__}  "
        f"Python {platform.python_version()}  {platform.platform()}\n"
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Keep the log from growing without end: start afresh past about a megabyte.
        mode = "w" if log.exists() and log.stat().st_size > _MAX_LOG_BYTES else "a"
        # Arguments that were not valid UTF-8 arrive as surrogate escapes: write them as \x..
        # rather than fail while reporting another failure.
        with log.open(mode, encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(header)
            if context:
                handle.write(f"command: {context}\n")
            handle.write(report + "\n")
    except (OSError, ValueError):
        return None
    return log


def command_line() -> str:
    """The command as typed, for the crash log (bytes that were not UTF-8 as \\x escapes)."""
    typed = " ".join(sys.argv)
    try:
        return typed.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from the command line's bytes
        return typed.encode("utf-8", "backslashreplace").decode("utf-8")
