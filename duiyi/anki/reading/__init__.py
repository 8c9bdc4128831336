"""Reading flashcards from other programs as candidate terms: CSV/TSV glossaries (with a
column mapping), Pleco flashcard exports and the notes of Anki packages (.apkg)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from duiyi.anki.kinds import anki_header, text_file_kind, use_import
from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.ankitext import parse_anki_text
from duiyi.anki.reading.common import decode, merge_cards, read_bytes
from duiyi.anki.reading.glossary import ColumnMapping, parse_glossary
from duiyi.anki.reading.package import read_package
from duiyi.anki.reading.pleco import looks_like_pleco, parse_pleco
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.files import check_row_widths
from duiyi.term_text import is_chinese_term, skipped_rows, strip_controls

__all__ = ["CardFile", "ColumnMapping", "read_card_file", "read_cards"]


@dataclass(frozen=True)
class CardFile:
    """The cards of a file, and what was left out of it (in the user's words)."""

    cards: list[ImportedCard]
    notes: tuple[str, ...] = ()


def read_cards(path: Path, *, mapping: ColumnMapping | None = None) -> list[ImportedCard]:
    """The cards of a glossary, Pleco export, Anki text export or Anki package."""
    return read_card_file(path, mapping=mapping).cards


def read_card_file(path: Path, *, mapping: ColumnMapping | None = None) -> CardFile:
    """The cards of a glossary, Pleco export, Anki text export or Anki package, chosen by the
    file's content, one per Chinese term; rows without Chinese characters are left out and
    reported.

    Raises UnsupportedFormat (damaged or unknown file, or a text for `import`), EncodingError
    or InvalidInput (no Chinese terms), each naming the file.
    """
    path = Path(path)
    rows, notes = _read_rows(path, mapping)
    kept = [replace(c, chinese=strip_controls(c.chinese)) for c in rows]
    skipped = [c for c in kept if not is_chinese_term(c.chinese)]
    if skipped:
        unit = "note" if path.suffix.lower() in (".apkg", ".colpkg", ".zip") else "row"
        first = skipped[0]
        example = first.chinese or (first.english[0] if first.english else "")
        notes = (*notes, skipped_rows(len(skipped), unit, first.line, example) + ".")
    usable = [c for c in kept if is_chinese_term(c.chinese)]
    if not usable:
        raise InvalidInput(" ".join((f"{path.name} holds no Chinese terms to import.", *notes)))
    return CardFile(merge_cards(usable, path.name), notes)


def _read_rows(
    path: Path, mapping: ColumnMapping | None
) -> tuple[list[ImportedCard], tuple[str, ...]]:
    """The file's cards, one a row, Chinese or not; and what a handout reader left out."""
    path = Path(path)
    data = read_bytes(path)
    kind = text_file_kind(data)
    if kind is not None:
        raise UnsupportedFormat(use_import(path.name, kind))
    if path.suffix.lower() in (".apkg", ".colpkg", ".zip") or data[:4] == b"PK\x03\x04":
        return read_package(path), ()
    text = decode(data, path.name)
    check_row_widths(text, path.name)
    if mapping is None and anki_header(text.splitlines()[:12]):
        return parse_anki_text(text, path.name), ()
    if mapping is None and looks_like_pleco(text):
        return parse_pleco(text, path.name), ()
    cards = parse_glossary(text, path.name, mapping=mapping, suffix=path.suffix.lower())
    if mapping is None and not any(card.english for card in cards):
        # No column of English: a handout of term lines ("数字鸿沟 digital divide",
        # "translate 翻译"), read either way round as `import` reads it.
        from duiyi.read.glossary import glossary_of_text

        handout = glossary_of_text(text)
        if handout is not None and handout.entries:
            found = [
                ImportedCard(e.chinese, e.english, pinyin=e.pinyin, notes=e.notes)
                for e in handout.entries
            ]
            return found, handout.notes
    return cards, ()
