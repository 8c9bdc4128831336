"""Anki fields, tags and deck names from plain export data.

Every piece of user text is `html.escape`d; the only markup in a field is Duiyi's own:
the highlighted term in a context sentence, the list of other renderings and line breaks
in notes. `plain_text` undoes exactly that, so a field round-trips to the stored text.
"""

from __future__ import annotations

import html
import re

from duiyi.anki.notes import DIRECTIONS, ExportContext, ExportNote
from duiyi.kinds import CardDirection

CARD_SWITCH_FIELDS = {
    CardDirection.RECOGNITION: "RecognitionOff",
    CardDirection.PRODUCTION: "ProductionOff",
    CardDirection.CLOZE_ZH: "ContextZhOn",
    CardDirection.CLOZE_EN: "ContextEnOn",
}
"""Per card direction, the field that switches its card off ("off") or on ("on").

Each template's front shows only as its switch says, so Anki never generates a card Duiyi
did not export (Check Database, editing a note). A switch is empty in Duiyi's default case
(recognition and production on, context cards off) because notes of older exports get
these fields empty when Anki merges the note type: they then keep the cards they had.
"""
ON_UNLESS_SWITCHED_OFF = frozenset({CardDirection.RECOGNITION, CardDirection.PRODUCTION})


def switch_value(direction: str, made: bool) -> str:
    """What the switch field of `direction` holds when its card is (not) `made`."""
    if direction in ON_UNLESS_SWITCHED_OFF:
        return "" if made else "off"
    return "on" if made else ""


FIELD_NAMES = (
    "Chinese",
    "Pinyin",
    "English",
    "ContextZh",
    "ContextEn",
    "Source",
    "Notes",
    *CARD_SWITCH_FIELDS.values(),
)
"""The note type's fields; the card switches come last, so the first seven keep their order."""

TERM_OPEN = '<span class="duiyi-term">'
TERM_CLOSE = "</span>"
OTHERS_OPEN = '<ul class="duiyi-others">'
OTHERS_CLOSE = "</ul>"

ROOT_DECK = "Duiyi"

# Anki splits tags on whitespace and refuses quotes and control characters in them.
_TAG_BAD = re.compile(r'[\s"\x00-\x1f\x7f]+')
_TAG_STRIP = re.compile(r"<[^>]*>")


def escape(text: str) -> str:
    """User text as HTML text (quotes too), so Anki shows it exactly as typed."""
    return html.escape(text, quote=True)


def highlight(text: str, span: tuple[int, int] | None) -> str:
    """`text` escaped, with the characters in `span` wrapped in Duiyi's term highlight."""
    if span is None:
        return escape(text)
    start, end = span
    if not 0 <= start < end <= len(text):
        return escape(text)
    return (
        escape(text[:start]) + TERM_OPEN + escape(text[start:end]) + TERM_CLOSE + escape(text[end:])
    )


def english_field(renderings: tuple[str, ...]) -> str:
    """The preferred rendering, then the other accepted ones as a small list."""
    kept = [r for r in renderings if r.strip()]
    if not kept:
        return ""
    out = escape(kept[0])
    if len(kept) > 1:
        items = "".join(f"<li>{escape(r)}</li>" for r in kept[1:])
        out += OTHERS_OPEN + items + OTHERS_CLOSE
    return out


def notes_field(notes: str) -> str:
    """Notes escaped, line breaks kept."""
    return "<br>".join(escape(line) for line in notes.splitlines())


def context_fields(context: ExportContext | None) -> tuple[str, str]:
    """(ContextZh, ContextEn) with the term highlighted on each side where it is known."""
    if context is None:
        return "", ""
    return highlight(context.zh, context.zh_span), highlight(context.en, context.en_span)


def exported_directions(note: ExportNote) -> tuple[str, ...]:
    """The directions of `note` that become cards: context cards need a sentence in both
    languages, production cards an English rendering."""
    has_context = note.context is not None and bool(note.context.zh) and bool(note.context.en)
    out = []
    for direction in DIRECTIONS:
        if direction not in note.directions:
            continue
        if direction.startswith("cloze") and not has_context:
            continue
        if direction == CardDirection.PRODUCTION and not any(r.strip() for r in note.english):
            continue
        out.append(direction)
    return tuple(out)


def note_fields(note: ExportNote) -> list[str]:
    """The fields of the "Duiyi term" note type, in FIELD_NAMES order."""
    context_zh, context_en = context_fields(note.context)
    made = exported_directions(note)
    return [
        escape(note.chinese),
        escape(note.pinyin),
        english_field(note.english),
        context_zh,
        context_en,
        escape(note.source),
        notes_field(note.notes),
        *(switch_value(d, d in made) for d in CARD_SWITCH_FIELDS),
    ]


def anki_tag(tag: str) -> str:
    """A tag as Anki accepts it: no spaces, quotes or control characters, no empty `::` parts."""
    cleaned = _TAG_BAD.sub("_", tag.strip())
    parts = [p for p in cleaned.split("::") if p]
    return "::".join(parts)


def note_tags(note: ExportNote) -> list[str]:
    """The user's tags and the source document as Anki tags, without case-insensitive repeats."""
    candidates = list(note.tags)
    if note.source.strip():
        candidates.append(f"source::{note.source}")
    seen: set[str] = set()
    out: list[str] = []
    for raw in candidates:
        tag = anki_tag(raw)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def deck_name(name: str) -> str:
    """`Duiyi::<deck>` (just `Duiyi` for terms in no deck); empty `::` parts dropped."""
    parts = [" ".join(p.split()) for p in name.split("::")]
    parts = [p for p in parts if p]
    return "::".join([ROOT_DECK, *parts])


def plain_text(field: str) -> str:
    """Text of a field: line breaks back, tags dropped, entities decoded."""
    text = re.sub(r"<br\s*/?>", "\n", field, flags=re.IGNORECASE)
    text = re.sub(r"</(div|p|li)>", "\n", text, flags=re.IGNORECASE)
    text = _TAG_STRIP.sub("", text)
    return html.unescape(text).strip()


def split_english(field: str) -> tuple[str, ...]:
    """Renderings of an English field Duiyi wrote (or any field: one rendering, as text)."""
    if OTHERS_OPEN in field:
        head, _, rest = field.partition(OTHERS_OPEN)
        items = re.findall(r"<li>(.*?)</li>", rest, flags=re.DOTALL)
        out = [plain_text(head), *(plain_text(i) for i in items)]
        return tuple(r for r in out if r)
    text = plain_text(field)
    return (text,) if text else ()
