"""Failure classes of short texts where most terms stand once (issue 12, second probe round),
each with a made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.extractor import DEFAULT_THRESHOLD


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _found(*pairs: SegmentPair) -> dict[str, tuple[str, float, list[str]]]:
    return {
        c.chinese: (c.english, c.confidence, [r.name for r in c.reasons])
        for c in extract_terms(pairs, with_pinyin=False)
    }


def test_an_everyday_word_the_english_capitalises_alone_is_a_name() -> None:
    # 金星 is everyday Chinese, but "Venus" is capitalised inside the sentence with no other
    # capitalised word beside it: the English names a thing, which is worth drilling.
    found = _found(
        _pair("探测器明年将飞往金星。", "The probe will fly to Venus next year."),
        _pair("科学家在实验室里研究样品。", "Scientists study the samples in the laboratory."),
    )
    english, value, reasons = found["金星"]
    assert (english, reasons) == ("Venus", ["recurs"])
    assert value >= DEFAULT_THRESHOLD
