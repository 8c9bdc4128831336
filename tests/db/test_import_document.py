"""col.documents.add: one transaction, re-imports recognised, cancelling stores nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import Collection
from duiyi.document import AlignedDocument, GlossaryEntry, SourceText, TextBlock
from duiyi.errors import Cancelled, InvalidInput
from duiyi.pipeline import align_source, content_hash
from duiyi.progress import CancelToken


@pytest.fixture
def seed_document(seed_path: Path) -> AlignedDocument:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    blocks = tuple(TextBlock(line) for line in lines if line.strip())
    return align_source(SourceText(seed_path.name, "txt", "utf-8", blocks))


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return list(conn.execute(sql))


def test_import_stores_the_document_and_every_pair(
    col: Collection, seed_document: AlignedDocument
) -> None:
    result = col.documents.add(document=seed_document, title="Cyberspace")
    summary = result.value
    assert summary.document_id == 1
    assert not summary.already_imported
    assert (summary.pairs, summary.unpaired) == (14, 0)
    assert summary.sentences == len(seed_document.pairs) - 14
    assert summary.layout == "paragraph-interleaved"
    assert summary.removed[0].count == 10
    assert result.changes.documents and result.changes.pairs
    (info,) = col.documents.all()
    assert (info.id, info.title, info.pair_count, info.unpaired_count) == (1, "Cyberspace", 14, 0)
    assert info.sentence_count == summary.sentences
    assert info.source_name == seed_document.source_name
    tops = col.documents.pairs(document_id=summary.document_id, sentences=False)
    assert [p.kind for p in tops].count("heading") == 2
    assert [(p.zh, p.en) for p in tops] == [
        (p.zh, p.en) for p in seed_document.pairs if p.kind != "sentence"
    ]
    everything = col.documents.pairs(document_id=summary.document_id, sentences=True)
    assert [(p.kind, p.zh, p.en) for p in everything] == [
        (p.kind, p.zh, p.en) for p in seed_document.pairs
    ]
    by_id = {p.id: p for p in everything}
    for stored, core in zip(everything, seed_document.pairs, strict=True):
        if core.parent is None:
            assert stored.parent_id is None
        else:
            assert stored.parent_id is not None
            assert by_id[stored.parent_id].zh == seed_document.pairs[core.parent].zh


def test_no_stored_text_keeps_the_watermark(
    col: Collection, seed_document: AlignedDocument
) -> None:
    col.documents.add(document=seed_document)
    texts = _rows(col.path, "SELECT zh || en FROM segment_pairs")
    assert len(texts) == len(seed_document.pairs)
    assert not [t for (t,) in texts if "文章源自" in str(t) or "en84" in str(t)]


def test_a_reimport_is_recognised_and_stores_nothing(
    col: Collection, seed_document: AlignedDocument
) -> None:
    first = col.documents.add(document=seed_document).value
    again = col.documents.add(document=seed_document, title="Other title")
    assert again.value.already_imported
    assert again.value.document_id == first.document_id
    assert again.value.title == first.title
    assert not again.changes.any
    assert len(col.documents.all()) == 1
    assert _rows(col.path, "SELECT count(*) FROM documents") == [(1,)]


def test_cancelling_midway_stores_nothing(col: Collection, seed_document: AlignedDocument) -> None:
    cancel = CancelToken()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        cancel.cancel()

    with pytest.raises(Cancelled):
        col.documents.add(document=seed_document, progress=progress, cancel=cancel)
    assert calls, "the import reported progress before it was cancelled"
    assert col.documents.all() == []
    assert _rows(col.path, "SELECT count(*) FROM segment_pairs") == [(0,)]
    assert col.undo_label() is None


def test_an_import_is_one_undo_step(col: Collection, seed_document: AlignedDocument) -> None:
    col.documents.add(document=seed_document, title="Seed")
    assert col.undo_label() == "Import Seed"
    col.undo()
    assert col.documents.all() == []
    assert _rows(col.path, "SELECT count(*) FROM segment_pairs") == [(0,)]


def test_glossary_entries_become_accepted_terms_of_the_document(col: Collection) -> None:
    glossary = (
        GlossaryEntry("网络空间命运共同体", ("community with a shared future in cyberspace",)),
        GlossaryEntry("数字鸿沟", ("digital divide", "digital gap")),
    )
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
    summary = col.documents.add(document=document, deck="Cyber").value
    assert summary.terms == 2
    (info,) = col.documents.all()
    assert info.term_count == 2
    rows = _rows(
        col.path,
        "SELECT t.chinese, t.status, d.name, t.document_id FROM terms t "
        "JOIN decks d ON d.id = t.deck_id ORDER BY t.id",
    )
    assert rows == [
        ("网络空间命运共同体", "accepted", "Cyber", summary.document_id),
        ("数字鸿沟", "accepted", "Cyber", summary.document_id),
    ]
    english = _rows(col.path, "SELECT english FROM renderings ORDER BY term_id, position")
    assert [e for (e,) in english][1:] == ["digital divide", "digital gap"]


def test_an_empty_document_is_refused_and_nothing_is_stored(col: Collection) -> None:
    document = AlignedDocument("t", "empty.txt", "txt", None, "", pairs=())
    with pytest.raises(InvalidInput, match=r"empty\.txt"):
        col.documents.add(document=document)
    assert col.documents.all() == []


def test_a_failure_late_in_the_import_leaves_nothing(
    col: Collection, seed_document: AlignedDocument
) -> None:
    bad = (GlossaryEntry("数字鸿沟", ("digital divide",)), GlossaryEntry("空的", ("",)))
    document = AlignedDocument(**{**seed_document.__dict__, "glossary": bad})
    with pytest.raises(InvalidInput, match="空的"):
        col.documents.add(document=document)
    assert col.documents.all() == []
    assert _rows(col.path, "SELECT count(*) FROM segment_pairs") == [(0,)]
    assert _rows(col.path, "SELECT count(*) FROM terms") == [(0,)]
