"""Terms through the facade: add, edit, delete, renderings, tags, decks, make_term."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db import Collection
from db.models import Card, Review
from db.ops.term_info import NewTerm, RenderingSpec, TermQuery
from db.ops.terms import make_term, make_terms
from duiyi.errors import InvalidInput, NotFound
from duiyi.pinyin import pinyin_marks


def test_add_term_fills_script_pinyin_guid_deck_and_cards(col: Collection) -> None:
    result = col.terms.add(
        chinese=" 網絡空間 ", english=["cyberspace", "the Internet"], tags=["IT"]
    )
    term = result.value
    assert result.changes.terms and result.changes.cards
    assert term.chinese == "網絡空間"
    assert term.chinese_simplified == "网络空间"
    assert term.pinyin == pinyin_marks("網絡空間")
    assert len(term.guid) == 32
    assert term.english == "cyberspace"
    assert term.other_english == ("the Internet",)
    assert [r.status for r in term.renderings] == ["preferred", "accepted"]
    assert term.deck_name == "Default"
    assert term.tags == ("IT",)
    with col._read() as session:
        cards = session.scalar(select(func.count()).where(Card.term_id == term.id))
    # Accepted terms get both directions: recognition and production.
    assert cards == 2


def test_typed_pinyin_with_tone_numbers_becomes_tone_marks(col: Collection) -> None:
    term = col.terms.add(chinese="绿色", english="green", pinyin="lv4 se4").value
    assert term.pinyin == "lǜ sè"
    assert col.terms.search(TermQuery(text="lüse"))[0].id == term.id


@pytest.mark.parametrize(
    ("chinese", "english", "message"),
    [
        ("", "green", "needs its Chinese"),
        ("   ", "green", "needs its Chinese"),
        ("绿色", "", "at least one English"),
        ("绿色", ["  ", ""], "at least one English"),
    ],
)
def test_a_term_needs_chinese_and_english(
    col: Collection, chinese: str, english: str | list[str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        col.terms.add(chinese=chinese, english=english)
    assert col.terms.count() == 0
    assert col.undo_label() is None


def test_an_unknown_status_is_refused(col: Collection) -> None:
    with pytest.raises(InvalidInput, match="Unknown term status"):
        col.terms.add(chinese="绿色", english="green", status="maybe")


def test_edit_keeps_cards_and_reviews_and_outdates_old_english(col: Collection) -> None:
    term = col.terms.add(chinese="脱贫攻坚", english="poverty alleviation").value
    with col._read() as session:
        card_ids = sorted(session.scalars(select(Card.id).where(Card.term_id == term.id)))
    with col._write("Answer card") as session:
        from datetime import UTC, datetime

        session.add(Review(card_id=card_ids[0], reviewed_at=datetime.now(UTC), rating=3))
    edited = col.terms.edit(
        term_id=term.id,
        english=["the fight against poverty", "poverty alleviation"],
        notes="  2020 campaign ",
    ).value
    assert [(r.english, r.status) for r in edited.renderings] == [
        ("the fight against poverty", "preferred"),
        ("poverty alleviation", "accepted"),
    ]
    assert edited.notes == "2020 campaign"
    edited = col.terms.edit(term_id=term.id, english="fight against poverty").value
    assert [(r.english, r.status) for r in edited.renderings] == [
        ("fight against poverty", "preferred"),
        ("the fight against poverty", "outdated"),
        ("poverty alleviation", "outdated"),
    ]
    with col._read() as session:
        assert sorted(session.scalars(select(Card.id).where(Card.term_id == term.id))) == card_ids
        assert session.scalar(select(func.count()).select_from(Review)) == 1
    assert edited.modified_at >= edited.created_at


def test_new_chinese_gets_new_pinyin_unless_given(col: Collection) -> None:
    term = col.terms.add(chinese="发展", english="development").value
    changed = col.terms.edit(term_id=term.id, chinese="绿色出行").value
    assert changed.pinyin == pinyin_marks("绿色出行")
    kept = col.terms.edit(term_id=term.id, chinese="绿色出行观", pinyin="lǜsè chūxíng guān").value
    assert kept.pinyin == "lǜsè chūxíng guān"


def test_accepting_a_candidate_makes_its_cards(col: Collection) -> None:
    term = col.terms.add(chinese="双碳", english="dual carbon goals", status="candidate").value
    with col._read() as session:
        assert session.scalar(select(func.count()).where(Card.term_id == term.id)) == 0
    result = col.terms.edit(term_id=term.id, status="accepted")
    assert result.changes.cards
    with col._read() as session:
        assert session.scalar(select(func.count()).where(Card.term_id == term.id)) == 2


def test_delete_terms_removes_cards_and_says_how_many(col: Collection) -> None:
    a = col.terms.add(chinese="碳汇", english="carbon sink").value
    b = col.terms.add(chinese="燃煤排放", english="coal emissions").value
    assert col.terms.delete(term_ids=[a.id, b.id]).value == 2
    assert col.undo_label() == "Delete 2 terms"
    with col._read() as session:
        assert session.scalar(select(func.count()).select_from(Card)) == 0
    with pytest.raises(NotFound):
        col.terms.get(term_id=a.id)
    with pytest.raises(NotFound):
        col.terms.delete(term_ids=[a.id])


def test_set_renderings_with_source_and_date(col: Collection) -> None:
    term = col.terms.add(chinese="人类命运共同体", english="community of common destiny").value
    info = col.terms.set_renderings(
        term_id=term.id,
        renderings=[
            RenderingSpec("community of common destiny", "outdated", "CGTN", date(2013, 3, 23)),
            RenderingSpec("community with a shared future for mankind", "preferred", "MFA"),
        ],
    ).value
    assert info.english == "community with a shared future for mankind"
    assert info.renderings[0].dated == date(2013, 3, 23)
    assert info.renderings[1].source == "MFA"
    with pytest.raises(InvalidInput, match="only one preferred"):
        col.terms.set_renderings(
            term_id=term.id,
            renderings=[RenderingSpec("a", "preferred"), RenderingSpec("b", "preferred")],
        )
    added = col.terms.add_rendering(
        term_id=term.id, english="shared future", status="preferred"
    ).value
    assert added.english == "shared future"
    assert "community with a shared future for mankind" in added.other_english


def test_tags_add_remove_rename_delete(col: Collection) -> None:
    a = col.terms.add(chinese="数字经济", english="digital economy").value
    b = col.terms.add(chinese="数字中国", english="Digital China").value
    assert col.tags.add(term_ids=[a.id, b.id], tags=["数字 化", "经济"]).value == 4
    assert {t.name: t.term_count for t in col.tags.all()} == {"数字_化": 2, "经济": 2}
    assert col.tags.remove(term_ids=[b.id], tags=["经济"]).value == 1
    assert col.terms.get(term_id=b.id).tags == ("数字_化",)
    col.tags.rename(old="数字_化", new="digital")
    assert col.terms.get(term_id=a.id).tags == ("digital", "经济")
    assert col.tags.delete(name="digital").value == 2
    assert col.terms.get(term_id=b.id).tags == ()
    col.terms.set_tags(term_id=b.id, tags=["China", "econ"])
    assert col.terms.get(term_id=b.id).tags == ("China", "econ")


def test_decks_create_rename_delete_and_default(col: Collection) -> None:
    default = col.decks.default()
    assert default.name == "Default" and default.is_default
    exam = col.decks.create(name=" CATTI  2 ", exam_date=date(2027, 6, 1)).value
    assert exam.name == "CATTI 2"
    with pytest.raises(InvalidInput, match="already a deck"):
        col.decks.create(name="CATTI 2")
    term = col.terms.add(chinese="外交辞令", english="diplomatic language", deck_id=exam.id).value
    assert term.deck_name == "CATTI 2"
    renamed = col.decks.rename(deck_id=exam.id, name="CATTI Level 2").value
    assert renamed.term_count == 1
    assert col.terms.get(term_id=term.id).deck_name == "CATTI Level 2"
    assert col.decks.delete(deck_id=exam.id).value == 1
    assert col.terms.get(term_id=term.id).deck_name == "Default"
    with pytest.raises(InvalidInput, match="cannot be deleted"):
        col.decks.delete(deck_id=default.id)
    assert [d.name for d in col.decks.all()] == ["Default"]


def test_make_term_inside_another_operation(col: Collection) -> None:
    with col._write("Accept candidate") as session:
        term = make_term(
            session,
            chinese="高水平开放",
            english=["high-standard opening up"],
            confidence=0.8,
            frequency=3,
        )
        assert term.id is not None
        assert term.pinyin_plain == "gaoshuipingkaifang"
        assert [r.english for r in term.renderings] == ["high-standard opening up"]
    info = col.terms.get(term_id=term.id)
    assert (info.confidence, info.frequency, info.status) == (0.8, 3, "accepted")
    assert col.undo_label() == "Accept candidate"
    with col._write("Bad") as session, pytest.raises(InvalidInput):
        make_term(session, chinese="空", english=[])


def test_add_terms_in_bulk_with_progress(col: Collection) -> None:
    seen: list[tuple[int, int]] = []
    terms = [NewTerm(f"术语{n}", (f"term {n}",), tags=("bulk",)) for n in range(2100)]
    ids = col.terms.add_many(terms=terms, progress=lambda d, t: seen.append((d, t))).value
    assert len(ids) == 2100 and len(set(ids)) == 2100
    assert seen[-1] == (2100, 2100)
    assert col.terms.get(term_id=ids[2099]).chinese == "术语2099"
    assert col.terms.count(TermQuery(tag="bulk")) == 2100
    assert col.check().ok
    # After the load the triggers are back: an edit is indexed and undoable.
    col.terms.edit(term_id=ids[0], english="renamed term")
    assert [t.id for t in col.terms.search(TermQuery(text="renamed"))] == [ids[0]]
    assert col.undo().value == "Edit term 术语0"


def test_make_terms_writes_in_batches(col: Collection) -> None:
    seen: list[tuple[int, int]] = []
    terms = [NewTerm(f"批{n}", (f"batch {n}",), tags=("b",)) for n in range(2500)]
    with col._write("Load") as session:
        ids = make_terms(session, terms, progress=lambda d, t: seen.append((d, t)), batch=1000)
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]
    assert ids == list(range(ids[0], ids[0] + 2500))
    assert (
        col.terms.count(TermQuery(text="批24")) == 1 + 10 + 100
    )  # 批24, 批240..批249, 批2400..批2499
    assert col.check().ok
    col.undo()
    assert col.terms.count() == 0
