"""Backups (automatic daily on close, last 20 kept, by hand), restore, and the check."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest

from db import Collection
from db.backup import KEEP, backups_folder, list_backups
from duiyi.errors import InvalidInput, StorageError
from tests.db.conftest import dump


def _age_backups(path: Path, seconds: float) -> None:
    for info in list_backups(path):
        stamp = info.path.stat().st_mtime - seconds
        os.utime(info.path, (stamp, stamp))


def test_close_backs_up_at_most_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="一国两制", english="one country, two systems")
    assert len(list_backups(path)) == 1
    assert backups_folder(path) == tmp_path / "backups"
    Collection.open(path).close()
    assert len(list_backups(path)) == 1
    _age_backups(path, 25 * 3600)
    Collection.open(path).close()
    assert len(list_backups(path)) == 2


def test_a_backup_is_a_complete_collection(col: Collection) -> None:
    col.terms.add(chinese="全过程人民民主", english="whole-process people's democracy")
    info = col.backups.make()
    assert info.path.parent == col.path.parent / "backups"
    assert info.size == info.path.stat().st_size
    # Named after the moment it was made (UTC, to the millisecond).
    made = info.made_at
    assert made.tzinfo == UTC
    stamp = f"{made:%Y%m%d-%H%M%S}-{made.microsecond // 1000:03d}"
    assert info.path.name == f"{col.path.stem}-{stamp}.duiyi"
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT chinese FROM terms").fetchall() == [("全过程人民民主",)]
    conn.close()
    assert not Path(str(info.path) + "-wal").exists()


def test_only_the_newest_twenty_backups_are_kept(col: Collection) -> None:
    col.terms.add(chinese="全过程人民民主", english="whole-process people's democracy")
    made = [col.backups.make().path for _ in range(KEEP + 3)]
    kept = [b.path for b in col.backups.all()]
    assert len(kept) == KEEP
    assert kept == made[-KEEP:]
    assert not any(p.exists() for p in made[:3])


def test_restore_replaces_the_collection_and_keeps_the_replaced_one(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="和平共处五项原则", english="Five Principles of Peaceful Coexistence")
        backup = col.backups.make().path
        before = dump(path)
        col.terms.add(chinese="新发展理念", english="new development philosophy")
    with pytest.raises(StorageError, match="open in another Duiyi"), Collection.open(path):
        Collection.restore(path=path, file=backup)
    saved = Collection.restore(path=path, file=backup)
    assert dump(path) == before
    assert saved is not None
    conn = sqlite3.connect(saved)
    assert len(conn.execute("SELECT * FROM terms").fetchall()) == 2
    conn.close()
    with Collection.open(path) as col:
        assert col.terms.count() == 1


def test_restore_refuses_what_is_not_a_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="可持续发展", english="sustainable development")
    before = dump(path)
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(StorageError, match="not an SQLite database"):
        Collection.restore(path=path, file=text)
    with pytest.raises(StorageError, match="does not exist"):
        Collection.restore(path=path, file=tmp_path / "missing.duiyi")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a Duiyi collection"):
        Collection.restore(path=path, file=other)
    assert dump(path) == before


def test_check_finds_a_sound_collection_sound(col: Collection) -> None:
    col.terms.add(chinese="共建共享", english="joint contribution and shared benefits", tags=["x"])
    report = col.check()
    assert report.ok
    assert report.lines() == []


def test_check_reports_foreign_keys_orphans_and_a_stale_index(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="人民至上", english="people first")
        col.terms.add(chinese="生命至上", english="life first")
    # Damage done outside Duiyi, with foreign keys off, as another tool might.
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM terms WHERE chinese = '人民至上'")
    conn.execute("DELETE FROM renderings WHERE english = 'life first'")
    conn.execute("INSERT INTO tags(name) VALUES ('unused')")
    conn.commit()
    conn.close()
    with Collection.open(path) as col:
        report = col.check()
    assert not report.ok
    assert any("renderings row" in line for line in report.foreign_keys)
    text = "\n".join(report.orphans)
    assert "terms without any English rendering" in text
    assert "search index entries for terms that no longer exist" in text
    assert report.notices == ("1 tags no term uses (ids 1)",)


def _scribble_over_the_last_pages(path: Path) -> None:
    # The last pages hold term and rendering rows, not the schema.
    size = path.stat().st_size
    data = bytearray(path.read_bytes())
    data[size - 8192 : size - 100] = b"\x00\xff" * ((8192 - 100) // 2)
    path.write_bytes(bytes(data))


def test_a_corrupt_page_is_found_by_the_check_naming_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        for n in range(30):
            col.terms.add(chinese=f"术语{n}" * 5, english=f"term {n} " * 20)
    newest = list_backups(path)[-1].path
    damaged = (
        f"The collection {path} is damaged. The newest backup is {newest}; "
        f'restore it with: duiyi --db "{path}" restore "{newest}"'
    )
    _scribble_over_the_last_pages(path)
    col = Collection.open(path)
    try:
        with pytest.raises(StorageError) as caught:
            col.check()
    finally:
        col.close()
    assert str(caught.value) == damaged


def test_undo_after_restore_has_nothing_to_undo(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        backup = col.backups.make().path
        col.terms.add(chinese="城乡统筹", english="urban-rural integration")
    Collection.restore(path=path, file=backup)
    with Collection.open(path) as col:
        with pytest.raises(InvalidInput):
            col.undo()
        assert col.terms.count() == 0


# -- the backup module's rules, one by one ------------------------------------------------------


def _backup_file(folder: Path, name: str, mtime: float, body: bytes = b"x") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(body)
    os.utime(path, (mtime, mtime))
    return path


def test_a_backup_name_is_the_stem_and_the_time_to_the_millisecond() -> None:
    from db.backup import is_backup_name

    collection = Path("/x/my.col.duiyi")
    assert is_backup_name(collection, "my.col-20261207-083000-123.duiyi")
    for name in (
        "my.col-20261207-083000-12.duiyi",  # two digits of milliseconds
        "my.col-2026127-083000-123.duiyi",
        "my.col-20261207-83000-123.duiyi",
        "my.col-20261207-083000-123.duiyi-wal",
        "old-my.col-20261207-083000-123.duiyi",
        "myXcol-20261207-083000-123.duiyi",  # the dot of the stem is no wildcard
        "my.col-20261207-083000-123Xduiyi",
        "other-20261207-083000-123.duiyi",
    ):
        assert not is_backup_name(collection, name), name


def test_backups_are_listed_oldest_first_with_their_size_and_time(tmp_path: Path) -> None:
    from db.backup import newest_backup

    collection = tmp_path / "c.duiyi"
    assert list_backups(collection) == []
    assert newest_backup(collection) is None
    folder = backups_folder(collection)
    newer = _backup_file(folder, "c-20261207-083000-124.duiyi", 1_800_000_000, b"abcd")
    older = _backup_file(folder, "c-20261207-083000-123.duiyi", 1_800_000_100, b"ab")
    _backup_file(folder, "d-20261207-083000-125.duiyi", 1_800_000_000)
    _backup_file(folder, "c-20261207-083000-126.duiyi.part", 1_800_000_000)
    listed = list_backups(collection)
    assert [(b.path, b.size, b.made_at.timestamp(), b.made_at.tzinfo) for b in listed] == [
        (older, 2, 1_800_000_100, UTC),
        (newer, 4, 1_800_000_000, UTC),
    ]
    assert newest_backup(collection) == newer


def test_a_file_is_taken_for_sqlite_by_its_first_sixteen_bytes(tmp_path: Path) -> None:
    from db.backup import is_sqlite_file

    cases = {
        b"": True,  # a new, empty collection
        b"SQLite format 3\x00 and pages": True,
        b"SQLite format 3": False,
        b"SQLite format 3 ": False,
        b"PK\x03\x04": False,
    }
    found = {}
    for n, (head, _wanted) in enumerate(cases.items()):
        path = tmp_path / f"{n}.duiyi"
        path.write_bytes(head)
        found[head] = is_sqlite_file(path)
    assert found == cases


def test_why_a_copy_failed_in_words() -> None:
    import errno

    from db.backup import _reason

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    extended = sqlite3.OperationalError("disk full")
    extended.sqlite_errorcode = 13 | (1 << 8)  # type: ignore[attr-defined]
    other = sqlite3.OperationalError("disk I/O error")
    other.sqlite_errorcode = 10  # type: ignore[attr-defined]
    assert [
        _reason(OSError(errno.ENOSPC, "No space left on device")),
        _reason(OSError(errno.EDQUOT, "Disk quota exceeded")),
        _reason(OSError(errno.EACCES, "Permission denied")),
        _reason(OSError("no errno")),
        _reason(full),
        _reason(extended),
        _reason(other),
        _reason(sqlite3.DatabaseError("file is not a database")),
    ] == [
        "the disk is full",
        "the disk is full",
        "Permission denied",
        "no errno",
        "the disk is full",
        "the disk is full",
        "disk I/O error",
        "file is not a database",
    ]


def test_a_collection_holds_data_with_a_term_a_document_or_a_review(tmp_path: Path) -> None:
    from db.backup import holds_data

    empty = tmp_path / "empty.duiyi"
    Collection.open(empty).close()
    assert holds_data(empty) is False
    assert holds_data(tmp_path / "missing.duiyi") is False
    (tmp_path / "junk.duiyi").write_bytes(b"junk" * 100)
    assert holds_data(tmp_path / "junk.duiyi") is False
    for table in ("terms", "documents", "reviews"):
        copy = tmp_path / f"{table}.duiyi"
        copy.write_bytes(empty.read_bytes())
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA foreign_keys=OFF")
        # One row, its required columns set to 1: only its presence matters.
        columns = [r for r in conn.execute(f"PRAGMA table_info({table})") if r[3] and r[5] == 0]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(c[1] for c in columns)}) "
            f"VALUES ({', '.join('1' for _ in columns)})"
        )
        conn.commit()
        conn.close()
        assert holds_data(copy) is True, table


def test_pruning_keeps_the_newest_and_never_a_protected_one(tmp_path: Path) -> None:
    from db.backup import prune

    collection = tmp_path / "c.duiyi"
    folder = backups_folder(collection)
    made = [
        _backup_file(folder, f"c-20261207-08300{n}-000.duiyi", 1_800_000_000 + n) for n in range(5)
    ]
    prune(collection, keep=5)
    assert [b.path for b in list_backups(collection)] == made
    prune(collection, keep=3, protect=[made[0]])
    assert [b.path for b in list_backups(collection)] == [made[0], made[3], made[4]]
    prune(collection, keep=1)
    assert [b.path for b in list_backups(collection)] == [made[4]]
    prune(collection, keep=0)
    assert list_backups(collection) == []


def test_a_backup_prunes_only_with_data_and_a_number_to_keep(tmp_path: Path) -> None:
    from db.backup import make_backup

    path = tmp_path / "c.duiyi"
    Collection.open(path).close()  # empty: its backup on close is the first
    first = list_backups(path)
    assert len(first) == 1
    make_backup(path, keep=1)  # an empty copy prunes nothing
    assert len(list_backups(path)) == 2
    with Collection.open(path) as col:
        col.terms.add(chinese="低碳", english="low-carbon")
    make_backup(path, keep=None)
    count = len(list_backups(path))
    made = make_backup(path, keep=2)
    assert count == 3
    assert [b.path for b in list_backups(path)][-1] == made.path
    assert len(list_backups(path)) == 2
    assert made.size == made.path.stat().st_size
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_two_backups_in_one_millisecond_get_two_names(tmp_path: Path) -> None:
    from db.backup import make_backup

    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="低碳", english="low-carbon")
    made = [make_backup(path).path for _ in range(5)]
    assert len(set(made)) == 5
    assert [b.path for b in list_backups(path)][-5:] == made


def test_a_backup_is_due_a_day_after_the_newest(tmp_path: Path) -> None:
    import time

    from db.backup import DAILY, backup_due

    collection = tmp_path / "c.duiyi"
    assert DAILY == 86400
    assert backup_due(collection) is True
    folder = backups_folder(collection)
    _backup_file(folder, "c-20261207-083000-000.duiyi", time.time() - 3 * DAILY)
    newest = _backup_file(folder, "c-20261207-083000-001.duiyi", time.time() - DAILY + 60)
    assert backup_due(collection) is False
    stamp = time.time() - DAILY - 1
    os.utime(newest, (stamp, stamp))
    assert backup_due(collection) is True


def test_a_backup_waits_for_a_free_name_and_is_dated_in_utc(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from db.backup import make_backup

    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="低碳", english="low-carbon")
    folder = backups_folder(path)
    start = datetime.now(UTC)
    taken = set()
    for second in range(2):  # every name of this second and the next is taken
        moment = start + timedelta(seconds=second)
        for ms in range(1000):
            name = f"c-{moment:%Y%m%d-%H%M%S}-{ms:03d}.duiyi"
            (folder / name).write_bytes(b"")
            taken.add(name)
    made = make_backup(path, keep=None)
    assert made.path.name not in taken
    assert made.made_at.tzinfo == UTC
    stamp = f"{made.made_at:%Y%m%d-%H%M%S}-{made.made_at.microsecond // 1000:03d}"
    assert made.path.name == f"c-{stamp}.duiyi"
