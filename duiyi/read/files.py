"""Getting a file's bytes safely: it exists, it is not empty, it is not too big to read."""

from __future__ import annotations

from pathlib import Path

from duiyi.errors import InvalidInput, NotFound

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before they are read."""


def megabytes(size: int) -> str:
    """A size in megabytes as the user reads it ("60.0 MB")."""
    return f"{size / (1024 * 1024):.1f} MB"


def load_bytes(path: Path) -> bytes:
    """The whole content of `path`, after checking it exists, has content and is not too big."""
    name = path.name or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"{path} does not exist.") from None
    except OSError as error:
        raise InvalidInput(f"{name} cannot be read: {error.strerror or error}.") from None
    if path.is_dir():
        raise InvalidInput(f"{name} is a folder, not a file.")
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{name} is {megabytes(size)}; Duiyi reads files up to "
            f"{megabytes(MAX_FILE_BYTES)}. Split it into smaller files."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"{name} cannot be read: {error.strerror or error}.") from None
    if not data:
        raise InvalidInput(f"{name} is empty.")
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise InvalidInput(f"{name} is over {megabytes(MAX_FILE_BYTES)}; Duiyi does not read it.")
    return data
