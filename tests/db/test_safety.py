"""Data safety: the collection and its backups survive the user's own mistakes (issue 11).

Each test starts from a closed collection with accepted terms and one backup, does what a
careless or unlucky user would, and compares the collection (and the backups) before and after.
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from db import Collection, migrate
from db.backup import KEEP, list_backups, make_backup
from db.models import Base
from duiyi.errors import InvalidInput, StorageError
from tests.db.conftest import KEPT_TERMS, collection_state, dump, kept_collection

# ----- 1. no export over the collection, its working files or a backup ----------------------


def _targets(path: Path) -> list[tuple[Path, str]]:
    """Names a user might give that are the collection or one of its files, and why."""
    backup = list_backups(path)[0].path
    folder = path.parent
    (folder / "link.csv").symlink_to(path)
    (folder / "backup-link.apkg").symlink_to(backup)
    os.link(backup, folder / "hardlink.csv")
    return [
        (path, "the collection"),
        (folder / "backups" / ".." / path.name, "the collection"),
        (folder / "link.csv", "the collection"),
        (folder / f"{path.name}-wal", "working file"),
        (folder / f"{path.name}-shm", "working file"),
        (folder / f"{path.name}.lock", "lock file"),
        (backup, "a backup"),
        (folder / "backups" / ".." / "backups" / backup.name, "a backup"),
        (folder / "backup-link.apkg", "a backup"),
        (folder / "hardlink.csv", "a backup"),
    ]


@pytest.mark.parametrize("kind", ["apkg", "csv", "anki-csv"])
def test_no_export_writes_over_the_collection_or_a_backup(tmp_path: Path, kind: str) -> None:
    path = kept_collection(tmp_path)
    targets = _targets(path)
    before = collection_state(path)
    with Collection.open(path) as col:
        for target, why in targets:
            with pytest.raises(InvalidInput) as refused:
                if kind == "apkg":
                    col.exchange.export_apkg(path=target)
                else:
                    col.exchange.export_csv(path=target, anki=kind == "anki-csv")
            message = str(refused.value)
            assert message.startswith(f"Cannot write {target}: it is ")
            assert why in message
            assert "\n" not in message
    assert collection_state(path) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_an_export_beside_the_collection_is_still_written(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    with Collection.open(path) as col:
        col.check_output_path(tmp_path / "c.duiyi.csv")
        summary = col.exchange.export_csv(path=tmp_path / "c.duiyi.csv", anki=False).value
    assert summary.notes == len(KEPT_TERMS)


# ----- 2-4. restore copies and checks first, swaps atomically, prunes last ------------------


def test_restoring_the_collection_onto_itself_changes_nothing(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    newest = list_backups(path)[-1].path
    before = collection_state(path)
    (tmp_path / "alias.duiyi").symlink_to(path)
    for source in (path, tmp_path / "backups" / ".." / path.name, tmp_path / "alias.duiyi"):
        with pytest.raises(StorageError) as refused:
            Collection.restore(path=path, file=source)
        assert str(refused.value) == (
            f"{source.absolute()} is the collection itself, not a backup: nothing was changed; "
            f'to go back to a backup, restore it with: duiyi --db "{path}" restore "{newest}"'
        )
    assert collection_state(path) == before
    with Collection.open(path) as col:
        assert col.terms.count() == len(KEPT_TERMS)


def test_restoring_the_oldest_of_many_backups_keeps_it_and_restores_it(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    oldest = list_backups(path)[0].path
    restored_rows = dump(oldest)
    with Collection.open(path) as col:
        col.terms.add(chinese="绿色出行", english="green travel")
        for _ in range(KEEP - 1):
            col.backups.make()
    # An earlier restore kept the replaced collection as one more backup: 21 of them.
    make_backup(path, keep=KEEP + 1)
    assert len(list_backups(path)) == KEEP + 1
    assert list_backups(path)[0].path == oldest
    oldest_bytes = oldest.read_bytes()
    saved = Collection.restore(path=path, file=oldest)
    assert oldest.read_bytes() == oldest_bytes
    assert dump(path) == restored_rows
    assert saved is not None and saved == list_backups(path)[-1].path
    assert len(list_backups(path)) == KEEP
    with Collection.open(path) as col:
        assert col.terms.count() == len(KEPT_TERMS)
        assert col.check().ok


def _stand_in(tmp_path: Path, name: str, *, drop: str | None = None) -> Path:
    """A copy of a real collection with one table dropped (or, with drop=None, unchanged)."""
    source = tmp_path / "other" / "o.duiyi"
    if not source.exists():
        source.parent.mkdir()
        with Collection.open(source) as col:
            col.terms.add(chinese="净零排放", english="net-zero emissions")
    target = tmp_path / name
    conn = sqlite3.connect(source)
    copy = sqlite3.connect(target)
    conn.backup(copy)
    conn.close()
    if drop is not None:
        copy.execute(f"DROP TABLE {drop}")
        copy.commit()
    copy.close()
    return target


def test_a_restore_source_with_only_some_tables_is_refused(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    before = collection_state(path)
    bare = tmp_path / "bare.duiyi"
    conn = sqlite3.connect(bare)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    # Stamped with this Duiyi's schema, so the check (not an upgrade) meets the missing tables.
    conn.execute("INSERT INTO alembic_version VALUES (?)", (migrate.head_revision(),))
    conn.execute("CREATE TABLE terms (id INTEGER PRIMARY KEY, chinese TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as refused:
        Collection.restore(path=path, file=bare)
    # Every other model table is missing, and every column of terms but its two.
    more = len(Base.metadata.tables) - 1 + len(Base.metadata.tables["terms"].columns) - 2
    assert str(refused.value) == (
        f"{bare} is not a complete Duiyi collection (it lacks table term_fts, "
        "table term_chars_fts, table rendering_fts, table undo_log, table undo_steps "
        f"and {more} more)."
    )
    no_reviews = _stand_in(tmp_path, "no-reviews.duiyi", drop="reviews")
    with pytest.raises(StorageError) as refused:
        Collection.restore(path=path, file=no_reviews)
    assert str(refused.value) == (
        f"{no_reviews} is not a complete Duiyi collection (it lacks table reviews)."
    )
    newer = _stand_in(tmp_path, "newer.duiyi")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as refused:
        Collection.restore(path=path, file=newer)
    assert str(refused.value) == (
        f"The backup {newer} was made by a newer version of Duiyi (schema 9999); "
        "update Duiyi first."
    )
    assert collection_state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    good = _stand_in(tmp_path, "good.duiyi")
    Collection.restore(path=path, file=good)
    with Collection.open(path) as col:
        assert [t.chinese for t in col.terms.search()] == ["净零排放"]


# ----- 5. a lost collection is not silently started afresh ----------------------------------


@pytest.mark.parametrize("lost", ["empty", "missing"])
def test_a_lost_collection_with_backups_is_not_replaced_by_an_empty_one(
    tmp_path: Path, lost: str
) -> None:
    path = kept_collection(tmp_path)
    newest = list_backups(path)[-1].path
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if lost == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    backups_before = {info.path.name: info.path.read_bytes() for info in list_backups(path)}
    with pytest.raises(StorageError) as refused:
        Collection.open(path)
    state = "is empty (0 bytes)" if lost == "empty" else "is missing"
    assert str(refused.value) == (
        f"The collection {path} {state} but has backups; restore the newest with: "
        f'duiyi --db "{path}" restore "{newest}"'
    )
    assert path.exists() == (lost == "empty")
    assert not path.exists() or path.stat().st_size == 0
    assert {i.path.name: i.path.read_bytes() for i in list_backups(path)} == backups_before
    Collection.restore(path=path, file=newest)
    with Collection.open(path) as col:
        assert col.terms.count() == len(KEPT_TERMS)


def test_a_backup_of_an_empty_collection_prunes_no_good_backup(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    with Collection.open(path) as col:
        for _ in range(KEEP - 1):
            col.backups.make()
    good = {info.path.name: info.path.read_bytes() for info in list_backups(path)}
    assert len(good) == KEEP
    with Collection.open(path) as col:
        col.terms.delete(term_ids=[t.id for t in col.terms.search()])
        assert col.terms.count() == 0
        col.backups.make()
    kept = {info.path.name: info.path.read_bytes() for info in list_backups(path)}
    assert len(kept) == KEEP + 1
    assert {name: kept[name] for name in good} == good


# ----- 6. a failed backup on close is a warning: the work is stored -------------------------


def test_a_failing_backup_on_close_keeps_the_committed_change(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    # Something that is not a folder where the backups go: the daily backup cannot be written.
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    col = Collection.open(path)
    col.terms.add(chinese="绿色出行", english="green travel")
    col.close()
    assert col.backup_problem == (
        f"Cannot write a backup of {path} to {tmp_path / 'backups'}: File exists."
    )
    with Collection.open(path) as again:
        assert [t.chinese for t in again.terms.search()] == ["绿色出行"]


# ----- 7. a full disk and a damaged file are the user's conditions, not bugs ---------------


def _limit_growth(col: Collection, pages: int) -> None:
    """Let the collection file grow by `pages` pages at most, as a nearly full disk would."""
    conn = sqlite3.connect(col.path)
    limit = conn.execute("PRAGMA page_count").fetchone()[0] + pages
    conn.close()

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(col._engine, "connect", cap)
    col._engine.dispose()  # pooled connections reconnect with the limit


def test_a_full_disk_in_the_middle_of_an_import_stores_nothing(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(
        "".join(f"术语{n},term number {n} " + "x" * 200 + "\n" for n in range(400)),
        encoding="utf-8",
    )
    before = collection_state(path)
    with Collection.open(path) as col:
        _limit_growth(col, 4)
        with pytest.raises(StorageError) as refused:
            col.exchange.import_cards(path=glossary)
        assert str(refused.value) == (
            f"The disk holding {path} is full: nothing was stored; free some space and try again."
        )
        with pytest.raises(StorageError) as refused:
            for n in range(200):
                col.terms.add(chinese=f"新词{n}" * 20, english="a long English rendering " * 20)
        assert str(refused.value).startswith(f"The disk holding {path} is full: ")
        assert col.terms.count() == len(KEPT_TERMS) + n
    assert collection_state(path)[1] == before[1]


def _damage_index(path: Path, index: str) -> None:
    """Scribble over the pages of one index of the closed collection `path`."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * size
    noise = random.Random(7)
    data[start + 8 : start + size] = bytes(noise.randrange(256) for _ in range(size - 8))
    path.write_bytes(bytes(data))


def test_damage_found_in_the_middle_of_a_change_names_the_backup(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    newest = list_backups(path)[-1].path
    _damage_index(path, "ix_terms_chinese")
    damaged = path.read_bytes()
    with Collection.open(path) as col, pytest.raises(StorageError) as refused:
        col.terms.add(chinese="新词", english="new word")
    assert str(refused.value) == (
        f"The collection {path} is damaged. The newest backup is {newest}; "
        f'restore it with: duiyi --db "{path}" restore "{newest}"'
    )
    assert path.read_bytes() == damaged


def test_a_damaged_collection_is_not_backed_up_over_good_backups(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    with Collection.open(path) as col:
        for _ in range(KEEP - 1):
            col.backups.make()
    good = collection_state(path)[1]
    newest = list_backups(path)[-1].path
    _damage_index(path, "ix_terms_chinese")
    col = Collection.open(path)
    with pytest.raises(StorageError) as refused:
        col.backups.make()
    message = (
        f"The collection {path} is damaged, so no backup of it was made (the older backups "
        f'are kept); restore the newest with: duiyi --db "{path}" restore "{newest}"'
    )
    assert str(refused.value) == message
    for info in list_backups(path):  # the daily backup on close, due after a day
        os.utime(info.path, (info.path.stat().st_mtime - 2 * 86400,) * 2)
    col.close()
    assert col.backup_problem == message
    assert {i.path.name: i.path.read_bytes() for i in list_backups(path)} == good


# ----- 13. the lock through a symbolic link, exported files' mode, a damaged backup ---------


def test_a_symbolic_link_to_an_open_collection_meets_its_lock(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    alias = tmp_path / "elsewhere" / "alias.duiyi"
    alias.parent.mkdir()
    alias.symlink_to(path)
    before = collection_state(path)
    with Collection.open(path):
        for name in (alias, tmp_path / "elsewhere" / ".." / path.name):
            with pytest.raises(StorageError) as refused:
                Collection.open(name)
            assert str(refused.value) == (
                f"The collection {path} is open in another Duiyi; close that one first."
            )
    assert collection_state(path) == before


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_exported_files_get_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    path = kept_collection(tmp_path)
    old = os.umask(umask)
    try:
        with Collection.open(path) as col:
            col.exchange.export_csv(path=tmp_path / "terms.csv", anki=False)
            col.exchange.export_apkg(path=tmp_path / "terms.apkg")
    finally:
        os.umask(old)
    for name in ("terms.csv", "terms.apkg"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_damaged_backup_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = kept_collection(tmp_path)
    damaged = tmp_path / "other" / "damaged.duiyi"
    damaged.parent.mkdir()
    with Collection.open(damaged) as col:
        for n in range(45):
            col.terms.add(chinese=f"词语{n}", english=f"term {n}")
    for index in ("ix_terms_chinese", "ix_terms_pinyin_plain", "ix_terms_modified_at"):
        _damage_index(damaged, index)
    conn = sqlite3.connect(damaged)
    (report,) = conn.execute("PRAGMA integrity_check").fetchone()
    conn.close()
    # SQLite's own report: a hundred lines in one row.
    lines = [line for line in report.splitlines() if not line.startswith("***")]
    assert len(lines) == 100
    before = collection_state(path)
    with pytest.raises(StorageError) as refused:
        Collection.restore(path=path, file=damaged)
    assert str(refused.value) == (
        f"The backup {damaged} is damaged: SQLite's integrity check found 100 or more "
        f"problems, the first: {lines[0]}."
    )
    assert collection_state(path) == before
