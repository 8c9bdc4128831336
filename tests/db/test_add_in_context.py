"""`col.terms.add_in_context`: a term made from a span of a stored pair keeps where it stands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Collection
from db.ops.term_info import TermQuery
from db.results import PairId
from duiyi.document import AlignedDocument, SegmentPair
from duiyi.errors import NotFound

PARAGRAPH_ZH = "各国应加强数字经济合作。数字经济是未来。"
PARAGRAPH_EN = (
    "Countries should strengthen cooperation on the digital economy. "
    "The digital economy is the future."
)


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "context.duiyi")
    yield collection
    collection.close()


@pytest.fixture
def paragraph(col: Collection) -> PairId:
    """A paragraph of two sentence pairs (both mention 数字经济); the paragraph's id."""
    summary = col.documents.add(
        document=AlignedDocument(
            title="Economy",
            source_name="economy.txt",
            format="txt",
            encoding="utf-8",
            layout="paragraph-interleaved",
            pairs=(
                SegmentPair("paragraph", PARAGRAPH_ZH, PARAGRAPH_EN, 0.9),
                SegmentPair(
                    "sentence",
                    "各国应加强数字经济合作。",
                    "Countries should strengthen cooperation on the digital economy.",
                    0.9,
                    0,
                ),
                SegmentPair(
                    "sentence", "数字经济是未来。", "The digital economy is the future.", 0.9, 0
                ),
            ),
            content_hash="economy",
        )
    ).value
    (pair,) = [
        p for p in col.documents.pairs(document_id=summary.document_id) if p.kind == "paragraph"
    ]
    return pair.id


def test_the_sentence_of_the_selected_place_is_the_context(
    col: Collection, paragraph: PairId
) -> None:
    second = PARAGRAPH_ZH.index("数字经济", 6)  # the selection is the second mention
    en_at = PARAGRAPH_EN.index("digital economy", 65)
    term = col.terms.add_in_context(
        pair_id=paragraph,
        chinese="数字经济",
        english="digital economy",
        zh_at=second,
        en_at=en_at,
        deck="Economy",
    ).value
    col.study.start(deck=term.deck_id)
    card = col.study.next_card()
    assert card is not None and card.context is not None
    assert (card.context.zh, card.context.zh_span) == ("数字经济是未来。", (0, 4))
    assert card.context.en == "The digital economy is the future."
    assert card.context.en_span == (4, 19)
    assert col.undo_label() == "Add term 数字经济"


def test_chinese_not_in_the_pair_gets_no_context(col: Collection, paragraph: PairId) -> None:
    term = col.terms.add_in_context(
        pair_id=paragraph, chinese="网络空间", english="cyberspace"
    ).value
    (found,) = col.terms.search(TermQuery(text="网络空间"))
    assert found.id == term.id and found.status == "accepted"
    col.study.start()
    card = col.study.next_card()
    assert card is not None and card.chinese == "网络空间"
    assert card.context is None  # no sentence to blank it in


def test_a_pair_changed_away_is_said(col: Collection, paragraph: PairId) -> None:
    with pytest.raises(NotFound, match="segment pair"):
        col.terms.add_in_context(pair_id=PairId(9999), chinese="数字经济", english="x")
    assert col.terms.count() == 0
