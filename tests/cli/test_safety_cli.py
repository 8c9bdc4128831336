"""Data safety from the command line (issue 11): what the user sees, and that nothing is lost.

Each test starts from a closed collection with accepted terms and one backup and compares the
collection (and its backups) before and after the command.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Collection
from db.backup import list_backups
from desktop.main import main
from tests.db.conftest import dump

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
]


def _kept(tmp_path: Path) -> Path:
    """A closed collection with three accepted terms and exactly one backup beside it."""
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        for chinese, english in TERMS:
            col.add_term(chinese=chinese, english=english)
    assert len(list_backups(path)) == 1
    return path


def _state(path: Path) -> tuple[list[str], dict[str, bytes]]:
    """The collection's rows and every backup's bytes."""
    return dump(path), {info.path.name: info.path.read_bytes() for info in list_backups(path)}


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("option", ["--csv", "--apkg"])
def test_export_onto_the_collection_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    db = _kept(tmp_path)
    before = _state(db)
    code, out, err = _run(capsys, db, "export", option, str(db))
    assert (code, out) == (1, "")
    assert err == (
        f"duiyi: Cannot write {db}: it is the collection {db} itself; choose another file.\n"
    )
    backup = list_backups(db)[0].path
    sneaky = tmp_path / "backups" / ".." / "backups" / backup.name
    code, out, err = _run(capsys, db, "export", option, str(sneaky))
    assert (code, out) == (1, "")
    assert err == (
        f"duiyi: Cannot write {sneaky}: it is a backup of the collection {db}; "
        "choose another file.\n"
    )
    assert _state(db) == before
    assert _run(capsys, db, "check")[0] == 0


def test_restore_of_the_collection_itself_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _kept(tmp_path)
    newest = list_backups(db)[-1].path
    before = _state(db)
    code, out, err = _run(capsys, db, "restore", str(db))
    assert (code, out) == (1, "")
    assert err == (
        f"duiyi: {db} is the collection itself, not a backup: nothing was changed; "
        f'to go back to a backup, restore it with: duiyi --db "{db}" restore "{newest}"\n'
    )
    assert _state(db) == before
    code, out, _ = _run(capsys, db, "terms", "list")
    assert code == 0 and len(out.splitlines()) == len(TERMS)


def test_restore_says_where_the_replaced_collection_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _kept(tmp_path)
    backup = list_backups(db)[0].path
    restored_rows = dump(backup)
    _run(capsys, db, "terms", "add", "绿色发展", "green development")
    replaced_rows = dump(db)
    code, out, err = _run(capsys, db, "restore", str(backup))
    kept = list_backups(db)[-1].path
    assert (code, err) == (0, "")
    assert out == (
        f"Restored {db} from {backup} ({len(TERMS)} terms).\n"
        f"The replaced collection was kept as {kept}.\n"
    )
    assert dump(db) == restored_rows
    assert dump(kept) == replaced_rows


def test_an_emptied_collection_names_the_backup_and_the_command_to_restore_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _kept(tmp_path)
    newest = list_backups(db)[-1].path
    backups_before = _state(db)[1]
    db.write_bytes(b"")
    for command in (["check"], ["terms", "list"], ["backup"]):
        code, out, err = _run(capsys, db, *command)
        assert (code, out) == (1, "")
        assert err == (
            f"duiyi: The collection {db} is empty (0 bytes) but has backups; "
            f'restore the newest with: duiyi --db "{db}" restore "{newest}"\n'
        )
    assert db.read_bytes() == b""
    assert {i.path.name: i.path.read_bytes() for i in list_backups(db)} == backups_before
    code, out, _ = _run(capsys, db, "restore", str(newest))
    assert code == 0
    assert out == f"Restored {db} from {newest} ({len(TERMS)} terms).\n"
