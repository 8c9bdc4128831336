"""The plain data an export is made of: one `ExportNote` per accepted term."""

from __future__ import annotations

from dataclasses import dataclass, field

from duiyi.kinds import CardDirection

DIRECTIONS = tuple(CardDirection)
"""Card directions, in the order of the note type's templates (card ordinals 0..3)."""


@dataclass(frozen=True)
class ExportDeck:
    """The Duiyi deck a note belongs to; `duiyi_id` None means "no deck" (the Duiyi root)."""

    name: str = ""
    duiyi_id: int | None = None


@dataclass(frozen=True)
class ExportContext:
    """A sentence the term was found in, with the term's character offsets on each side."""

    zh: str
    en: str = ""
    zh_span: tuple[int, int] | None = None
    en_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class ExportNote:
    """One accepted term as it goes to Anki (plain text; escaping happens when fields are built)."""

    guid: str
    chinese: str
    pinyin: str = ""
    english: tuple[str, ...] = ()
    """Renderings: the preferred one first, then the other accepted ones."""
    context: ExportContext | None = None
    source: str = ""
    """Title of the document the term comes from."""
    notes: str = ""
    tags: tuple[str, ...] = ()
    deck: ExportDeck = field(default_factory=ExportDeck)
    directions: tuple[CardDirection, ...] = (CardDirection.RECOGNITION, CardDirection.PRODUCTION)
    suspended: frozenset[str] = frozenset()
    """Directions whose cards are suspended in Duiyi (exported suspended)."""
    modified: float | None = None
    """When the term last changed in Duiyi (POSIX seconds); None: the export's own time."""


@dataclass(frozen=True)
class ImportedCard:
    """A term read from a glossary, Pleco export or Anki package: becomes a candidate term."""

    chinese: str
    english: tuple[str, ...] = ()
    pinyin: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    guid: str | None = None
    """The Anki note GUID, when the card came from an .apkg (kept so a re-export updates it)."""
    line: int = 0
    """Where it was in its file (line, or note number in a package), for messages."""
