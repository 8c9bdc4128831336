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
