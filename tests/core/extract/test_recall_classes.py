"""Issue 12, recall: classes of right pairs that were found but scored under the threshold."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms
from duiyi.extract.extractor import DEFAULT_THRESHOLD


def _found(zh: str, en: str, term: str) -> tuple[str, float]:
    """The term's English and confidence in a text of one pair per sentence."""
    pairs = tuple(
        SegmentPair("paragraph", z, e, 1.0)
        for z, e in zip(zh.split("\n"), en.split("\n"), strict=True)
    )
    (found,) = english_for_terms(pairs, [term], with_pinyin=False)
    assert found is not None
    return found.english, found.confidence


def test_a_dictionary_list_of_provinces_renders_them_all_not_the_first_alone() -> None:
    # CC-CEDICT glosses the abbreviation as "A, B and C provinces": the first name alone is
    # no rendering of it, and choosing it left the other two names unexplained.
    english, confidence = _found(
        "陕甘宁边区的首府是延安。\n陕甘宁边区有自己的政府。",
        "The capital of the Shaanxi-Gansu-Ningxia Border Region was Yan'an.\n"
        "The Shaanxi-Gansu-Ningxia Border Region had its own government.",
        "陕甘宁边区",
    )
    assert english == "Shaanxi-Gansu-Ningxia Border Region"
    assert confidence >= DEFAULT_THRESHOLD
