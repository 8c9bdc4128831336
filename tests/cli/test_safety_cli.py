"""Data safety from the command line (issue 11): what the user sees, and that nothing is lost.

Each test starts from a closed collection with accepted terms and one backup and compares the
collection (and its backups) before and after the command.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import Collection
from db.backup import list_backups
from desktop.cli.app import build_parser
from desktop.cli.context import CliContext
from desktop.crashlog import command_line, write_crash_log
from desktop.main import main
from tests.conftest import SEED
from tests.db.conftest import KEPT_TERMS, collection_state, dump, kept_collection


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("option", ["--csv", "--apkg"])
def test_export_onto_the_collection_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    db = kept_collection(tmp_path)
    before = collection_state(db)
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
    assert collection_state(db) == before
    assert _run(capsys, db, "check")[0] == 0


def test_restore_of_the_collection_itself_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kept_collection(tmp_path)
    newest = list_backups(db)[-1].path
    before = collection_state(db)
    code, out, err = _run(capsys, db, "restore", str(db))
    assert (code, out) == (1, "")
    assert err == (
        f"duiyi: {db} is the collection itself, not a backup: nothing was changed; "
        f'to go back to a backup, restore it with: duiyi --db "{db}" restore "{newest}"\n'
    )
    assert collection_state(db) == before
    code, out, _ = _run(capsys, db, "terms", "list")
    assert code == 0 and len(out.splitlines()) == len(KEPT_TERMS)


def test_restore_says_where_the_replaced_collection_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kept_collection(tmp_path)
    backup = list_backups(db)[0].path
    restored_rows = dump(backup)
    _run(capsys, db, "terms", "add", "绿色出行", "green travel")
    replaced_rows = dump(db)
    code, out, err = _run(capsys, db, "restore", str(backup))
    kept = list_backups(db)[-1].path
    assert (code, err) == (0, "")
    assert out == (
        f"Restored {db} from {backup} ({len(KEPT_TERMS)} terms).\n"
        f"The replaced collection was kept as {kept}.\n"
    )
    assert dump(db) == restored_rows
    assert dump(kept) == replaced_rows


def test_an_emptied_collection_names_the_backup_and_the_command_to_restore_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kept_collection(tmp_path)
    newest = list_backups(db)[-1].path
    backups_before = collection_state(db)[1]
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
    assert out == f"Restored {db} from {newest} ({len(KEPT_TERMS)} terms).\n"


# ----- a real full disk and a real read-only file system, in a private mount namespace ------

# Runs as root of a user namespace of its own (unshare), so the test needs no privileges:
# mounts a small tmpfs (or a read-only view of a folder), runs one duiyi command there, copies
# the collection's files back out and prints what the command printed.
_DRIVER = """
import json, os, shutil, subprocess, sys
from pathlib import Path
spec = json.loads(sys.argv[1])
folder, out = Path(spec["folder"]), Path(spec["out"])
if spec["mode"] == "small-disk":
    source = Path(spec["collection"])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4M", "tmpfs", str(folder)], check=True)
    shutil.copy(source, folder / source.name)
    if (source.parent / "backups").is_dir():
        shutil.copytree(source.parent / "backups", folder / "backups")
    stat = os.statvfs(folder)
    with open(folder / "filler", "wb") as filler:
        filler.write(bytes(max(0, stat.f_bavail * stat.f_frsize - spec["spare"])))
    db = folder / source.name
else:
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    db = folder / spec["name"]
done = subprocess.run(
    [sys.executable, "-m", "desktop.main", "--db", str(db), *spec["argv"]],
    capture_output=True, text=True, check=False,
)
for path in folder.iterdir():
    if path.name.startswith(db.name) and not path.name.endswith(".lock"):
        shutil.copy(path, out / path.name)
print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr}))
"""


def _confined(tmp_path: Path, spec: dict[str, object]) -> tuple[int, str, str, Path]:
    """Run the driver in its own user and mount namespace; (exit code, out, err, copy)."""
    out = tmp_path / f"out-{len(list(tmp_path.glob('out-*')))}"
    out.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    spec = {**spec, "out": str(out)}
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "XDG_DATA_HOME": str(tmp_path / "data")}
    unshare = shutil.which("unshare")
    assert unshare is not None, "util-linux unshare is needed for these tests"
    done = subprocess.run(
        [
            unshare,
            "--user",
            "--map-root-user",
            "--mount",
            sys.executable,
            str(driver),
            json.dumps(spec),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    result = json.loads(done.stdout)
    return result["code"], result["out"], result["err"], out / "c.duiyi"


def test_a_full_disk_during_import_is_one_sentence_and_stores_nothing(tmp_path: Path) -> None:
    db = kept_collection(tmp_path)
    before = dump(db)
    mount = tmp_path / "small"
    mount.mkdir()
    spec = {"mode": "small-disk", "folder": str(mount), "collection": str(db), "spare": 60_000}
    # The same nearly full disk still lets the collection be opened and read ...
    code, out, err, copy = _confined(tmp_path, {**spec, "argv": ["terms", "list"]})
    assert (code, err, len(out.splitlines())) == (0, "", len(KEPT_TERMS))
    # ... but importing the seed text needs more room than there is.
    code, out, err, copy = _confined(tmp_path, {**spec, "argv": ["import", str(SEED)]})
    where = mount / db.name
    assert (code, out) == (1, "")
    assert err == (
        f"duiyi: The disk holding {where} is full: nothing was stored; "
        "free some space and try again.\n"
    )
    assert dump(copy) == before
    assert not (tmp_path / "data").exists()  # no crash.log


def test_a_failed_backup_after_a_stored_change_is_a_warning(tmp_path: Path) -> None:
    db = kept_collection(tmp_path)
    shutil.rmtree(tmp_path / "backups")  # the daily backup is due on close
    mount = tmp_path / "small"
    mount.mkdir()
    spec = {"mode": "small-disk", "folder": str(mount), "collection": str(db), "spare": 200_000}
    code, out, err, copy = _confined(
        tmp_path, {**spec, "argv": ["terms", "add", "绿色出行", "green travel"]}
    )
    where = mount / db.name
    assert (code, out) == (
        0,
        f"Added term {len(KEPT_TERMS) + 1}: 绿色出行 (lǜsè chūxíng) = green travel\n",
    )
    assert err == (
        f"duiyi: warning: Cannot write a backup of {where} to {mount / 'backups'}: the disk is "
        "full. Everything the command did is stored; the next time the collection is closed "
        "Duiyi tries the backup again.\n"
    )
    with Collection.open(copy) as col:
        assert col.terms.count() == len(KEPT_TERMS) + 1


def test_a_read_only_file_system_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    db = kept_collection(folder)
    before = collection_state(db)
    spec = {"mode": "read-only", "folder": str(folder), "name": db.name}
    for argv in (["terms", "add", "绿色出行", "green travel"], ["import", str(SEED)]):
        code, out, err, _ = _confined(tmp_path, {**spec, "argv": argv})
        assert (code, out) == (1, "")
        assert err == (
            f"duiyi: The collection {db} is on a read-only file system: nothing can be stored "
            "there; copy it to a writable folder (or remount the disk read-write) and open it "
            "there.\n"
        )
    assert collection_state(db) == before
    assert not (tmp_path / "data").exists()


def test_damage_found_during_a_command_names_the_newest_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = kept_collection(tmp_path)
    newest = list_backups(db)[-1].path
    _damage_table(db, "decks")
    damaged = db.read_bytes()
    glossary = tmp_path / "g.csv"
    glossary.write_text("新词,new word\n", encoding="utf-8")
    for argv in (["terms", "add", "新词", "new word"], ["import-cards", str(glossary)]):
        code, out, err = _run(capsys, db, *argv)
        assert (code, out) == (1, "")
        assert err == (
            f"duiyi: The collection {db} is damaged. The newest backup is {newest}; "
            f'restore it with: duiyi --db "{db}" restore "{newest}"\n'
        )
    assert db.read_bytes() == damaged
    assert not (tmp_path / "data").exists()


def _damage_table(path: Path, table: str) -> None:
    """Scribble over the first page of one table of the closed collection `path`."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * size
    noise = random.Random(13)
    data[start + 8 : start + size] = bytes(noise.randrange(256) for _ in range(size - 8))
    path.write_bytes(bytes(data))


# ----- 9. bytes that are not UTF-8 on the command line ---------------------------------------


def test_arguments_that_are_not_utf8_get_one_line_and_change_nothing(tmp_path: Path) -> None:
    db = kept_collection(tmp_path)
    before = collection_state(db)
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "\udcff.txt").write_text("网络空间\ncyberspace\n", encoding="utf-8")
    cases = [
        (
            ["terms", "add", b"\xff\xfe", "english"],
            "duiyi: the argument '\\xff\\xfe' is not valid UTF-8 text; check the terminal's "
            "character encoding (a UTF-8 locale) and type it again.\n",
        ),
        (
            ["terms", "add", "网络", b"cyber\xe9space"],
            "duiyi: the argument 'cyber\\xe9space' is not valid UTF-8 text; check the "
            "terminal's character encoding (a UTF-8 locale) and type it again.\n",
        ),
        (
            ["import", os.fsencode(odd / "\udcff.txt")],
            f"duiyi: the file name '{odd}/\\xff.txt' is not valid UTF-8, which Duiyi cannot "
            "store as text; rename the file and try again.\n",
        ),
    ]
    for argv, message in cases:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.main", "--db", str(db), *argv],
            capture_output=True,
            check=False,
            env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
        )
        assert (done.returncode, done.stdout) == (2, b"")
        assert done.stderr.decode("utf-8") == message
    assert collection_state(db) == before
    assert not (tmp_path / "data").exists()


def test_the_crash_log_keeps_a_command_that_was_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["duiyi", "--db", "\udcff.duiyi", "terms", "list"])
    try:
        raise ZeroDivisionError("a slip inside Duiyi")
    except ZeroDivisionError as error:
        log = write_crash_log(error, context=command_line())
    assert log == tmp_path / "data" / "duiyi" / "crash.log"
    text = log.read_text(encoding="utf-8")
    assert "command: duiyi --db \\xff.duiyi terms list\n" in text
    assert "ZeroDivisionError: a slip inside Duiyi" in text


def test_a_full_disk_met_outside_the_collection_is_not_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def write_sheet(ctx: CliContext) -> int:
        # /dev/full answers every write as a full disk does (ENOSPC).
        with open("/dev/full", "wb") as sheet:
            sheet.write(b"x" * 65536)
        return 0

    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers.add_parser("sheet").set_defaults(handler=write_sheet)
    code = main(["--db", str(tmp_path / "c.duiyi"), "sheet"], parser=parser)
    assert code == 1
    assert capsys.readouterr().err == (
        "duiyi: The disk is full: nothing was stored; free some space and try again.\n"
    )
    assert not (tmp_path / "data").exists()
