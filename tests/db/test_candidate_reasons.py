"""A candidate keeps the reasons extraction gave for its confidence (revision 0003)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from db import Collection
from db.ops.candidate_reasons import CandidateReason
from duiyi.document import AlignedDocument, SegmentPair
from duiyi.extract.types import Occurrence, Reason, TermCandidate
from duiyi.pipeline import read_and_align
from duiyi.term_text import is_chinese_term

DATA = Path(__file__).resolve().parents[1] / "data" / "extract" / "green_development.txt"
OLD = Path(__file__).resolve().parents[1] / "data" / "collections" / "0.1.0.duiyi"


def _document(col: Any, title: str) -> Any:
    document = AlignedDocument(
        title=title, source_name=f"{title}.txt", format="txt", encoding="utf-8",
        layout="paragraph",
        pairs=(SegmentPair("paragraph", "绿色出行是新风尚。", "Green travel is new.", 0.9),),
        content_hash=title,
    )  # fmt: skip
    return col.documents.add(document=document).value.document_id


def _candidate(confidence: float, reasons: tuple[Reason, ...]) -> TermCandidate:
    return TermCandidate(
        "绿色出行",
        "green travel",
        "lǜsè chūxíng",
        confidence,
        1,
        (Occurrence(0, 0, 4, 0, 12),),
        reasons=reasons,
    )


DOWN = (Reason("recurs", -0.2485, 1.0), Reason("verb phrase", 1.0, -0.6931))
UP = (Reason("accepted before", 1.0, 3.0),)


def test_a_stored_candidate_lists_its_reasons_exactly(col: Any) -> None:
    doc = _document(col, "one")
    col.candidates.store(document_id=doc, candidates=[_candidate(0.42, DOWN)])
    (listed,) = col.candidates.all(document_id=doc)
    assert listed.reasons == (
        CandidateReason("recurs", -0.2485, 1.0),
        CandidateReason("verb phrase", 1.0, -0.6931),
    )
    assert [round(r.effect, 4) for r in listed.reasons] == [-0.2485, -0.6931]


def test_a_candidate_nothing_moved_has_no_reasons_rather_than_unknown(col: Any) -> None:
    doc = _document(col, "one")
    col.candidates.store(document_id=doc, candidates=[_candidate(0.8, ())])
    (listed,) = col.candidates.all(document_id=doc)
    assert listed.reasons == ()


def test_the_reasons_go_with_the_highest_confidence_kept(col: Any) -> None:
    first, second, third = (_document(col, name) for name in ("one", "two", "three"))
    col.candidates.store(document_id=first, candidates=[_candidate(0.42, DOWN)])
    # Another document proposes it more surely: its confidence and reasons are kept.
    col.candidates.store(document_id=second, candidates=[_candidate(0.95, UP)])
    (listed,) = col.candidates.all()
    assert (listed.confidence, listed.reasons) == (
        0.95,
        (CandidateReason("accepted before", 1.0, 3.0),),
    )
    # A less sure proposal changes neither.
    col.candidates.store(document_id=third, candidates=[_candidate(0.3, DOWN)])
    (listed,) = col.candidates.all()
    assert (listed.confidence, [r.name for r in listed.reasons or ()]) == (
        0.95,
        ["accepted before"],
    )


def test_extraction_stores_the_reasons_the_extractor_gave(col: Any) -> None:
    from duiyi.extract import extract_terms

    doc = col.documents.add(document=read_and_align(DATA)).value.document_id
    pairs, known, decided = col.candidates.extraction_input(document_id=doc)
    found = extract_terms(pairs, known=known, exclude=decided)
    given = {c.chinese: tuple((r.name, r.value, r.weight) for r in c.reasons) for c in found}
    col.candidates.extract(document_id=doc)
    listed = col.candidates.all(document_id=doc)
    # Every candidate with an English and Chinese characters is stored.
    assert {c.chinese for c in listed} == {
        c.chinese for c in found if c.english.strip() and is_chinese_term(c.chinese)
    }
    kept = {c.chinese: tuple((r.name, r.value, r.weight) for r in c.reasons or ()) for c in listed}
    assert kept == {chinese: given[chinese] for chinese in kept}
    assert all(c.reasons is not None for c in listed)


def test_candidates_of_a_collection_from_before_0003_have_unknown_reasons(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "old.duiyi"
    shutil.copy2(OLD, copy)
    with Collection.open(copy) as old:
        listed = old.candidates.all()
    assert len(listed) == 85
    assert {c.reasons for c in listed} == {None}
