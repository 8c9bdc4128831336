"""Finding terms: Chinese substrings in either script, English, pinyin, filters, sort, paging."""

from __future__ import annotations

from typing import Any

import pytest

from db import Collection
from db.ops.term_info import TermQuery
from duiyi.errors import InvalidInput

TERMS = [
    ("网络空间命运共同体", ["a community with a shared future in cyberspace"], ["cyber"]),
    ("網絡安全", ["cybersecurity"], ["cyber"]),
    ("绿色出行", ["green travel"], ["env"]),
    ("人才交流", ["people-to-people exchanges", "talent exchanges"], []),
    ("乡村振兴", ["rural revitalization"], ["env"]),
    ("银行", ["bank"], []),
]


@pytest.fixture
def filled(col: Collection) -> Collection:
    for chinese, english, tags in TERMS:
        col.terms.add(chinese=chinese, english=english, tags=tags)
    return col


def _found(col: Collection, query: str, **filters: Any) -> list[str]:
    return sorted(t.chinese for t in col.terms.search(TermQuery(text=query, **filters)))


def _check(col: Collection, query: str, expected: list[str]) -> None:
    assert _found(col, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("网", ["网络空间命运共同体", "網絡安全"]),
        ("网络", ["网络空间命运共同体", "網絡安全"]),
        ("網絡", ["网络空间命运共同体", "網絡安全"]),
        ("命运共同", ["网络空间命运共同体"]),
        ("安全", ["網絡安全"]),
        ("出", ["绿色出行"]),
    ],
)
def test_chinese_substrings_of_any_length_in_either_script(
    filled: Collection, query: str, expected: list[str]
) -> None:
    _check(filled, query, expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cyber", ["网络空间命运共同体", "網絡安全"]),
        ("Shared Future", ["网络空间命运共同体"]),
        ("talent", ["人才交流"]),
        ("ba", ["银行"]),
    ],
)
def test_english_words_in_any_rendering(
    filled: Collection, query: str, expected: list[str]
) -> None:
    _check(filled, query, expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("xiangcun", ["乡村振兴"]),
        ("xiang cun zhen xing", ["乡村振兴"]),
        ("xiāngcūn", ["乡村振兴"]),
        ("xiang1cun1", ["乡村振兴"]),
        ("xiàngcūn", []),
        ("yinhang", ["银行"]),
        ("yínháng", ["银行"]),
        ("lüse", ["绿色出行"]),
        ("lvse", ["绿色出行"]),
    ],
)
def test_pinyin_with_or_without_tones(filled: Collection, query: str, expected: list[str]) -> None:
    _check(filled, query, expected)


def test_filters_by_tag_status_deck_and_document(filled: Collection) -> None:
    assert _found(filled, "", tag="env") == ["乡村振兴", "绿色出行"]
    assert _found(filled, "cyber", tag="env") == []
    deck = filled.decks.create(name="Diplomacy").value
    moved = filled.terms.search(TermQuery(text="人才"))[0]
    filled.terms.edit(term_id=moved.id, deck_id=deck.id, status="rejected")
    assert _found(filled, "", deck_id=deck.id) == ["人才交流"]
    assert _found(filled, "", status="rejected") == ["人才交流"]
    assert filled.terms.count(TermQuery(status="accepted")) == len(TERMS) - 1
    assert _found(filled, "", document_id=12345) == []
    with pytest.raises(InvalidInput, match="Unknown term status"):
        filled.terms.search(TermQuery(status="maybe"))


def test_sorting_paging_and_counting_agree(filled: Collection) -> None:
    by_pinyin = [t.chinese for t in filled.terms.search(sort="pinyin")]
    # lüse, rencai, wangluoanquan, wangluokongjian..., xiangcun, yinhang
    assert by_pinyin == [
        "绿色出行",
        "人才交流",
        "網絡安全",
        "网络空间命运共同体",
        "乡村振兴",
        "银行",
    ]
    english = [t.english for t in filled.terms.search(sort="english", descending=True)]
    assert english == sorted(english, reverse=True)
    pages = [
        t.chinese
        for start in range(0, 6, 4)
        for t in filled.terms.search(sort="pinyin", offset=start, limit=4)
    ]
    assert pages == by_pinyin
    assert filled.terms.count() == 6
    assert filled.terms.count(TermQuery(text="网")) == 2
    assert filled.terms.search_ids(TermQuery(text="网"), sort="created") == [
        t.id for t in filled.terms.search(TermQuery(text="网"), sort="created")
    ]
    with pytest.raises(InvalidInput, match="Cannot sort"):
        filled.terms.search(sort="colour")


def test_search_follows_edits_deletes_and_undo(filled: Collection) -> None:
    term = filled.terms.search(TermQuery(text="银行"))[0]
    filled.terms.edit(term_id=term.id, chinese="商业银行", english=["commercial bank"])
    assert _found(filled, "商业") == ["商业银行"]
    assert _found(filled, "commercial") == ["商业银行"]
    assert _found(filled, "shangye") == ["商业银行"]
    filled.undo()
    assert _found(filled, "商业") == []
    assert _found(filled, "commercial") == []
    filled.terms.delete(term_ids=[term.id])
    assert _found(filled, "银行") == []
    filled.undo()
    assert _found(filled, "银行") == ["银行"]
    assert filled.check().ok


def test_wildcards_typed_by_the_user_are_not_wildcards(filled: Collection) -> None:
    assert _found(filled, "g_een") == []
    assert filled.terms.count(TermQuery(text="%")) == len(TERMS)


def test_a_short_query_mixing_letters_and_han_finds_either_script(col: Collection) -> None:
    stock = col.terms.add(chinese="A股", english=["A shares"]).value
    bond = col.terms.add(chinese="B債", english=["B bonds"]).value
    assert [t.id for t in col.terms.search(TermQuery(text="A股"))] == [stock.id]
    # Stored in traditional characters, typed in simplified: found through the simplified form.
    assert [t.id for t in col.terms.search(TermQuery(text="B债"))] == [bond.id]


def test_an_unknown_status_lists_the_known_ones(filled: Collection) -> None:
    with pytest.raises(InvalidInput) as caught:
        filled.terms.search(TermQuery(status="maybe"))
    assert str(caught.value) == (
        "Unknown term status 'maybe'; use one of: candidate, accepted, rejected."
    )


def test_sorting_by_status(filled: Collection) -> None:
    green = filled.terms.search(TermQuery(text="绿色"))[0]
    filled.terms.edit(term_id=green.id, status="candidate")
    by_status = [t.chinese for t in filled.terms.search(sort="status")]
    # "accepted" before "candidate", ties in the order the terms were added.
    assert by_status == [*(zh for zh, _en, _tags in TERMS if zh != "绿色出行"), "绿色出行"]
