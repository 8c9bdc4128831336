"""CSV/TSV glossaries: which column holds what comes from a mapping, a header row, or the
cells themselves (Han characters = Chinese, toned syllables = pinyin, Latin = English)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, fields

from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.common import (
    clean_text,
    has_han,
    has_latin,
    looks_like_pinyin,
    split_renderings,
)
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.pinyin import numbers_to_marks

Column = int | str
"""A column by 0-based position or by its header name."""

_HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "chinese": ("chinese", "中文", "汉语", "汉字", "漢字", "简体", "simplified", "hanzi", "term",
                "source", "zh", "原文", "词语", "词条", "front"),
    "english": ("english", "英文", "英语", "译文", "translation", "meaning", "definition",
                "target", "en", "gloss", "back"),
    "pinyin": ("pinyin", "拼音", "reading"),
    "notes": ("notes", "note", "备注", "注释", "comment", "comments", "remarks", "extra"),
    "tags": ("tags", "tag", "标签", "category"),
}  # fmt: skip


@dataclass(frozen=True)
class ColumnMapping:
    """Which column is which; None = not in the file (or found from the header/cells)."""

    chinese: Column | None = None
    english: Column | None = None
    pinyin: Column | None = None
    notes: Column | None = None
    tags: Column | None = None

    @classmethod
    def parse(cls, text: str) -> ColumnMapping:
        """`chinese=1,english=2,pinyin=3` (1-based numbers or header names) -> mapping."""
        values: dict[str, Column] = {}
        names = {f.name for f in fields(cls)}
        for part in text.split(","):
            if not part.strip():
                continue
            key, sep, value = part.partition("=")
            key, value = key.strip().lower(), value.strip()
            if not sep or key not in names or not value:
                raise InvalidInput(
                    f"'{part.strip()}' is not a column mapping; write e.g. chinese=1,english=2 "
                    f"(names: {', '.join(sorted(names))})."
                )
            if value.isdigit():
                if int(value) < 1:
                    raise InvalidInput(f"Column numbers start at 1, not {value}.")
                values[key] = int(value) - 1
            else:
                values[key] = value
        return cls(**values)


def _sniff_separator(lines: list[str], suffix: str) -> str:
    sample = [line for line in lines if line.strip()][:20]
    if any("\t" in line for line in sample):
        return "\t"
    if suffix == ".csv":
        semicolons = sum(line.count(";") for line in sample)
        commas = sum(line.count(",") for line in sample)
        return ";" if semicolons > commas else ","
    return "\t" if suffix in (".tsv", ".tab") else ","


def _anki_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Anki's `#key:value` header lines, and the rest."""
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        key, _, value = lines[index][1:].partition(":")
        headers[key.strip().lower()] = value.strip()
        index += 1
    return headers, lines[index:]


_SEPARATOR_NAMES = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}


def _header_mapping(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = cell.strip().lower()
        for role, names in _HEADER_NAMES.items():
            if name in names and role not in found:
                found[role] = index
    return found


def _content_mapping(rows: list[list[str]]) -> dict[str, int]:
    """Guess the columns from the cells of the first rows."""
    sample = rows[:50]
    width = max((len(r) for r in sample), default=0)

    def share(index: int, test: Callable[[str], bool]) -> float:
        cells = [r[index] for r in sample if index < len(r) and r[index].strip()]
        if not cells:
            return 0.0
        return sum(1 for c in cells if test(c)) / len(cells)

    found: dict[str, int] = {}
    han = [share(i, has_han) for i in range(width)]
    if han and max(han) >= 0.5:
        found["chinese"] = han.index(max(han))
    for index in range(width):
        if index in found.values():
            continue
        if share(index, looks_like_pinyin) >= 0.6:
            # a second pinyin column (numbers beside marks) is pinyin too, never the English
            found.setdefault("pinyin", index)
        elif "english" not in found and share(index, has_latin) >= 0.5:
            found["english"] = index
    return found


def _resolve(mapping: ColumnMapping, header: list[str] | None, name: str) -> dict[str, int]:
    resolved: dict[str, int] = {}
    for role in ("chinese", "english", "pinyin", "notes", "tags"):
        column = getattr(mapping, role)
        if column is None:
            continue
        if isinstance(column, int):
            resolved[role] = column
            continue
        lowered = [cell.strip().lower() for cell in header or []]
        if column.strip().lower() not in lowered:
            raise InvalidInput(f"{name} has no column named '{column}'.")
        resolved[role] = lowered.index(column.strip().lower())
    return resolved


def parse_glossary(
    text: str, name: str, *, mapping: ColumnMapping | None = None, suffix: str = ".csv"
) -> list[ImportedCard]:
    """Cards from a CSV/TSV glossary's text, one a row with Chinese or not (unmerged); `name`
    is the file name used in messages."""
    headers, lines = _anki_headers(text.splitlines())
    separator = _SEPARATOR_NAMES.get(headers.get("separator", "").lower()) or headers.get(
        "separator", ""
    )
    if len(separator) != 1:
        separator = _sniff_separator(lines, suffix)
    offset = len(text.splitlines()) - len(lines)  # Anki's header lines come first
    numbered: list[tuple[int, list[str]]] = []
    try:
        reader = csv.reader(lines, delimiter=separator)
        for row in reader:
            if any(c.strip() for c in row):
                numbered.append((reader.line_num + offset, row))
    except csv.Error as error:
        raise UnsupportedFormat(f"{name} is not a readable CSV/TSV file: {error}.") from error
    rows = [row for _, row in numbered]
    if not rows:
        raise InvalidInput(f"{name} holds no Chinese terms to import.")
    from_header = _header_mapping(rows[0])
    has_header = "chinese" in from_header or (len(from_header) >= 2)
    header = rows[0] if has_header else None
    body = rows[1:] if has_header else rows
    line_numbers = [number for number, _ in numbered][1 if has_header else 0 :]
    if mapping is not None:
        roles = _resolve(mapping, header, name)
    elif has_header and "chinese" in from_header:
        roles = from_header
    else:
        roles = _content_mapping(body)
    if "chinese" not in roles:
        raise InvalidInput(
            f"{name}: no column of Chinese terms found; name the columns, e.g. chinese=1,english=2."
        )

    def cell(row: list[str], role: str) -> str:
        index = roles.get(role)
        return row[index] if index is not None and index < len(row) else ""

    cards = []
    for number, row in zip(line_numbers, body, strict=True):
        chinese = clean_text(cell(row, "chinese"))
        pinyin = clean_text(cell(row, "pinyin"))
        cards.append(
            ImportedCard(
                chinese=chinese,
                english=split_renderings(cell(row, "english")),
                pinyin=numbers_to_marks(pinyin) if any(c.isdigit() for c in pinyin) else pinyin,
                notes=cell(row, "notes").strip(),
                tags=tuple(t for t in cell(row, "tags").replace(",", " ").split() if t),
                line=number,
            )
        )
    return cards
