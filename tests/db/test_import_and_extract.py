"""col.documents.import_and_extract: the document and its candidates in one transaction and one
undo step; Cancel at any stage stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from db import Collection
from db.results import Changes
from duiyi.document import AlignedDocument, GlossaryEntry
from duiyi.errors import Cancelled
from duiyi.pipeline import content_hash, read_and_align
from duiyi.progress import CancelToken
from tests.db.conftest import dump

T = TypeVar("T")


@pytest.fixture
def seed_document(seed_path: Path) -> AlignedDocument:
    return read_and_align(seed_path)


def test_an_import_with_its_candidates_is_one_undo_step(
    col: Collection, seed_document: AlignedDocument, tmp_path: Path
) -> None:
    empty = dump(col.path)
    result = col.documents.import_and_extract(document=seed_document, title="Seed")
    summary = result.value.summary
    assert (summary.title, summary.pairs, summary.already_imported) == ("Seed", 14, False)
    stored = sorted(c.id for c in col.candidates.all(document_id=summary.document_id))
    assert stored == sorted(result.value.stored)
    # the same candidates a separate extraction of the stored document finds
    with Collection.open(tmp_path / "other.duiyi") as other:
        doc_id = other.documents.add(document=seed_document).value.document_id
        assert len(other.candidates.extract(document_id=doc_id).value) == len(stored)
    assert result.changes == Changes(documents=True, pairs=True, terms=True)
    assert col.undo_label() == "Import Seed"
    col.undo()
    assert col.undo_label() is None
    assert dump(col.path) == empty


def test_importing_the_same_text_again_stores_nothing_new(
    col: Collection, seed_document: AlignedDocument
) -> None:
    first = col.documents.import_and_extract(document=seed_document, title="Seed").value
    before = dump(col.path)
    again = col.documents.import_and_extract(document=seed_document, title="Other")
    assert again.value.summary.already_imported
    assert again.value.summary.document_id == first.summary.document_id
    assert (again.value.stored, again.value.candidates) == ((), ())
    assert again.changes == Changes()
    assert dump(col.path) == before
    assert col.undo_label() == "Import Seed"


def _cancel_while_storing_pairs(token: CancelToken) -> dict[str, Any]:
    def progress(done: int, total: int) -> None:
        token.cancel()

    return {"progress": progress}


def _cancel_once_the_pairs_are_stored(token: CancelToken) -> dict[str, Any]:
    def progress(done: int, total: int) -> None:
        if done == total:
            token.cancel()

    return {"progress": progress}


def _cancel_while_extracting(token: CancelToken) -> dict[str, Any]:
    """Cancel pressed while the helper extracts: the runner gives up, as run_in_process does."""

    def run_cpu(fn: Callable[..., T], /, *args: Any, cancel: CancelToken, **kw: Any) -> T:
        token.cancel()
        cancel.raise_if_set()
        return fn(*args, **kw)

    return {"run_cpu": run_cpu}


def _cancel_as_extraction_ends(token: CancelToken) -> dict[str, Any]:
    """Cancel pressed just as the extractor's result came back."""

    def run_cpu(fn: Callable[..., T], /, *args: Any, cancel: CancelToken, **kw: Any) -> T:
        value = fn(*args, **kw)
        token.cancel()
        return value

    return {"run_cpu": run_cpu}


@pytest.mark.parametrize(
    "stage",
    [
        _cancel_while_storing_pairs,
        _cancel_once_the_pairs_are_stored,
        _cancel_while_extracting,
        _cancel_as_extraction_ends,
    ],
)
def test_cancelling_at_any_stage_stores_nothing(
    col: Collection,
    seed_document: AlignedDocument,
    stage: Callable[[CancelToken], dict[str, Any]],
) -> None:
    empty = dump(col.path)
    token = CancelToken()
    with pytest.raises(Cancelled):
        col.documents.import_and_extract(document=seed_document, cancel=token, **stage(token))
    assert token.cancelled
    assert col.documents.all() == []
    assert col.candidates.all() == []
    assert col.undo_label() is None
    assert dump(col.path) == empty


def test_a_glossary_is_stored_without_candidates(col: Collection) -> None:
    glossary = (GlossaryEntry("数字鸿沟", ("digital divide",)),)
    document = AlignedDocument(
        title="Handout",
        source_name="handout.csv",
        format="csv",
        encoding="utf-8",
        layout="glossary",
        pairs=(),
        glossary=glossary,
        content_hash=content_hash((), glossary),
    )
    result = col.documents.import_and_extract(document=document, deck="Cyber")
    assert (result.value.candidates, result.value.stored) == ((), ())
    assert result.value.summary.terms == 1
    assert result.changes == Changes(documents=True, pairs=True, terms=True, cards=True, decks=True)
    assert col.candidates.all() == []
    assert col.undo_label() == "Import Handout"
