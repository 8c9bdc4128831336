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
        col.terms.add(chinese="改革开放", english="reform and opening up")
    Collection.restore(path=path, file=backup)
    with Collection.open(path) as col:
        with pytest.raises(InvalidInput):
            col.undo()
        assert col.terms.count() == 0
