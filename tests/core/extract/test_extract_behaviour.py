"""What extraction promises for any text: offsets, pinyin, reordering, known terms, errors."""

from __future__ import annotations

import pytest

from duiyi.document import SegmentPair
from duiyi.errors import Cancelled, InvalidInput
from duiyi.extract import extract_terms, suggest_chinese, suggest_english
from duiyi.progress import CancelToken

PAIRS = (
    SegmentPair("paragraph", "加强数据安全国际合作,维护网络空间和平。", "", 1.0),
    SegmentPair(
        "sentence",
        "加强数据安全国际合作,维护网络空间和平。",
        "Strengthen international cooperation in data security and keep peace in cyberspace.",
        1.0,
        0,
    ),
    SegmentPair(
        "paragraph",
        "数据安全是可再生能源企业的共同挑战。",
        "Data security is a common challenge for renewable energy companies.",
        1.0,
    ),
)


def _by_chinese(pairs: tuple[SegmentPair, ...]) -> dict[str, object]:
    return {c.chinese: c for c in extract_terms(pairs)}


def test_reordered_rendering_and_offsets() -> None:
    found = extract_terms(PAIRS)
    by_zh = {c.chinese: c for c in found}
    assert by_zh["数据安全"].english.lower() == "data security"
    assert by_zh["数据安全"].frequency == 2
    assert by_zh["网络空间和平"].english == "peace in cyberspace"
    for cand in found:
        for occ in cand.occurrences:
            pair = PAIRS[occ.pair_index]
            assert pair.zh[occ.zh_start : occ.zh_end] == cand.chinese
            if occ.en_start >= 0:
                assert pair.en[occ.en_start : occ.en_end].lower() == cand.english.lower()
        assert 0.0 <= cand.confidence <= 1.0


def test_sorted_by_confidence_with_pinyin() -> None:
    found = extract_terms(PAIRS)
    assert [c.confidence for c in found] == sorted((c.confidence for c in found), reverse=True)
    by_zh = {c.chinese: c for c in found}
    assert by_zh["数据安全"].pinyin == "shùjù ānquán"


def test_known_terms_raise_confidence_and_excluded_are_left_out() -> None:
    plain = {c.chinese: c for c in extract_terms(PAIRS)}
    known = {c.chinese: c for c in extract_terms(PAIRS, known={"共同挑战": "common challenge"})}
    assert known["共同挑战"].confidence >= plain["共同挑战"].confidence
    left = {c.chinese for c in extract_terms(PAIRS, exclude={"数据安全"})}
    assert "数据安全" not in left and "共同挑战" in left


@pytest.mark.parametrize(
    ("pairs", "says"),
    [
        ((SegmentPair("paragraph", "", "Only English here.", 0.0),), "no Chinese"),
        ((SegmentPair("paragraph", "只有中文。", "", 0.0),), "no English"),
        ((), "no aligned Chinese and English"),
    ],
)
def test_one_language_is_a_clear_error(pairs: tuple[SegmentPair, ...], says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        extract_terms(pairs)


def test_progress_and_cancel() -> None:
    seen: list[tuple[int, int]] = []
    extract_terms(PAIRS, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        extract_terms(PAIRS, cancel=token)


def test_suggest_english_for_a_selected_span() -> None:
    pair = PAIRS[1]
    start = pair.zh.index("数据安全国际合作")
    found = suggest_english(pair, start, start + len("数据安全国际合作"))
    assert found[0].text == "international cooperation in data security"
    assert pair.en[found[0].start : found[0].end] == found[0].text
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)


def test_suggest_chinese_for_a_selected_span() -> None:
    pair = PAIRS[2]
    start = pair.en.index("renewable energy")
    found = suggest_chinese(pair, start, start + len("renewable energy"))
    assert found[0].text == "可再生能源"
    assert pair.zh[found[0].start : found[0].end] == "可再生能源"


def test_nothing_to_suggest_for_an_empty_selection() -> None:
    assert suggest_english(PAIRS[1], 3, 3) == []
    assert suggest_chinese(PAIRS[1], 0, 0) == []
