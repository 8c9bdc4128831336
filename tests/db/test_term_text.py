"""A term's Chinese needs Han characters and no field keeps control characters, in every way
a term is made or changed: add, edit, candidates (edit, accept) and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from db import Collection
from db.models import Term
from db.ops.term_info import TermQuery
from desktop.main import main
from duiyi.errors import InvalidInput


@pytest.mark.parametrize("chinese", ["=1+1", "Ctrl + D", "食べる", "  ", "\x00"])
def test_add_refuses_chinese_without_han(col: Collection, chinese: str) -> None:
    with pytest.raises(InvalidInput):
        col.terms.add(chinese=chinese, english="two")
    assert col.terms.search(TermQuery(text="")) == []


def test_nul_and_controls_are_stripped_from_every_field(col: Collection) -> None:
    term = col.terms.add(
        chinese="数字\x00鸿沟", english=["digital\x00 divide", "gap\x1b"],
        pinyin="shu4zi4\x00 hong2gou1", notes="from\x00 the\x07 report",
    ).value  # fmt: skip
    assert (term.chinese, term.english, term.other_english) == (
        "数字鸿沟", "digital divide", ("gap",)
    )  # fmt: skip
    assert (term.pinyin, term.notes) == ("shùzì hónggōu", "from the report")
    edited = col.terms.edit(term_id=term.id, chinese="数字\x00鸿沟二", notes="a\x00b").value
    assert (edited.chinese, edited.notes) == ("数字鸿沟二", "ab")


def test_edit_refuses_chinese_without_han(col: Collection) -> None:
    term = col.terms.add(chinese="数字鸿沟", english="digital divide").value
    with pytest.raises(InvalidInput, match="needs Chinese characters"):
        col.terms.edit(term_id=term.id, chinese="=1+1")
    assert col.terms.get(term_id=term.id).chinese == "数字鸿沟"


def test_candidates_edit_and_accept_need_han(col: Collection) -> None:
    candidate = col.terms.add(
        chinese="数字鸿沟", english="digital divide", status="candidate"
    ).value
    with pytest.raises(InvalidInput, match="needs Chinese characters"):
        col.candidates.edit(term_id=candidate.id, chinese="=1+1")
    edited = col.candidates.edit(term_id=candidate.id, english="the\x00 gap").value
    assert edited.english == "the gap"
    # A candidate stored by an older version without a Han character is not accepted.
    with col._write(None) as session:
        session.execute(update(Term).where(Term.id == candidate.id).values(chinese="=1+1"))
    with pytest.raises(InvalidInput, match="needs Chinese characters"):
        col.candidates.accept(term_ids=[candidate.id])
    assert col.terms.get(term_id=candidate.id).status == "candidate"


def test_cli_add_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(tmp_path / "c.duiyi"), "terms", "add", "=1+1", "two"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "duiyi: The Chinese of a term needs Chinese characters: '=1+1' has none.\n"


def test_extracted_candidates_without_han_are_not_stored(col: Collection) -> None:
    from duiyi.document import AlignedDocument, SegmentPair
    from duiyi.extract.types import TermCandidate

    document = AlignedDocument(
        title="t", source_name="t.txt", format="txt", encoding="utf-8", layout="paragraph",
        pairs=(SegmentPair("paragraph", "5G网络很快。", "5G networks are fast.", 0.9),),
        content_hash="h",
    )  # fmt: skip
    doc_id = col.documents.add(document=document).value.document_id
    stored = col.candidates.store(
        document_id=doc_id,
        candidates=[
            TermCandidate("5G", "5G", "", 0.9, 1, ()),
            TermCandidate("网络", "networks", "wǎngluò", 0.9, 1, ()),
        ],
    ).value
    assert [col.terms.get(term_id=i).chinese for i in stored] == ["网络"]
