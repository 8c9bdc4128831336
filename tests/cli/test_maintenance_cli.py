"""`duiyi backup`, `duiyi restore FILE`, `duiyi check` end to end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import Collection
from db.backup import list_backups
from desktop.main import main


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_backup_then_restore_after_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    _run(capsys, db, "terms", "add", "净零排放", "net-zero emissions")
    code, out, _ = _run(capsys, db, "backup")
    assert code == 0 and "backups" in out
    newest = list_backups(db)[-1].path
    assert str(newest) in out

    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)
    db.write_bytes(bytes(data))
    code, _, err = _run(capsys, db, "terms", "list")
    assert code == 1
    assert "damaged" in err and str(newest) in err and "restore" in err

    code, out, _ = _run(capsys, db, "restore", str(newest))
    assert code == 0 and "1 term" in out
    assert _run(capsys, db, "terms", "list")[1].startswith("1\t净零排放")
    assert _run(capsys, db, "check")[0] == 0


def test_check_reports_problems_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    with Collection.open(db) as col:
        col.terms.add(chinese="煤达峰", english="peak coal output")
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM renderings")
    conn.commit()
    conn.close()
    code, out, err = _run(capsys, db, "check")
    assert code == 1
    assert "terms without any English rendering (ids 1)" in out
    assert "restore" in err


def test_restore_of_a_file_that_is_no_backup_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    _run(capsys, db, "terms", "add", "净零排放", "net-zero emissions")
    junk = tmp_path / "junk.duiyi"
    junk.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = _run(capsys, db, "restore", str(junk))
    assert code == 1 and "not an SQLite database" in err
    assert _run(capsys, db, "terms", "list")[1].startswith("1\t净零排放")
