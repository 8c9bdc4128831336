"""What the card readers share: reading and decoding files, telling Han from Latin text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from duiyi.anki.fields import plain_text
from duiyi.anki.kinds import looks_like_pinyin as looks_like_pinyin
from duiyi.anki.notes import ImportedCard
from duiyi.errors import EncodingError, InvalidInput, UnsupportedFormat
from duiyi.read.files import read_limited

MAX_FILE_BYTES = 512 * 1024 * 1024

_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_CLOZE = re.compile(r"\{\{c\d+::((?:(?!\{\{|\}\}|::).)*)(?:::(?:(?!\{\{|\}\}).)*)?\}\}", re.S)
_BLOCKS = "div|p|li|ul|ol|tr|h[1-6]|blockquote"
# A block's start (with the end of the block before it) or end, or <br>: one line break each.
_BLOCK_TAG = re.compile(
    f"(?:</(?:{_BLOCKS})>\\s*)?<(?:{_BLOCKS})\\b[^>]*>|</(?:{_BLOCKS})>|<br\\b[^>]*>", re.I
)
# Private-use characters: Pleco marks bold, colours and links with them.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a plain error naming it (a device or pipe is refused unread)."""
    return read_limited(path, MAX_FILE_BYTES)


def decode(data: bytes, name: str) -> str:
    """Text of a card file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise EncodingError(f"{name} is not valid UTF-16 text.") from error
    if b"\x00" in data[:4096]:
        raise UnsupportedFormat(f"{name} is not a text file of cards (it holds binary data).")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise EncodingError(f"{name} is neither UTF-8 nor GB18030 text.")


def has_han(text: str) -> bool:
    """Whether the text holds a Han character."""
    return _HAN.search(text) is not None


def has_latin(text: str) -> bool:
    """Whether the text holds a Latin letter."""
    return _LATIN.search(text) is not None


def without_cloze(text: str) -> str:
    """Cloze deletions replaced by their answers: `{{c1::子::hint}}` -> `子` (nested ones too)."""
    while True:
        plain = _CLOZE.sub(r"\1", text)
        if plain == text:
            return plain
        text = plain


def field_text(field: str, *, html: bool, lines: bool = False) -> str:
    """The text of an Anki field (HTML when `html`): one line, or with line breaks (`lines`);
    cloze markup and sounds dropped, block tags (`<div>`, `<br>`, `<p>`, `<li>`) as breaks."""
    text = without_cloze(_SOUND.sub("", field))
    if html:
        # Anki's editor starts a line with <div>: without a break the words would run together.
        text = plain_text(_BLOCK_TAG.sub("\n", text))
    if lines:
        return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()
    return " ".join(text.split())


def note_tags(tags: str, *, duiyi: bool) -> tuple[str, ...]:
    """An Anki note's tags (a Duiyi note's `source::` tag mirrors its Source field: dropped)."""
    found = (t for t in tags.split() if t)
    return tuple(t for t in found if not (duiyi and t.lower().startswith("source::")))


def clean_text(text: str) -> str:
    """Text without private-use formatting characters and surrounding space."""
    return " ".join(_PRIVATE_USE.sub("", text).split())


def split_renderings(text: str) -> tuple[str, ...]:
    """English alternatives of one cell: split on semicolons."""
    parts = [clean_text(p) for p in re.split(r"[;；]", text)]
    return tuple(p for p in parts if p)


def merge_cards(cards: Iterable[ImportedCard], name: str) -> list[ImportedCard]:
    """Cards in file order, one per Chinese term (renderings and tags of repeats merged)."""
    merged: dict[str, ImportedCard] = {}
    for card in cards:
        if not card.chinese:
            continue
        seen = merged.get(card.chinese)
        if seen is None:
            merged[card.chinese] = card
            continue
        english = tuple(dict.fromkeys((*seen.english, *card.english)))
        tags = tuple(dict.fromkeys((*seen.tags, *card.tags)))
        merged[card.chinese] = ImportedCard(
            chinese=seen.chinese,
            english=english,
            pinyin=seen.pinyin or card.pinyin,
            notes=seen.notes or card.notes,
            tags=tags,
            guid=seen.guid,
        )
    if not merged:
        raise InvalidInput(f"{name} holds no Chinese terms to import.")
    return list(merged.values())
