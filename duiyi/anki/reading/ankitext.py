"""Anki's "Notes in Plain Text" export: `#separator:`, `#html:`, `#guid column:`, `#notetype
column:`, `#deck column:`, `#tags column:` (and `#columns:`, `#notetype:`) header lines, then one
note a row.

Fields are mapped by name where the note type is known (Duiyi's own "Duiyi term" round-trips
exactly, Anki's stock types by their field names); for any other note type the first two fields
are the term and its English, whichever of them holds the Chinese.
"""

from __future__ import annotations

import csv
import io

from duiyi.anki.fields import FIELD_NAMES, split_english
from duiyi.anki.kinds import anki_header
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.common import field_text, has_han, looks_like_pinyin, note_tags
from duiyi.errors import UnsupportedFormat

_SEPARATORS = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "pipe": "|",
    "space": " ",
    "colon": ":",
}
# Anki's stock note types and their fields, in order (what its own exports leave unnamed).
_KNOWN_TYPES: dict[str, tuple[str, ...]] = {
    MODEL_NAME: FIELD_NAMES,
    "Basic": ("Front", "Back"),
    "Basic (and reversed card)": ("Front", "Back"),
    "Basic (optional reversed card)": ("Front", "Back", "Add Reverse"),
    "Basic (type in the answer)": ("Front", "Back"),
    "Cloze": ("Text", "Back Extra"),
}
_ROLE_FIELDS = {
    "chinese": ("chinese", "front", "text"),
    "english": ("english", "back", "back extra"),
    "pinyin": ("pinyin",),
    "notes": ("notes",),
}


def _column(headers: dict[str, str], key: str) -> int | None:
    value = headers.get(key, "")
    return int(value) - 1 if value.isdigit() and int(value) >= 1 else None


def _separator(headers: dict[str, str], name: str) -> str:
    value = headers.get("separator", "")
    found = _SEPARATORS.get(value.lower(), value)
    if len(found) != 1:
        raise UnsupportedFormat(f"{name}: Anki's #separator:{value} header names no separator.")
    return found


def _names(
    headers: dict[str, str], separator: str, notetype: str, special: set[int]
) -> list[str] | None:
    """Field names of the note type, or None when neither the file nor Duiyi knows them."""
    if "columns" in headers:
        # `#columns:` names every column, the tags, deck and GUID columns too.
        named = headers["columns"].split(separator)
        return [c.strip() for index, c in enumerate(named) if index not in special]
    return None if notetype not in _KNOWN_TYPES else list(_KNOWN_TYPES[notetype])


def _roles(names: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, field_name in enumerate(names):
        for role, wanted in _ROLE_FIELDS.items():
            if role not in roles and field_name.strip().lower() in wanted:
                roles[role] = index
    return roles


def _first_two(fields: list[str]) -> dict[str, int]:
    """The term and its English from the first two fields, whichever holds the Chinese."""
    if len(fields) > 1 and not has_han(fields[0]) and has_han(fields[1]):
        return {"chinese": 1, "english": 0}
    roles = {"chinese": 0, "english": 1}
    if len(fields) > 2 and looks_like_pinyin(fields[1]):
        roles = {"chinese": 0, "pinyin": 1, "english": 2}
    return roles


def parse_anki_text(text: str, name: str) -> list[ImportedCard]:
    """The notes of an Anki plain-text export as cards (rows without Chinese included: the
    caller skips and reports them)."""
    lines = text.splitlines()
    headers = anki_header(lines)
    separator = _separator(headers, name) if "separator" in headers else "\t"
    html = headers.get("html", "false").lower() == "true"
    special = {
        role: index
        for role in ("guid", "notetype", "deck", "tags")
        if (index := _column(headers, f"{role} column")) is not None
    }
    body = "\n".join(lines[len(headers) :])
    try:
        reader = csv.reader(io.StringIO(body), delimiter=separator)
        rows = [(reader.line_num + len(headers), row) for row in reader]
    except csv.Error as error:
        raise UnsupportedFormat(f"{name} is not a readable Anki text export: {error}.") from error
    cards: list[ImportedCard] = []
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue

        def at(index: int | None, row: list[str] = row) -> str:
            return row[index] if index is not None and index < len(row) else ""

        notetype = at(special.get("notetype")) or headers.get("notetype", "")
        fields = [cell for index, cell in enumerate(row) if index not in special.values()]
        names = _names(headers, separator, notetype, set(special.values()))
        texts = [field_text(f, html=html) for f in fields]
        roles = _roles(names) if names is not None else {}
        chinese_at = roles.get("chinese")
        if chinese_at is None or chinese_at >= len(texts) or not has_han(texts[chinese_at]):
            roles = _first_two(texts)  # e.g. a Basic note with the English on the front
        duiyi = notetype == MODEL_NAME or (names is not None and tuple(names) == FIELD_NAMES)

        def get(role: str, texts: list[str] = texts, roles: dict[str, int] = roles) -> str:
            index = roles.get(role)
            return texts[index] if index is not None and index < len(texts) else ""

        english_field = at(roles.get("english"), fields)
        if duiyi and html:
            english = split_english(english_field)
        else:
            english = (get("english"),) if get("english") else ()
        notes_index = roles.get("notes")
        notes = field_text(at(notes_index, fields), html=html, lines=True)
        guid = at(special.get("guid"))
        cards.append(
            ImportedCard(
                chinese=get("chinese"),
                english=english,
                pinyin=get("pinyin"),
                notes=notes,
                tags=note_tags(at(special.get("tags")), duiyi=duiyi),
                # Only Duiyi's own notes keep their GUID: another note type under the same
                # GUID would conflict in Anki when the term is exported back.
                guid=guid or None if duiyi else None,
                line=number,
            )
        )
    return cards
