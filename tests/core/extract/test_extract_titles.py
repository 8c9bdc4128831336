"""Issue 12 class 7, long titles: a name the Chinese marks with 《》 or quotation marks is a
candidate whole, rendered by the whole English name or quotation."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms
from duiyi.extract.english import words
from duiyi.extract.titles import folded, marked_spans, name_around, nested


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _pairs(*pairs: SegmentPair) -> list[tuple[str, str]]:
    return [(c.chinese, c.english) for c in extract_terms(pairs, with_pinyin=False)]


FRAMEWORK = _pair(
    "各国代表在会上通过了“日内瓦－维也纳海洋塑料治理框架”。",
    "Delegates adopted the Geneva-Vienna Ocean Plastics Governance Framework at the meeting.",
)
OUTLINE = _pair(
    "《国家湿地保护规划纲要（2022－2030年）》已经发布。",
    'The "Outline of the National Wetland Protection Plan (2022-2030)" has been issued.',
)


def test_marked_spans_leave_out_the_closing_years_and_short_stressed_words() -> None:
    spans = marked_spans("《国家湿地保护规划纲要（2022－2030年）》提到“年”和“十二五”。")
    assert [(s.text, s.start, s.end) for s in spans] == [
        ("国家湿地保护规划纲要", 1, 11),
        ("十二五", 31, 34),
    ]


def test_a_marked_name_with_a_hyphen_is_one_candidate_with_the_whole_english_name() -> None:
    assert _pairs(FRAMEWORK)[0] == (
        "日内瓦－维也纳海洋塑料治理框架",
        "Geneva-Vienna Ocean Plastics Governance Framework",
    )


def test_the_pieces_of_a_marked_name_with_its_english_are_not_proposed_instead() -> None:
    found = _pairs(FRAMEWORK)
    assert [
        zh for zh, en in found if en == "Geneva-Vienna Ocean Plastics Governance Framework"
    ] == ["日内瓦－维也纳海洋塑料治理框架"]


def test_a_quoted_english_title_is_taken_whole_without_its_years() -> None:
    found = dict(_pairs(OUTLINE))
    assert found["国家湿地保护规划纲要"] == "Outline of the National Wetland Protection Plan"


def test_a_quoted_coinage_keeps_the_quoted_english_as_written() -> None:
    pair = _pair(
        "这种做法被称为“绿色邻里行动”。",
        'The practice is known as the "Green Neighbourhood Drive".',
    )
    assert dict(_pairs(pair))["绿色邻里行动"] == "Green Neighbourhood Drive"


def test_a_term_typed_without_quotes_or_full_width_forms_is_found() -> None:
    assert folded("“十二五”规划－纲要") == ("十二五规划-纲要", [1, 2, 3, 5, 6, 7, 8, 9])
    found = english_for_terms([FRAMEWORK], ["日内瓦-维也纳海洋塑料治理框架"], with_pinyin=False)
    assert [c.english if c else None for c in found] == [
        "Geneva-Vienna Ocean Plastics Governance Framework"
    ]


PLAN = _pair(
    "《海洋保护“十二五”行动计划》已经发布，“十二五”时期的任务很重。",
    'The "Ocean Protection Action Plan During the 12th Five-year Plan Period" has been issued; '
    "the tasks of the 12th Five-year Plan Period are heavy.",
)


def test_a_title_holding_a_marked_name_is_the_whole_quotation() -> None:
    (found,) = english_for_terms([PLAN], ["海洋保护十二五行动计划"], with_pinyin=False)
    assert found is not None
    assert found.english == "Ocean Protection Action Plan During the 12th Five-year Plan Period"


def test_a_name_marked_inside_a_title_is_not_the_whole_title_and_keeps_hyphened_words() -> None:
    assert nested(PLAN.zh, 6, 9)
    assert not nested(PLAN.zh, 1, 14)
    guide = _pair(
        "《推进“绿色出行”发展指导意见》已经发布。",
        'The "Guidelines on Promoting the Development of Green Travel" have been issued.',
    )
    assert [(s.text, s.start, s.end) for s in marked_spans(guide.zh)] == [
        ("推进“绿色出行”发展指导意见", 1, 15),
        ("绿色出行", 4, 8),
    ]
    (found,) = english_for_terms([guide], ["绿色出行"], with_pinyin=False)
    assert found is not None
    assert found.english == "Green Travel"
    assert name_around(words(PLAN.en), 19, 20) == (19, 23)  # 12th Five -> ... Plan Period


def test_a_marked_name_is_marked_up_for_it() -> None:
    (found,) = [
        c for c in extract_terms((FRAMEWORK,), with_pinyin=False) if c.chinese.startswith("日内瓦")
    ]
    assert [r.name for r in found.reasons if r.effect > 0] == ["marked as a name"]
