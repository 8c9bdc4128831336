"""Anchors: acronyms are found where Latin letters touch Han characters."""

from __future__ import annotations

from duiyi.align.anchors import acronyms


def test_acronyms_touching_han_characters_are_found() -> None:
    assert acronyms("联合国和ICT合作很重要。") == frozenset({"ICT"})
    assert acronyms("推进COVID-19疫苗和5G建设") == frozenset({"COVID-19"})


def test_acronyms_inside_longer_latin_words_are_not() -> None:
    assert acronyms("The UNESCOs and ICT-based x") == frozenset({"UNESCOs", "ICT-based"})
    assert acronyms("plain lower case words") == frozenset()
