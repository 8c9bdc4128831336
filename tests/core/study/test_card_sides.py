"""Both sides of a card in each direction, every piece exactly: the front never shows the answer."""

from __future__ import annotations

from duiyi.study.face import Context, TextPiece, card_sides
from duiyi.study.typed import Rendering

P = TextPiece
RENDERINGS = [Rendering("cyberspace", "preferred"), Rendering("cyber space", "accepted")]
# The term in traditional characters in its sentence; offsets found, not given.
CONTEXT = Context("构建網絡空間命运共同体。", "Build a shared future in cyberspace.")
ZH, EN = CONTEXT.zh, CONTEXT.en
ZH_MASKED = P("构建[…]命运共同体。", "zh", "context", masked=((2, 5),))
EN_MASKED = P("Build a shared future in […].", "en", "context", masked=((25, 28),))
ZH_SHOWN = P(ZH, "zh", "context", highlighted=((2, 6),))
EN_SHOWN = P(EN, "en", "context", highlighted=((25, 35),))
ENGLISH = P("cyberspace", "en", "answer")
OTHER = P("cyber space", "en", "rendering", note="accepted")
HAN = P("网络空间", "zh", "answer")
PINYIN = P("wǎngluò kōngjiān", "zh", "pinyin")


def _sides(direction: str, context: Context | None = CONTEXT) -> tuple[tuple[P, ...], ...]:
    return card_sides(
        direction,
        chinese="网络空间",
        pinyin="wǎngluò kōngjiān",
        renderings=RENDERINGS,
        context=context,
    )


def test_recognition() -> None:
    assert _sides("recognition") == (
        (P("网络空间", "zh", "prompt"), ZH_SHOWN, EN_MASKED),
        (ENGLISH, OTHER, PINYIN, EN_SHOWN),
    )


def test_production() -> None:
    assert _sides("production") == (
        (P("cyberspace", "en", "prompt"), EN_SHOWN, ZH_MASKED),
        (HAN, PINYIN, ZH_SHOWN),
    )


def test_cloze_in_chinese_and_in_english() -> None:
    assert _sides("cloze_zh") == (
        (P("构建[…]命运共同体。", "zh", "prompt", masked=((2, 5),)), EN_SHOWN),
        (HAN, PINYIN, ZH_SHOWN),
    )
    assert _sides("cloze_en") == (
        (P("Build a shared future in […].", "en", "prompt", masked=((25, 28),)), ZH_SHOWN),
        (ENGLISH, OTHER, EN_SHOWN),
    )


def test_without_a_sentence_that_holds_the_term() -> None:
    elsewhere = Context("无关。", "Nothing here.")
    assert _sides("cloze_en", elsewhere) == ((P("网络空间", "zh", "prompt"),), (ENGLISH, OTHER))
    assert _sides("cloze_zh", elsewhere) == ((P("cyberspace", "en", "prompt"),), (HAN, PINYIN))
    # A sentence where the answer cannot be hidden waits for the back.
    assert _sides("recognition", elsewhere) == (
        (P("网络空间", "zh", "prompt"), P("无关。", "zh", "context")),
        (ENGLISH, OTHER, PINYIN, P("Nothing here.", "en", "context")),
    )
    assert _sides("production", None) == ((P("cyberspace", "en", "prompt"),), (HAN, PINYIN))
