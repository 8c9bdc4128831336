"""The English word cache keeps short texts only: a whole paragraph held thousands of times
would fill the long-lived extraction helper's memory."""

from __future__ import annotations

from duiyi.extract import english


def test_short_texts_are_cached_and_paragraphs_are_not() -> None:
    english._short_words.cache_clear()
    sentence = "The river rises in the hills."
    paragraph = " ".join([sentence] * 8)  # 239 characters
    assert english.words(paragraph) == list(english._words(paragraph))
    assert english._short_words.cache_info().currsize == 0
    assert english.words(sentence) == list(english._words(sentence))
    assert english.words(sentence) == list(english._words(sentence))
    info = english._short_words.cache_info()
    assert (info.hits, info.currsize) == (1, 1)


def test_a_text_of_the_longest_cached_length_is_cached() -> None:
    english._short_words.cache_clear()
    text = "a" * english._CACHED_TEXT
    assert [w.text for w in english.words(text)] == [text]
    assert english._short_words.cache_info().currsize == 1
