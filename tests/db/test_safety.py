"""Data safety: the collection and its backups survive the user's own mistakes (issue 11).

Each test starts from a closed collection with accepted terms and one backup, does what a
careless or unlucky user would, and compares the collection (and the backups) before and after.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db import Collection
from db.backup import list_backups
from duiyi.errors import InvalidInput
from tests.db.conftest import dump

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
    ("互联互通", "connectivity"),
    ("人才交流", "people-to-people exchanges"),
]


def _kept(tmp_path: Path) -> Path:
    """A closed collection with five accepted terms and exactly one backup beside it."""
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        for chinese, english in TERMS:
            col.add_term(chinese=chinese, english=english)
    assert len(list_backups(path)) == 1
    return path


def _state(path: Path) -> tuple[list[str], dict[str, bytes]]:
    """The collection's rows and every backup's bytes, for comparing before and after."""
    return dump(path), {info.path.name: info.path.read_bytes() for info in list_backups(path)}


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
    path = _kept(tmp_path)
    targets = _targets(path)
    before = _state(path)
    with Collection.open(path) as col:
        for target, why in targets:
            with pytest.raises(InvalidInput) as refused:
                if kind == "apkg":
                    col.export_apkg(path=target)
                else:
                    col.export_csv(path=target, anki=kind == "anki-csv")
            message = str(refused.value)
            assert message.startswith(f"Cannot write {target}: it is ")
            assert why in message
            assert "\n" not in message
    assert _state(path) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_an_export_beside_the_collection_is_still_written(tmp_path: Path) -> None:
    path = _kept(tmp_path)
    with Collection.open(path) as col:
        col.check_output_path(tmp_path / "c.duiyi.csv")
        summary = col.export_csv(path=tmp_path / "c.duiyi.csv", anki=False).value
    assert summary.notes == len(TERMS)
