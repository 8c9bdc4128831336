"""Shared fixtures: the seed text beside the repository, fresh collections in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_7f6f740f4e046d2f.txt"


@pytest.fixture
def seed_path() -> Path:
    """The bilingual seed text (read from ../shared, never copied into the repository)."""
    assert SEED.exists(), f"the seed is missing: {SEED}"
    return SEED
