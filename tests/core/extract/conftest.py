"""Fixtures for extraction tests: the shared scorer, the gold lists, aligned texts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from duiyi.document import SegmentPair

SHARED_EVAL = Path(__file__).resolve().parents[3].parent / "shared" / "eval"
DATA = Path(__file__).resolve().parents[2] / "data" / "extract"


@pytest.fixture(scope="session")
def score_terms() -> ModuleType:
    """../shared/eval/score_terms.py loaded as a module."""
    path = SHARED_EVAL / "score_terms.py"
    assert path.exists(), f"the scorer is missing: {path}"
    spec = importlib.util.spec_from_file_location("score_terms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_terms", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    """The development gold list for the seed."""
    return SHARED_EVAL / "seed-gold.tsv"


@pytest.fixture(scope="session")
def extract_data() -> Path:
    """tests/data/extract: Duiyi's own bilingual test texts and gold lists."""
    return DATA


@pytest.fixture(scope="session")
def seed_pairs() -> tuple[SegmentPair, ...]:
    """The seed, read and aligned by the real pipeline."""
    from duiyi.pipeline import read_and_align

    seed = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
    return read_and_align(seed / "000_7f6f740f4e046d2f.txt").pairs
