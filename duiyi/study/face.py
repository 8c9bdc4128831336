"""What a card shows: the question side never gives the answer away.

A context sentence shown with the question has the term's counterpart in the other language
replaced by a placeholder; the mask spans say where the placeholder stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duiyi.kinds import CardDirection
from duiyi.script import to_simplified
from duiyi.study.typed import ARTICLES, Rendering, english_variants

PLACEHOLDER = "[…]"

Span = tuple[int, int]


@dataclass(frozen=True)
class TextPiece:
    """One block of plain text on a card side.

    role: prompt (the question), answer, pinyin, context, rendering (another rendering with
    its status in `note`). `masked` spans mark placeholders hiding the answer; `highlighted`
    spans mark the term itself.
    """

    text: str
    lang: str
    role: str
    masked: tuple[Span, ...] = ()
    highlighted: tuple[Span, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Context:
    """A sentence pair a term was found in, with the term's offsets when they are known."""

    zh: str
    en: str
    zh_span: Span | None = None
    en_span: Span | None = None


def find_chinese(sentence: str, chinese: str) -> Span | None:
    """Where the term stands in a Chinese sentence (either script)."""
    if not chinese:
        return None
    start = sentence.find(chinese)
    if start < 0:
        simple = to_simplified(sentence)
        start = simple.find(to_simplified(chinese))
    return None if start < 0 else (start, start + len(chinese))


def _english_pattern(text: str) -> re.Pattern[str] | None:
    words = [w for w in re.findall(r"[\w']+", text) if w.lower() not in ARTICLES]
    if not words:
        return None
    # Any punctuation or hyphen between the words; an optional plural ending on each.
    joined = r"[\W_]+(?:(?:the|a|an)[\W_]+)?".join(re.escape(w) + r"(?:e?s)?" for w in words)
    return re.compile(r"\b" + joined + r"\b", re.IGNORECASE)


def find_english(sentence: str, renderings: list[Rendering]) -> Span | None:
    """Where any of the term's renderings stands in an English sentence (longest first)."""
    variants = [v for r in renderings for v in english_variants(r.text)]
    for variant in sorted(variants, key=len, reverse=True):
        pattern = _english_pattern(variant)
        match = pattern.search(sentence) if pattern else None
        if match:
            return match.start(), match.end()
    return None


def _masked(text: str, span: Span | None, lang: str, role: str) -> TextPiece:
    if span is None:
        return TextPiece(text, lang, role)
    start, end = span
    out = text[:start] + PLACEHOLDER + text[end:]
    return TextPiece(out, lang, role, masked=((start, start + len(PLACEHOLDER)),))


def _highlighted(text: str, span: Span | None, lang: str, role: str) -> TextPiece:
    return TextPiece(text, lang, role, highlighted=() if span is None else (span,))


def card_sides(
    direction: CardDirection,
    *,
    chinese: str,
    pinyin: str,
    renderings: list[Rendering],
    context: Context | None,
) -> tuple[tuple[TextPiece, ...], tuple[TextPiece, ...]]:
    """(front, back) of a card in one direction: recognition, production, cloze_zh, cloze_en."""
    preferred = next((r for r in renderings if r.status == "preferred"), None) or (
        renderings[0] if renderings else Rendering("")
    )
    zh_span = en_span = None
    if context is not None:
        zh_span = context.zh_span or find_chinese(context.zh, chinese)
        en_span = context.en_span or find_english(context.en, renderings)
    others = tuple(
        TextPiece(r.text, "en", "rendering", note=r.status)
        for r in renderings
        if r is not preferred
    )
    english = TextPiece(preferred.text, "en", "answer")
    han = TextPiece(chinese, "zh", "answer")
    reading = TextPiece(pinyin, "zh", "pinyin")
    front: list[TextPiece] = []
    back: list[TextPiece] = []
    # A sentence in the answer's language goes on the front only when the answer could be
    # found in it and hidden; otherwise it waits for the back.
    if direction == CardDirection.RECOGNITION:
        front.append(TextPiece(chinese, "zh", "prompt"))
        if context is not None:
            front.append(_highlighted(context.zh, zh_span, "zh", "context"))
            if en_span is not None:
                front.append(_masked(context.en, en_span, "en", "context"))
            back.append(_highlighted(context.en, en_span, "en", "context"))
        back[:0] = [english, *others, reading]
    elif direction == CardDirection.PRODUCTION:
        front.append(TextPiece(preferred.text, "en", "prompt"))
        if context is not None:
            front.append(_highlighted(context.en, en_span, "en", "context"))
            if zh_span is not None:
                front.append(_masked(context.zh, zh_span, "zh", "context"))
            back.append(_highlighted(context.zh, zh_span, "zh", "context"))
        back[:0] = [han, reading]
    elif direction == CardDirection.CLOZE_ZH:
        if context is not None and zh_span is not None:
            front.append(_masked(context.zh, zh_span, "zh", "prompt"))
            front.append(_highlighted(context.en, en_span, "en", "context"))
            back.append(_highlighted(context.zh, zh_span, "zh", "context"))
        else:
            front.append(TextPiece(preferred.text, "en", "prompt"))
        back[:0] = [han, reading]
    else:  # cloze_en
        if context is not None and en_span is not None:
            front.append(_masked(context.en, en_span, "en", "prompt"))
            front.append(_highlighted(context.zh, zh_span, "zh", "context"))
            back.append(_highlighted(context.en, en_span, "en", "context"))
        else:
            front.append(TextPiece(chinese, "zh", "prompt"))
        back[:0] = [english, *others]
    return tuple(front), tuple(back)
