"""Output files are written whole or not at all: no partial file, no temp file left behind, and
a file already there stays as it was when the write fails or is cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from duiyi.anki.atomic import check_target, write_atomically
from duiyi.errors import Cancelled, InvalidInput, StorageError
from tests.unprivileged import locked_folder, run_unprivileged

OLD = "汉语,English\n数字鸿沟,digital divide\n".encode()


def _half_then(error: BaseException) -> Callable[[BinaryIO], None]:
    def write(out: BinaryIO) -> None:
        out.write(b"half a file")
        out.flush()
        raise error

    return write


def test_a_finished_write_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "terms.csv"
    target.write_bytes(OLD)
    write_atomically(target, lambda out: out.write("新内容".encode()))
    assert target.read_bytes() == "新内容".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["terms.csv"]


@pytest.mark.parametrize(
    ("error", "raised", "message"),
    [
        (Cancelled("stopped by the user"), Cancelled, "stopped by the user"),
        (ValueError("a bug half way"), ValueError, "a bug half way"),
        (OSError(28, "No space left on device"), StorageError, "No space left on device"),
        (KeyboardInterrupt(), KeyboardInterrupt, "^$"),
    ],
)
def test_a_failed_or_cancelled_write_changes_nothing(
    tmp_path: Path, error: BaseException, raised: type[BaseException], message: str
) -> None:
    existing = tmp_path / "terms.csv"
    existing.write_bytes(OLD)
    with pytest.raises(raised, match=message):
        write_atomically(existing, _half_then(error))
    assert existing.read_bytes() == OLD
    fresh = tmp_path / "new.csv"
    with pytest.raises(raised, match=message):
        write_atomically(fresh, _half_then(error))
    assert [p.name for p in tmp_path.iterdir()] == ["terms.csv"]


def test_a_disk_error_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "terms.csv"
    with pytest.raises(StorageError) as caught:
        write_atomically(target, _half_then(OSError(28, "No space left on device")))
    assert str(caught.value) == f"Cannot write {target}: No space left on device."


def test_a_write_that_cannot_rename_leaves_no_temp(tmp_path: Path) -> None:
    # The rename fails when the name became a folder while the file was being written.
    target = tmp_path / "terms.csv"

    def write(out: BinaryIO) -> None:
        out.write(b"whole")
        target.mkdir()
        (target / "inside").write_bytes(b"keep me")

    with pytest.raises(StorageError, match=f"Cannot write {target}: "):
        write_atomically(target, write)
    assert [p.name for p in tmp_path.iterdir()] == ["terms.csv"]
    assert (target / "inside").read_bytes() == b"keep me"


def test_targets_that_cannot_be_written_are_named(tmp_path: Path) -> None:
    (tmp_path / "a folder").mkdir()
    with pytest.raises(InvalidInput) as caught:
        check_target(tmp_path / "a folder")
    assert (
        str(caught.value) == f"{tmp_path / 'a folder'} is a folder; give a file name to export to."
    )
    missing = tmp_path / "missing" / "terms.csv"
    with pytest.raises(InvalidInput) as caught:
        check_target(missing)
    assert str(caught.value) == (
        f"Cannot export to {missing}: the folder {tmp_path / 'missing'} does not exist."
    )
    (tmp_path / "notes.txt").write_text("a file")
    under_file = tmp_path / "notes.txt" / "deeper" / "terms.csv"
    with pytest.raises(InvalidInput) as caught:
        check_target(under_file)
    assert str(caught.value) == (
        f"Cannot export to {under_file}: {tmp_path / 'notes.txt'} is a file, not a folder."
    )
    check_target(tmp_path / "fine.csv")
    with pytest.raises(InvalidInput, match="does not exist"):
        write_atomically(missing, lambda out: out.write(b"x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder", "notes.txt"]


def test_a_folder_without_write_permission_is_named() -> None:
    with locked_folder() as folder:
        target = folder / "terms.csv"
        said = run_unprivileged(lambda: write_atomically(target, lambda out: out.write(b"x")))
        assert said == (
            f"StorageError: Cannot export to {target}: no permission to write in {folder}."
        )
        assert list(folder.iterdir()) == []
