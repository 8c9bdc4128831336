"""Documents: list, find, rename, delete (terms stay), and fixing an alignment by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import Collection
from db.results import DocumentId
from duiyi.document import AlignedDocument, GlossaryEntry, SourceText, TextBlock
from duiyi.errors import InvalidInput, NotFound
from duiyi.pipeline import align_source

TEXT = [
    "一、总体目标",
    "General Goals",
    "我们要加快发展数字经济。我们要在2030年前实现目标。",
    "We should speed up the growth of the digital economy. We should reach the goal by 2030.",
    "联合国发挥主渠道作用。",
    "The UN plays the main role.",
]


def _document(lines: list[str], name: str = "goals.txt") -> AlignedDocument:
    blocks = tuple(TextBlock(line) for line in lines)
    return align_source(SourceText(name, "txt", "utf-8", blocks))


@pytest.fixture
def doc_id(col: Collection) -> DocumentId:
    return col.documents.add(document=_document(TEXT), title="Goals").value.document_id


def test_documents_are_listed_with_their_counts(col: Collection, doc_id: DocumentId) -> None:
    second = col.documents.add(document=_document([*TEXT[2:], "孤零零的中文段落，没有英文。"]))
    infos = col.documents.all()
    assert [i.id for i in infos] == [doc_id, second.value.document_id] == [1, 2]
    assert (infos[0].pair_count, infos[0].unpaired_count) == (3, 0)
    assert (infos[1].pair_count, infos[1].unpaired_count) == (3, 1)
    assert infos[0].layout == "paragraph-interleaved"
    assert infos[0].format == "txt" and infos[0].encoding == "utf-8"


def test_find_document_by_id_or_exact_title(col: Collection, doc_id: DocumentId) -> None:
    assert col.documents.find(ref="1").id == doc_id
    assert col.documents.find(ref="Goals").id == doc_id
    with pytest.raises(NotFound, match="Gaols"):
        col.documents.find(ref="Gaols")
    with pytest.raises(NotFound):
        col.documents.find(ref="7")


def test_rename_is_undoable(col: Collection, doc_id: DocumentId) -> None:
    col.documents.rename(document_id=doc_id, title="Aims")
    assert col.documents.find(ref="Aims").id == doc_id
    col.undo()
    assert col.documents.all()[0].title == "Goals"
    with pytest.raises(InvalidInput):
        col.documents.rename(document_id=doc_id, title="  ")


def test_delete_keeps_the_terms_and_can_be_undone(col: Collection, tmp_path: Path) -> None:
    glossary = (GlossaryEntry("数字经济", ("digital economy",)),)
    document = _document(TEXT)
    document = AlignedDocument(**{**document.__dict__, "glossary": glossary})
    doc_id = col.documents.add(document=document).value.document_id
    pairs_before = len(col.documents.pairs(document_id=doc_id, sentences=True))
    result = col.documents.delete(document_id=doc_id)
    assert result.changes.documents
    assert col.documents.all() == []
    with sqlite3.connect(col.path) as conn:
        assert list(conn.execute("SELECT chinese, document_id FROM terms")) == [("数字经济", None)]
        assert list(conn.execute("SELECT count(*) FROM segment_pairs")) == [(0,)]
    col.undo()
    (info,) = col.documents.all()
    assert info.term_count == 1
    assert len(col.documents.pairs(document_id=doc_id, sentences=True)) == pairs_before
    with pytest.raises(NotFound):
        col.documents.delete(document_id=DocumentId(99))


def test_merge_two_sentence_pairs(col: Collection, doc_id: DocumentId) -> None:
    pairs = col.documents.pairs(document_id=doc_id, sentences=True)
    paragraph = pairs[2]
    sentences = [p for p in pairs if p.parent_id == paragraph.id]
    assert len(sentences) == 2
    merged = col.documents.merge_pairs(pair_ids=[s.id for s in sentences]).value
    assert merged.zh == paragraph.zh
    assert merged.en == paragraph.en
    after = col.documents.pairs(document_id=doc_id, sentences=True)
    assert [p.id for p in after if p.parent_id == paragraph.id] == [merged.id]
    assert [p.position for p in after] == list(range(len(after)))
    with pytest.raises(InvalidInput):
        col.documents.merge_pairs(pair_ids=[after[0].id, after[-1].id])


def test_merge_two_paragraphs_realigns_their_sentences(col: Collection, doc_id: DocumentId) -> None:
    tops = col.documents.pairs(document_id=doc_id)
    merged = col.documents.merge_pairs(pair_ids=[tops[1].id, tops[2].id]).value
    assert merged.zh == tops[1].zh + tops[2].zh
    assert merged.en == tops[1].en + " " + tops[2].en
    after = col.documents.pairs(document_id=doc_id, sentences=True)
    children = [p for p in after if p.parent_id == merged.id]
    assert [c.zh for c in children] == [
        "我们要加快发展数字经济。",
        "我们要在2030年前实现目标。",
        "联合国发挥主渠道作用。",
    ]
    assert children[2].en == "The UN plays the main role."
    assert len(col.documents.pairs(document_id=doc_id)) == 2


def test_split_a_paragraph_in_two(col: Collection, doc_id: DocumentId) -> None:
    paragraph = col.documents.pairs(document_id=doc_id)[1]
    zh_at = paragraph.zh.index("我们要在")
    en_at = paragraph.en.index("We should reach")
    first, second = col.documents.split_pair(pair_id=paragraph.id, zh_at=zh_at, en_at=en_at).value
    assert (first.zh, first.en) == (
        "我们要加快发展数字经济。",
        TEXT[3].split(" We should reach")[0],
    )
    assert (second.zh, second.en) == (
        "我们要在2030年前实现目标。",
        "We should reach the goal by 2030.",
    )
    after = col.documents.pairs(document_id=doc_id, sentences=True)
    assert [p.kind for p in after].count("paragraph") == 3
    ids = [p.id for p in after]
    assert ids.index(first.id) < ids.index(second.id)
    for top in (first, second):
        (child,) = [p for p in after if p.parent_id == top.id]
        assert (child.zh, child.en) == (top.zh, top.en)
    with pytest.raises(InvalidInput):
        col.documents.split_pair(pair_id=first.id, zh_at=0, en_at=0)


def test_move_a_sentence_to_the_next_pair(col: Collection, doc_id: DocumentId) -> None:
    pairs = col.documents.pairs(document_id=doc_id, sentences=True)
    paragraph = pairs[2]
    first, second = [p for p in pairs if p.parent_id == paragraph.id]
    changed = col.documents.move_sentence(pair_id=first.id, lang="en", to="next").value
    assert [(p.zh, p.en) for p in changed] == [
        (second.zh, first.en + " " + second.en),
        (first.zh, ""),
    ][::-1]
    with pytest.raises(InvalidInput):
        col.documents.move_sentence(pair_id=second.id, lang="en", to="next")
    moved_back = col.documents.move_sentence(pair_id=second.id, lang="en", to="previous").value
    assert [(p.zh, p.en) for p in moved_back] == [(first.zh, first.en), (second.zh, second.en)]


def test_pairs_of_a_missing_document(col: Collection) -> None:
    with pytest.raises(NotFound):
        col.documents.pairs(document_id=DocumentId(5))
