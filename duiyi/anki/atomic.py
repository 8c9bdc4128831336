"""Writing an output file whole or not at all: a temp file beside it, then a rename."""

from __future__ import annotations

import contextlib
import os
import secrets
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


def _create_beside(path: Path) -> tuple[int, Path]:
    """A new, empty temp file in `path`'s folder, open for writing.

    Created with mode 0o666 less the user's umask, as any other program's files are (mkstemp
    would make it 0600, and the rename would keep that).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"No free temporary name beside {path}.")


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write` on a temp file in `path`'s folder, then rename it to `path`.

    On any error (including Cancelled) the temp file is removed and `path` is untouched.
    """
    path = Path(path)
    check_target(path)
    try:
        fd, temp = _create_beside(path)
    except PermissionError as error:
        raise StorageError(
            f"Cannot export to {path}: no permission to write in {path.parent}."
        ) from error
    except OSError as error:
        raise StorageError(f"Cannot export to {path}: {error.strerror or error}.") from error
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
