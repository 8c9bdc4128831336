"""Anchors: acronyms are found where Latin letters touch Han characters."""

from __future__ import annotations

from duiyi.align.anchors import acronyms, base_form, dictionary_words, english_words


def test_acronyms_touching_han_characters_are_found() -> None:
    assert acronyms("联合国和ICT合作很重要。") == frozenset({"ICT"})
    assert acronyms("推进SARS-2疫苗和5G建设") == frozenset({"SARS-2"})


def test_acronyms_inside_longer_latin_words_are_not() -> None:
    assert acronyms("The UNESCOs and ICT-based x") == frozenset({"UNESCOs", "ICT-based"})
    assert acronyms("plain lower case words") == frozenset()


def test_inflected_english_words_take_their_base_form() -> None:
    forms = ["puppets", "studies", "boxes", "pasted", "paste", "setting", "planned", "spring"]
    assert [base_form(w) for w in forms] == [
        "puppet",
        "study",
        "box",
        "past",
        "past",
        "set",
        "plan",
        "spring",
    ]
    assert english_words("Silk puppets, paper-cut lamps.") == frozenset(
        {"silk", "puppet", "paper-cut", "paper", "cut", "lamp"}
    )


def test_a_plural_meets_the_dictionary_gloss_of_its_word() -> None:
    (glosses,) = dictionary_words("木偶")
    assert "puppet" in glosses
    assert not glosses.isdisjoint(english_words("Children play with wooden puppets."))


def test_dictionary_glosses_take_their_base_form_too() -> None:
    # CC-CEDICT glosses 游泳 as "swimming": the English "swim" is a hit.
    (glosses,) = dictionary_words("游泳")
    assert "swim" in glosses and "swimming" not in glosses
