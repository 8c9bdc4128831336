"""Shared fixtures: the seed text beside the repository, fresh collections in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duiyi import cedict

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_7f6f740f4e046d2f.txt"


@pytest.fixture
def seed_path() -> Path:
    """The bilingual seed text (read from ../shared, never copied into the repository)."""
    assert SEED.exists(), f"the seed is missing: {SEED}"
    return SEED


@pytest.fixture(scope="session", autouse=True)
def duiyi_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Duiyi's cache folder, one for the session: tests never write into the user's own (the
    folder function is patched, as platformdirs ignores XDG_CACHE_HOME on Windows), and the
    dictionary is cached once a session, not once a test."""
    folder = tmp_path_factory.mktemp("cache") / "duiyi"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cedict, "_cache_folder", lambda: folder)
        yield folder
