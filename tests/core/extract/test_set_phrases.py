"""Four-character set phrases (two coordinated halves, or halves opening with one character)
that stand as a unit are term candidates rendered by a noun phrase; a four-character verb
sequence used as the predicate is not."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.confidence import Facts, score
from duiyi.extract.extractor import extract_terms
from duiyi.extract.set_phrases import set_phrase_spans

UPHOLD = SegmentPair(
    "sentence",
    "各国应坚持共商共建，推进互利互惠的伙伴关系。",
    "All countries should uphold joint consultation and construction and advance "
    "partnerships of mutual benefit.",
    1.0,
)
PREDICATE = SegmentPair(
    "sentence", "他们讨论研究了方案。", "They discussed and studied the plan.", 1.0
)
REPEATED_PREDICATE = "双方共商共建了新方案。"


def _english_of(pair: SegmentPair) -> dict[str, str]:
    return {c.chinese: c.english for c in extract_terms([pair], with_pinyin=False)}


def test_set_phrase_as_subject_and_object_is_found() -> None:
    text = "互学互鉴是文明进步的动力，各国应推进共商共建。"
    assert [text[a:b] for a, b in set_phrase_spans(text)] == ["互学互鉴", "共商共建"]


def test_set_phrase_after_a_governing_verb_is_a_candidate_span() -> None:
    assert "共商共建" in [s.text for s in candidate_spans(UPHOLD.zh)]


def test_set_phrases_are_proposed_with_their_noun_phrases() -> None:
    english = _english_of(UPHOLD)
    assert english["共商共建"] == "joint consultation and construction"
    assert english["互利互惠"] == "mutual benefit"


def test_verb_sequence_as_predicate_is_no_set_phrase() -> None:
    assert set_phrase_spans(PREDICATE.zh) == []
    assert "讨论研究" not in _english_of(PREDICATE)


def test_repeated_opening_before_an_aspect_particle_is_a_predicate() -> None:
    assert set_phrase_spans(REPEATED_PREDICATE) == []


def test_set_phrase_rendered_by_one_word_is_not_marked_down() -> None:
    _, reasons = score(Facts("互帮互助", "solidarity", words=1))
    assert [r.name for r in reasons] == ["recurs"]
