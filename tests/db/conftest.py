"""Fixtures for storage tests: a fresh collection file in tmp_path, and a way to dump one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Any]:
    """A new, open collection in tmp_path; closed after the test."""
    # Imported here: while conftest files load, tests/db would shadow the db package.
    from db import Collection

    collection = Collection.open(tmp_path / "collection.duiyi")
    yield collection
    collection.close()


def dump(path: Path) -> list[str]:
    """Every row of every Duiyi table (not the undo log), for comparing whole databases."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'undo_%' "
                "AND name NOT LIKE 'sqlite_%' AND instr(name, 'fts') = 0 ORDER BY name"
            )
        ]
        lines = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                lines.append(f"{name}: {row!r}")
        for fts in ("term_fts", "term_chars_fts", "rendering_fts"):
            for row in conn.execute(f"SELECT rowid, * FROM {fts} ORDER BY rowid"):
                lines.append(f"{fts}: {row!r}")
        return lines
    finally:
        conn.close()


KEPT_TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
    ("互联互通", "connectivity"),
    ("人才交流", "people-to-people exchanges"),
]


def kept_collection(tmp_path: Path) -> Path:
    """A closed collection with the KEPT_TERMS accepted and exactly one backup beside it."""
    from db import Collection
    from db.backup import list_backups

    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        for chinese, english in KEPT_TERMS:
            col.terms.add(chinese=chinese, english=english)
    assert len(list_backups(path)) == 1
    return path


def collection_state(path: Path) -> tuple[list[str], dict[str, bytes]]:
    """The collection's rows and every backup's bytes, for comparing before and after."""
    from db.backup import list_backups

    return dump(path), {info.path.name: info.path.read_bytes() for info in list_backups(path)}
