"""Plain data passed between the read, clean, align and extract stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["zh", "en"]
SegmentKind = Literal["heading", "paragraph", "sentence"]


@dataclass(frozen=True)
class TextBlock:
    """One paragraph-like block of text as a reader found it."""

    text: str
    lang: Lang | None = None
    """Known from the file's structure (a side of a two-file import, a table column, a TMX
    variant); None when only the text can tell."""
    row: int | None = None
    """Blocks sharing a row are translations of each other (table rows, TMX/XLIFF units)."""
    page: int | None = None
    """PDF page number, so headers, footers and page numbers can be recognised."""


@dataclass(frozen=True)
class GlossaryEntry:
    """A term pair given directly by a glossary file."""

    chinese: str
    english: tuple[str, ...]
    """Renderings, the preferred one first."""
    pinyin: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SourceText:
    """What a reader returns: the blocks of one source, in reading order."""

    name: str
    """File name, or "pasted text"."""
    format: str
    """txt, docx, html, pdf, tmx, xliff, csv, glossary, two-files, pasted."""
    encoding: str | None
    blocks: tuple[TextBlock, ...]
    glossary: tuple[GlossaryEntry, ...] = ()
    notes: tuple[str, ...] = ()
    """What the reader left out and the user should know (sentences)."""


@dataclass(frozen=True)
class SegmentPair:
    """One aligned Chinese/English pair: a heading, a paragraph, or a sentence inside one."""

    kind: SegmentKind
    zh: str
    en: str
    score: float
    """Alignment confidence in 0..1; 0 for a block with no translation."""
    parent: int | None = None
    """For a sentence: the index (in AlignedDocument.pairs) of its paragraph or heading."""

    @property
    def unpaired(self) -> bool:
        """True when one side is missing."""
        return not self.zh or not self.en


@dataclass(frozen=True)
class Removal:
    """Boilerplate the cleaner took out, reported so the user can keep it in."""

    key: str
    """Stable identifier to pass back in `keep` to keep this removal out."""
    reason: str
    """watermark, header/footer, url, source line, page number, ..."""
    examples: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class AlignedDocument:
    """A source read, cleaned and aligned: ready to store and to extract terms from."""

    title: str
    source_name: str
    format: str
    encoding: str | None
    layout: str
    """paragraph-interleaved, sentence-interleaved, zh-then-en, table, two-files, tmx, ..."""
    pairs: tuple[SegmentPair, ...]
    removed: tuple[Removal, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    content_hash: str = ""
    """Hash of the cleaned text, to recognise a re-import of the same content."""
    notes: tuple[str, ...] = field(default=())
    """Anything the user should hear about (encoding guessed, conversion applied, ...)."""
