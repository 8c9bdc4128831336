"""Pleco flashcard text exports: `简体[繁體]<TAB>pin1yin1<TAB>definition`, with `//Category`
lines that become tags."""

from __future__ import annotations

import re

from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.common import clean_text, has_han, looks_like_pinyin
from duiyi.pinyin import numbers_to_marks

_HEADWORD = re.compile(r"^(?P<simplified>[^\[]+?)(?:\[(?P<traditional>[^\]]*)\])?$")


def looks_like_pleco(text: str) -> bool:
    """Whether the text reads as a Pleco export: `//` category lines or Han<TAB>pinyin rows."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if not lines:
        return False
    if any(line.startswith("//") for line in lines):
        return True
    rows = [line.split("\t") for line in lines]
    matching = sum(
        1 for r in rows if len(r) >= 2 and has_han(r[0]) and looks_like_pinyin(r[1].strip())
    )
    return matching >= max(1, len(rows) // 2)


def _category_tag(line: str) -> str:
    """`// Lesson 1/Words` -> `Lesson_1::Words`."""
    parts = [" ".join(p.split()).replace(" ", "_") for p in line[2:].split("/")]
    return "::".join(p for p in parts if p)


def parse_pleco(text: str, name: str) -> list[ImportedCard]:
    """Cards of a Pleco export, unmerged; pinyin tone numbers become marks."""
    cards: list[ImportedCard] = []
    category = ""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("//"):
            category = _category_tag(line)
            continue
        columns = line.split("\t")
        head = clean_text(columns[0])
        match = _HEADWORD.match(head)
        if match is None:
            continue
        chinese = match.group("simplified").strip()
        traditional = (match.group("traditional") or "").strip()
        pinyin = clean_text(columns[1]) if len(columns) > 1 else ""
        definition = clean_text(" ".join(columns[2:])) if len(columns) > 2 else ""
        notes = f"Traditional: {traditional}" if traditional and traditional != chinese else ""
        cards.append(
            ImportedCard(
                chinese=chinese,
                english=(definition,) if definition else (),
                pinyin=numbers_to_marks(pinyin),
                notes=notes,
                tags=(category,) if category else (),
                line=number,
            )
        )
    return cards
