"""Fixtures for alignment tests: the seed as a reader would give it."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.document import SourceText, TextBlock


def seed_lines(path: Path) -> list[str]:
    """The seed's lines as text (UTF-8)."""
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def seed_source(seed_path: Path) -> SourceText:
    """The seed as one block per line, the way the text reader gives it."""
    blocks = tuple(TextBlock(line) for line in seed_lines(seed_path) if line.strip())
    return SourceText(name=seed_path.name, format="txt", encoding="utf-8", blocks=blocks)
