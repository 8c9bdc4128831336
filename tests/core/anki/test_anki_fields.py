"""Fields, tags and deck names of exported notes."""

from __future__ import annotations

from duiyi.anki.fields import (
    anki_tag,
    deck_name,
    english_field,
    highlight,
    note_fields,
    note_tags,
    plain_text,
    split_english,
)
from duiyi.anki.notes import ExportContext, ExportNote

HOSTILE = "<script>alert('x')</script> & \"q\" 😀 𠀀"


def test_user_text_is_escaped_and_comes_back_exactly() -> None:
    note = ExportNote(guid="g", chinese=HOSTILE, pinyin=HOSTILE, source=HOSTILE, notes=HOSTILE)
    fields = note_fields(note)
    for index in (0, 1, 5, 6):
        assert "<script>" not in fields[index]
        assert plain_text(fields[index]) == HOSTILE


def test_highlight_marks_only_the_term() -> None:
    field = highlight("a<b>网络空间c", (4, 8))
    assert field == 'a&lt;b&gt;<span class="duiyi-term">网络空间</span>c'
    assert plain_text(field) == "a<b>网络空间c"


def test_highlight_ignores_offsets_outside_the_text() -> None:
    assert highlight("短句", (1, 9)) == "短句"
    assert highlight("短句", None) == "短句"


def test_english_keeps_preferred_first_and_others_after() -> None:
    field = english_field(("a community & more", "a shared <future>", " "))
    assert field.startswith("a community &amp; more<ul")
    assert split_english(field) == ("a community & more", "a shared <future>")


def test_context_fields_highlight_both_sides() -> None:
    context = ExportContext(
        zh="构建网络空间", en="build cyberspace", zh_span=(2, 6), en_span=(6, 16)
    )
    fields = note_fields(ExportNote(guid="g", chinese="网络空间", context=context))
    assert '<span class="duiyi-term">网络空间</span>' in fields[3]
    assert '<span class="duiyi-term">cyberspace</span>' in fields[4]


def test_tags_have_no_spaces_or_quotes_and_no_repeats() -> None:
    assert anki_tag('  my "best"  tag ') == "my_best_tag"
    assert anki_tag("a:: ::b") == "a::_::b"
    note = ExportNote(
        guid="g", chinese="x", tags=("Law", "law", "two words"), source="Annual Report"
    )
    assert note_tags(note) == ["Law", "two_words", "source::Annual_Report"]


def test_deck_names_sit_under_duiyi() -> None:
    assert deck_name("") == "Duiyi"
    assert deck_name("  HSK   5 :: Reading ") == "Duiyi::HSK 5::Reading"
    assert deck_name("::") == "Duiyi"
