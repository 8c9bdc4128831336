"""The Candidates screen says what marked each confidence up or down, as a plain tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.gui.richtext import plain_tooltip
from duiyi.document import AlignedDocument, SegmentPair
from duiyi.extract.confidence import FACTORS
from duiyi.extract.types import Occurrence, Reason, TermCandidate

CONFIDENCE = 3
"""The confidence column."""


def _store(collection: Any, *candidates: TermCandidate) -> Any:
    pair = SegmentPair("paragraph", "绿色出行与乡村振兴。", "Green travel and rural revival.", 0.9)
    document = AlignedDocument(
        title="t", source_name="t.txt", format="txt", encoding="utf-8", layout="paragraph",
        pairs=(pair,),
        content_hash="h",
    )  # fmt: skip
    doc_id = collection.documents.add(document=document).value.document_id
    collection.candidates.store(document_id=doc_id, candidates=list(candidates))
    return doc_id


def _candidate(chinese: str, english: str, confidence: float, *reasons: Reason) -> TermCandidate:
    return TermCandidate(
        chinese, english, "", confidence, 1, (Occurrence(0, 0, len(chinese), -1, -1),), (), reasons
    )


MARKED = _candidate(
    "绿色出行",
    "green travel",
    0.42,
    Reason("recurs", -0.2485, 1.0),
    Reason("verb phrase", 1.0, -0.6931),
    Reason("accepted before", 1.0, 3.0),
)
UNMOVED = _candidate("乡村振兴", "rural revival", 0.8)


def _hover(screen: Any, row: int) -> str:
    """Ask the table for the tooltip of a confidence cell, as Qt does when the mouse rests."""
    view = screen.table
    rect = view.visualRect(screen.model.index(row, CONFIDENCE))
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


@pytest.fixture
def screen(window: Any, idle: Any, collection: Any) -> Iterator[Any]:
    doc_id = _store(collection, MARKED, UNMOVED)
    window.go("candidates", doc_id)
    idle()
    shown = window.screens["candidates"]
    assert [c.chinese for c in shown.model.rows] == ["乡村振兴", "绿色出行"]
    yield shown
    QToolTip.hideText()


def test_the_confidence_tooltip_lists_what_marked_it_down_and_up(screen: Any) -> None:
    assert _hover(screen, 1) == plain_tooltip(
        "Confidence 0.42\n"
        "Marked down:\n"
        "• a predicate, not a term\n"
        "• the pair occurs fewer than four times\n"
        "Marked up:\n"
        "• you accepted this pair before"
    )
    assert _hover(screen, 0) == plain_tooltip("Confidence 0.80\nNothing marked it up or down.")


def test_the_confidence_tooltip_is_translated(qapp: Any, screen: Any) -> None:
    from desktop.gui.app import install_language

    install_language(qapp, "zh_CN")
    try:
        text = _hover(screen, 1)
    finally:
        install_language(qapp, "en")
    assert text == plain_tooltip(
        "置信度 0.42\n调低的原因：\n• 是谓语，不是术语\n• 这一对出现不到四次\n"
        "调高的原因：\n• 你以前接受过这一对"
    )


def test_a_candidate_from_before_reasons_were_kept_says_so(
    screen: Any, collection: Any, idle: Any
) -> None:
    # As revision 0003 leaves the candidates of an older collection: no reasons stored.
    from sqlalchemy import update

    from db.models import Term

    with collection._write(None) as session:
        session.execute(update(Term).values(reasons=None))
    screen.reload()
    idle()
    assert _hover(screen, 1) == plain_tooltip(
        "Confidence 0.42\nFound before Duiyi kept the reasons for a confidence."
    )


def test_every_factor_of_the_confidence_has_words_of_its_own(screen: Any) -> None:
    names = [factor.name for factor in FACTORS] + ["accepted before"]
    texts = [screen.model.factor_text(name) for name in names]
    assert [name for name, text in zip(names, texts, strict=True) if text == name] == []
    assert len(set(texts)) == len(names)
