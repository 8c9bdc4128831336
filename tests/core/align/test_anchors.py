"""Anchors: acronyms are found where Latin letters touch Han characters."""

from __future__ import annotations

from duiyi.align.anchors import acronyms, base_form, dictionary_words, english_words


def test_acronyms_touching_han_characters_are_found() -> None:
    assert acronyms("联合国和ICT合作很重要。") == frozenset({"ICT"})
    assert acronyms("推进COVID-19疫苗和5G建设") == frozenset({"COVID-19"})


def test_acronyms_inside_longer_latin_words_are_not() -> None:
    assert acronyms("The UNESCOs and ICT-based x") == frozenset({"UNESCOs", "ICT-based"})
    assert acronyms("plain lower case words") == frozenset()


def test_inflected_english_words_take_their_base_form() -> None:
    forms = ["couplets", "studies", "boxes", "pasted", "paste", "setting", "planned", "spring"]
    assert [base_form(w) for w in forms] == [
        "couplet",
        "study",
        "box",
        "past",
        "past",
        "set",
        "plan",
        "spring",
    ]
    assert english_words("Poetic couplets, paper-cut pictures.") == frozenset(
        {"poetic", "couplet", "paper-cut", "paper", "cut", "pictur"}
    )


def test_a_plural_meets_the_dictionary_gloss_of_its_word() -> None:
    (glosses,) = dictionary_words("对联")
    assert "couplet" in glosses
    assert not glosses.isdisjoint(english_words("Red scrolls with poetic couplets."))


def test_dictionary_glosses_take_their_base_form_too() -> None:
    # CC-CEDICT glosses 窗花 as "paper cutting": the English "cut" is a hit.
    (glosses,) = dictionary_words("窗花")
    assert "cut" in glosses and "cutting" not in glosses
