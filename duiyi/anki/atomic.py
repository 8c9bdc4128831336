"""Writing an output file whole or not at all: a temp file beside it, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from duiyi.errors import InvalidInput, StorageError


def check_target(path: Path) -> None:
    """Raise a plain error when `path` cannot be written: no folder, not a folder, a folder."""
    folder = path.parent
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name to export to.")
    if not folder.exists():
        # A regular file somewhere up the path makes exists() False as well.
        for parent in folder.parents:
            if parent.exists() and not parent.is_dir():
                raise InvalidInput(f"Cannot export to {path}: {parent} is a file, not a folder.")
        raise InvalidInput(f"Cannot export to {path}: the folder {folder} does not exist.")
    if not folder.is_dir():
        raise InvalidInput(f"Cannot export to {path}: {folder} is a file, not a folder.")


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write` on a temp file in `path`'s folder, then rename it to `path`.

    On any error (including Cancelled) the temp file is removed and `path` is untouched.
    """
    path = Path(path)
    check_target(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except PermissionError as error:
        raise StorageError(
            f"Cannot export to {path}: no permission to write in {path.parent}."
        ) from error
    except OSError as error:
        raise StorageError(f"Cannot export to {path}: {error.strerror or error}.") from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(f"Cannot write {path}: {error.strerror or error}.") from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
