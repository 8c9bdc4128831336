"""Getting a file's bytes safely: it exists, it is a regular file, it is not too big to read;
and refusing a table line too wide to be split.

The size is checked on the opened file and the reading itself stops past the limit, so a file
that grows, a device such as /dev/zero or a named pipe can never be read without end.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from duiyi.errors import InvalidInput, NotFound

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before they are read."""

MAX_CELLS_PER_ROW = 1_000
"""A CSV/TSV line with more cells than this is refused: no table is that wide."""

_CHUNK = 1024 * 1024
_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def megabytes(size: int) -> str:
    """A size in megabytes as the user reads it ("60.0 MB")."""
    return f"{size / (1024 * 1024):.1f} MB"


def load_bytes(path: Path) -> bytes:
    """The whole content of `path`, after checking it exists, has content and is not too big."""
    name = path.name or str(path)
    data = read_limited(path, MAX_FILE_BYTES)
    if not data:
        raise InvalidInput(f"{name} is empty.")
    return data


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, refused (naming it) if over `limit` bytes.

    NotFound if it does not exist; InvalidInput for a folder, device, pipe or socket, a file
    that cannot be read, or one too big.
    """
    name = path.name or str(path)
    try:
        # Non-blocking, so opening a named pipe with no writer returns instead of waiting.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise NotFound(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} is a folder, not a file.") from None
    except OSError as error:
        raise InvalidInput(f"{name} cannot be read: {error.strerror or error}.") from None
    try:
        info = os.fstat(fd)
        for test, kind in _NOT_FILES:
            if test(info.st_mode):
                raise InvalidInput(f"{path} is {kind}, not a file; Duiyi reads only files.")
        if info.st_size > limit:
            raise _too_big(name, megabytes(info.st_size), limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read
                raise _too_big(name, f"over {megabytes(limit)}", limit)
    except OSError as error:
        raise InvalidInput(f"{name} cannot be read: {error.strerror or error}.") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def _too_big(name: str, size: str, limit: int) -> InvalidInput:
    return InvalidInput(
        f"{name} is {size}; Duiyi reads files up to {megabytes(limit)}. "
        "Split it into smaller files."
    )


def check_row_widths(text: str, name: str) -> None:
    """Refuse a line with more cells than any table has, before it is split into millions."""
    for number, line in enumerate(text.splitlines(), 1):
        # Separators are counted, quoted ones too: no real table has a thousand on a line.
        if len(line) > MAX_CELLS_PER_ROW and (
            max(line.count(separator) for separator in ",;\t|") >= MAX_CELLS_PER_ROW
        ):
            raise InvalidInput(
                f"{name}: line {number:,} has over {MAX_CELLS_PER_ROW:,} cells; Duiyi reads "
                f"tables of up to {MAX_CELLS_PER_ROW:,} columns."
            )
