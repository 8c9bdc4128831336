"""One Duiyi per collection file: an OS lock on `<file>.lock`, released even if the process dies."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from duiyi.errors import StorageError


class CollectionLock:
    """An exclusive lock on a collection file, held from open to close."""

    def __init__(self, path: Path) -> None:
        # Locked under the file's real name, so a symbolic link to the same collection (or a
        # path through `..`) meets the same lock.
        real = Path(path).absolute().resolve()
        self.path = real.with_name(real.name + ".lock")
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise StorageError when another Duiyi holds it."""
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        except OSError as error:
            raise StorageError(
                f"Cannot create the lock file {self.path}: {error.strerror or error}."
            ) from error
        try:
            _lock(handle)
        except OSError as error:
            handle.close()
            raise StorageError(
                f"The collection {self.path.with_suffix('')} is open in another Duiyi; "
                "close that one first."
            ) from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Give the lock back (closing the file releases it)."""
        if self._file is not None:
            try:
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._file is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
