"""Typed answers and card sides: lenient English, Chinese in either script or pinyin, masks."""

from __future__ import annotations

from duiyi.study.face import PLACEHOLDER, Context, card_sides, find_english
from duiyi.study.scheduling import Rating
from duiyi.study.typed import Rendering, check_chinese, check_english, english_variants

BRI = [
    Rendering("(the) Belt and Road Initiative", "preferred"),
    Rendering("BRI", "accepted"),
    Rendering("One Belt, One Road", "outdated"),
]


def test_english_is_compared_leniently() -> None:
    for typed in (
        "belt and road initiative",
        "The Belt-and-Road Initiative!",
        "the belt and road initiatives",
        "Belt and Road Initiative",
    ):
        result = check_english(typed, BRI)
        assert result.correct, typed
        assert result.suggested == Rating.GOOD
    quoted = [Rendering("“people’s” congress — session")]
    assert check_english('"people\'s" congress - session', quoted).correct


def test_alternatives_and_optional_words() -> None:
    assert english_variants("(the) Belt and Road; BRI") == [
        "the Belt and Road",
        "Belt and Road",
        "BRI",
    ]
    several = [Rendering("people-to-people exchange; personnel exchange")]
    assert check_english("personnel exchanges", several).correct


def test_accepted_rendering_as_the_user_chooses() -> None:
    assert check_english("BRI", BRI).correct
    strict = check_english("BRI", BRI, accept_others=False)
    assert not strict.correct and strict.status == "accepted" and strict.suggested == Rating.HARD


def test_outdated_rendering_is_flagged() -> None:
    result = check_english("one belt one road", BRI)
    assert not result.correct and result.status == "outdated"
    assert "Outdated" in result.note and result.suggested == Rating.HARD


def test_wrong_answer_gets_word_diff_and_again() -> None:
    result = check_english("silk road plan", BRI)
    assert not result.correct and result.suggested == Rating.AGAIN
    kinds = {piece.text: piece.kind for piece in result.diff}
    assert kinds["silk"] == "extra" and kinds["belt"] == "missing"
    close = check_english("belt road initiative", BRI)
    assert close.suggested == Rating.HARD
    assert [p.text for p in close.diff if p.kind == "missing"] == ["and"]


def test_chinese_in_either_script_or_pinyin() -> None:
    term, pinyin = "网络空间", "wǎngluò kōngjiān"
    assert check_chinese("网络空间", term, pinyin).correct
    assert check_chinese("網絡空間", term, pinyin).correct
    assert check_chinese("wang3luo4 kong1jian1", term, pinyin).correct
    assert check_chinese("wǎngluò kōngjiān", term, pinyin).correct
    toneless = check_chinese("wangluo kongjian", term, pinyin)
    assert not toneless.correct and toneless.suggested == Rating.HARD
    assert check_chinese("wangluo kongjian", term, pinyin, accept_toneless=True).correct
    wrong = check_chinese("网络安全", term, pinyin)
    assert not wrong.correct and [p.text for p in wrong.diff if p.kind == "missing"] == ["空", "间"]


def test_front_never_gives_the_answer_away() -> None:
    context = Context("我们要推进一带一路建设。", "We will advance the Belt and Road Initiative.")
    front, back = card_sides(
        "recognition", chinese="一带一路", pinyin="yī dài yī lù", renderings=BRI, context=context
    )
    front_text = " ".join(piece.text for piece in front)
    assert "Belt" not in front_text and PLACEHOLDER in front_text
    masked = next(p for p in front if p.masked)
    start, end = masked.masked[0]
    assert masked.text[start:end] == PLACEHOLDER
    assert back[0].text == "(the) Belt and Road Initiative"
    assert any(p.note == "outdated" for p in back)
    front, _back = card_sides(
        "production", chinese="一带一路", pinyin="yī dài yī lù", renderings=BRI, context=context
    )
    front_text = " ".join(piece.text for piece in front)
    assert "一带一路" not in front_text and "yī" not in front_text


def test_offsets_are_used_when_given() -> None:
    context = Context("一带一路", "Belt and Road", zh_span=(0, 4), en_span=(0, 4))
    front, _ = card_sides(
        "cloze_en", chinese="一带一路", pinyin="", renderings=BRI, context=context
    )
    assert front[0].text == PLACEHOLDER + " and Road"


def test_find_english_tolerates_plural_and_case() -> None:
    sentence = "They praised people-to-people Exchanges between the two."
    span = find_english(sentence, [Rendering("people to people exchange")])
    assert span is not None and sentence[span[0] : span[1]] == "people-to-people Exchanges"


def test_sentence_where_the_answer_is_not_found_stays_off_the_front() -> None:
    # Freely translated: the rendering does not appear, so the English cannot be masked.
    context = Context("加强人才交流。", "We will bring more people together.")
    renderings = [Rendering("talent exchanges")]
    front, back = card_sides(
        "recognition", chinese="人才交流", pinyin="", renderings=renderings, context=context
    )
    assert all(p.lang == "zh" for p in front)
    assert any(p.text == context.en for p in back)
    cloze, _ = card_sides(
        "cloze_en", chinese="人才交流", pinyin="", renderings=renderings, context=context
    )
    assert cloze[0].text == "人才交流" and cloze[0].role == "prompt"


def test_an_empty_answer_is_never_right() -> None:
    # A term without pinyin: nothing typed must not match the empty pinyin.
    for typed in ("", "   "):
        result = check_chinese(typed, "网络空间", "")
        assert not result.correct and result.suggested == Rating.AGAIN
    assert not check_english("", [Rendering("")]).correct
    assert check_english("", BRI).suggested == Rating.AGAIN


def test_three_of_four_characters_right_suggests_hard() -> None:
    # 网络空闲 for 网络空间: similarity exactly 0.75, the boundary that still suggests Hard.
    close = check_chinese("网络空闲", "网络空间", "wǎngluò kōngjiān")
    assert not close.correct and close.suggested == Rating.HARD
    far = check_chinese("网空闲置", "网络空间", "wǎngluò kōngjiān")
    assert not far.correct and far.suggested == Rating.AGAIN
    # The same boundary for English words: three of four words right.
    words = [Rendering("digital divide bridging programme")]
    assert check_english("digital divide bridging plan", words).suggested == Rating.HARD
    assert check_english("digital gap bridging plan", words).suggested == Rating.AGAIN
