"""Reading flashcards from other programs as candidate terms: CSV/TSV glossaries (with a
column mapping), Pleco flashcard exports and the notes of Anki packages (.apkg)."""

from __future__ import annotations

from pathlib import Path

from duiyi.anki.kinds import anki_header, text_file_kind, use_import
from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.ankitext import parse_anki_text
from duiyi.anki.reading.common import decode, merge_cards, read_bytes
from duiyi.anki.reading.glossary import ColumnMapping, parse_glossary
from duiyi.anki.reading.package import read_package
from duiyi.anki.reading.pleco import looks_like_pleco, parse_pleco
from duiyi.errors import UnsupportedFormat

__all__ = ["ColumnMapping", "read_cards"]


def read_cards(path: Path, *, mapping: ColumnMapping | None = None) -> list[ImportedCard]:
    """The cards of a glossary, Pleco export or Anki package, chosen by the file's content.

    Raises UnsupportedFormat (damaged or unknown file), EncodingError or InvalidInput (no
    Chinese terms), each naming the file.
    """
    path = Path(path)
    data = read_bytes(path)
    kind = text_file_kind(data)
    if kind is not None:
        raise UnsupportedFormat(use_import(path.name, kind))
    if path.suffix.lower() in (".apkg", ".colpkg", ".zip") or data[:4] == b"PK\x03\x04":
        return read_package(path)
    text = decode(data, path.name)
    if mapping is None and anki_header(text.splitlines()[:12]):
        return merge_cards(parse_anki_text(text, path.name), path.name)
    if mapping is None and looks_like_pleco(text):
        return parse_pleco(text, path.name)
    return parse_glossary(text, path.name, mapping=mapping, suffix=path.suffix.lower())
