"""A fresh Anki collection per test (the real `anki` library)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection


@pytest.fixture
def anki_col(tmp_path: Path) -> Iterator[Collection]:
    """An empty Anki collection in tmp_path."""
    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()
