"""Files meant for the other import command: flashcard files given to `import` (texts) and
texts given to `import-cards`, told apart by their content so the message can name the command."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

from duiyi.term_text import has_han

# Header keys Anki writes (rslib/src/import_export/text/csv): a file whose first lines are
# `#key:value` with these keys comes from Anki (or is meant for it).
HEADER_KEYS = frozenset(
    {
        "separator",
        "html",
        "guid column",
        "notetype column",
        "deck column",
        "tags column",
        "columns",
        "notetype",
        "deck",
        "tags",
        "if matches",
    }
)
# A pinyin syllable with a tone number or mark: ni3, hao3, lüe4, xiàn.
_PINYIN_WORD = re.compile(
    r"^(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ:]+(?:ng|n|r)?[1-5]?"
    r"[\s'’·-]*)+$",
    re.IGNORECASE,
)
_TONED = re.compile(r"[1-5]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", re.IGNORECASE)
_TONE_NUMBER = re.compile(r"[a-zü][1-5]\b", re.IGNORECASE)
_TRADITIONAL = re.compile(r"\[[^\]]+\]\s*$")
_COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
_TEXT_KINDS = (
    ("<tmx", "a translation memory (TMX)"),
    ("<xliff", "an XLIFF file from a translation tool"),
    ("<html", "a web page"),
    ("<!doctype html", "a web page"),
)


def anki_header(lines: Sequence[str]) -> dict[str, str]:
    """Anki's header lines at the top of `lines` (keys lower case); empty when there are none."""
    headers: dict[str, str] = {}
    for line in lines:
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].partition(":")
        key = key.strip().lower()
        # Anki writes every header with a value; "#columns:" alone opens a user's own text.
        if not sep or key not in HEADER_KEYS or not value.strip():
            break
        headers[key] = value.strip()
    return headers


def looks_like_pinyin(text: str) -> bool:
    """Whether the text reads as pinyin with tones (numbers or marks), not as English."""
    text = text.strip()
    return bool(text) and _PINYIN_WORD.match(text) is not None and _TONED.search(text) is not None


def is_anki_package(data: bytes, suffix: str) -> bool:
    """Whether the bytes are an Anki package (.apkg/.colpkg, or a zip holding a collection)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if suffix.lower() in (".apkg", ".colpkg"):
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name in _COLLECTIONS for name in archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def is_pleco_export(text: str) -> bool:
    """Whether most rows are Pleco's `汉字<TAB>pin1yin1<TAB>definition` (`//` lines are its
    categories): stricter than the import-cards check, so no bilingual text is taken for one."""
    lines = [line for line in text.splitlines() if line.strip()][:200]
    rows = [line.split("\t") for line in lines if not line.startswith("//")]
    if len(rows) < 2:
        return False
    shaped = [r for r in rows if len(r) >= 2 and has_han(r[0]) and looks_like_pinyin(r[1].strip())]
    if len(shaped) < 0.8 * len(rows):
        return False
    # A Chinese/pinyin/English glossary has the same shape; Pleco's own marks tell them apart:
    # category lines, tone numbers, traditional forms in brackets after the headword.
    numbered = sum(1 for r in shaped if _TONE_NUMBER.search(r[1]))
    bracketed = sum(1 for r in shaped if _TRADITIONAL.search(r[0]))
    categories = len(rows) < len(lines)
    return categories or numbered >= 0.5 * len(shaped) or bracketed >= 0.5 * len(shaped)


def card_file_kind(data: bytes, text: str | None, suffix: str) -> str | None:
    """What a file given to `import` is when it is for `import-cards`, or None."""
    if is_anki_package(data, suffix):
        return "an Anki package"
    if text is None:
        return None
    if anki_header(text.splitlines()[:12]):  # pragma: no mutate (headers are fewer)
        return "a file of Anki notes (it starts with Anki's # header lines)"
    if is_pleco_export(text):
        return "a Pleco flashcard export"
    return None


def text_file_kind(data: bytes) -> str | None:
    """What a file given to `import-cards` is when it is a text for `import`, or None."""
    if b"%PDF-" in data[:1024]:
        return "a PDF document"
    if data.startswith(b"PK\x03\x04"):
        return "a Word document" if b"word/" in data[:65536] else None
    head = data[:2048]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            markup = head[2:].decode(codec, "ignore")
            break
    else:
        markup = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    markup = markup.lstrip().lower()
    if not markup.startswith("<"):
        return None
    for tag, kind in _TEXT_KINDS:
        if tag in markup:
            return kind
    return None


def use_import_cards(name: str, kind: str) -> str:
    """The message for a flashcard file given to `import`."""
    return (
        f"{name} is {kind}, not a bilingual text: add its terms as candidates with "
        f"`duiyi import-cards {name}`."
    )


def use_import(name: str, kind: str) -> str:
    """The message for a text given to `import-cards`."""
    return (
        f"{name} is {kind}, not a file of cards: import it as a bilingual text with "
        f"`duiyi import {name}`."
    )
