"""Opening a collection: bad places and bad files get a clear StorageError and lose nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import Collection
from db.backup import list_backups
from duiyi.errors import StorageError


def test_a_new_collection_file_is_created_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "mine.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="绿色出行", english="green travel")
    assert path.exists()
    with Collection.open(path) as col:
        assert [t.chinese for t in col.terms.search()] == ["绿色出行"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder"
    with pytest.raises(StorageError, match="does not exist") as caught:
        Collection.open(missing / "c.duiyi")
    assert str(missing) in str(caught.value)
    assert not missing.exists()


def test_an_unwritable_folder_is_named(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere chmod allows nothing; sysfs refuses new files even to root.
        folder = Path("/sys")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="Cannot write in the folder") as caught:
            Collection.open(folder / "c.duiyi")
        assert str(folder) in str(caught.value)
    finally:
        if folder != Path("/sys"):
            folder.chmod(0o700)


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.duiyi"
    path.write_text("这不是数据库 / this is not a database\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not an SQLite database"):
        Collection.open(path)
    assert path.read_bytes() == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a Duiyi collection"):
        Collection.open(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["things"]
    conn.close()


def _corrupt(path: Path) -> None:
    """Overwrite the schema page after the 100-byte header, as a disk error might."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_a_damaged_collection_names_the_newest_backup_which_restores_it(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="乡村振兴", english="rural revitalization")
    # Closing made the day's backup.
    (newest,) = list_backups(path)
    _corrupt(path)
    with pytest.raises(StorageError, match="damaged") as caught:
        Collection.open(path)
    message = str(caught.value)
    assert str(newest.path) in message
    assert "restore" in message
    saved = Collection.restore(path=path, file=newest.path)
    assert saved is not None and saved.exists()
    with Collection.open(path) as col:
        assert [t.chinese for t in col.terms.search()] == ["乡村振兴"]
        assert col.check().ok


def test_a_damaged_collection_without_backups_says_so(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    Collection.open(path).close()
    for backup in list_backups(path):
        backup.path.unlink()
    _corrupt(path)
    with pytest.raises(StorageError, match="no backup"):
        Collection.open(path)


def test_a_collection_from_a_newer_duiyi_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="煤达峰", english="peak coal output")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version of Duiyi"):
        Collection.open(path)
    assert path.read_bytes() == before


def test_a_collection_open_in_another_duiyi_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as first:
        with pytest.raises(StorageError, match="open in another Duiyi"):
            Collection.open(path)
        first.terms.add(chinese="生态文明", english="ecological civilization")
    with Collection.open(path) as again:
        assert again.terms.count() == 1


def test_a_killed_duiyi_leaves_no_lock_behind(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    Collection.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from db import Collection; "
            "c = Collection.open(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    with holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "open"
            with pytest.raises(StorageError, match="open in another Duiyi"):
                Collection.open(path)
        finally:
            holder.kill()
            holder.wait()
    # The lock is an flock: the kernel drops it as the killed process ends, which wait() saw.
    with Collection.open(path) as col:
        assert col.terms.count() == 0
