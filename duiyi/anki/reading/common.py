"""What the card readers share: reading and decoding files, telling Han from Latin text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from duiyi.anki.notes import ImportedCard
from duiyi.errors import EncodingError, InvalidInput, UnsupportedFormat
from duiyi.read.files import read_limited

MAX_FILE_BYTES = 512 * 1024 * 1024

_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")
# A pinyin syllable with a tone number or mark: ni3, hao3, lüe4, xiàn.
_PINYIN_WORD = re.compile(
    r"^(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ:]+(?:ng|n|r)?[1-5]?"
    r"[\s'’·-]*)+$",
    re.IGNORECASE,
)
_TONED = re.compile(r"[1-5]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", re.IGNORECASE)
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


def looks_like_pinyin(text: str) -> bool:
    """Whether the text reads as pinyin with tones (numbers or marks), not as English."""
    text = text.strip()
    return bool(text) and _PINYIN_WORD.match(text) is not None and _TONED.search(text) is not None


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
