"""Fixtures for alignment tests: the seed as the text reader gives it, and its reference pairs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duiyi.document import AlignedDocument, SourceText
from duiyi.pipeline import align_source
from duiyi.read import read_file

# Qt (used to write PDFs) must not look for a screen; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def seed_source(seed_path: Path) -> SourceText:
    """The seed read by the text reader: one block per line."""
    return read_file(seed_path)


@pytest.fixture
def seed_document(seed_source: SourceText) -> AlignedDocument:
    """The seed, cleaned and aligned: the reference every other format must give again."""
    return align_source(seed_source)


@pytest.fixture
def seed_pairs(seed_document: AlignedDocument) -> list[tuple[str, str]]:
    """The seed's heading and paragraph pairs (Chinese, English), cleaned."""
    return [(p.zh, p.en) for p in seed_document.pairs if p.kind != "sentence"]
