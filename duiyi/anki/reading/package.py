"""The notes of Anki packages (.apkg) as cards: collection.anki21b (zstd), .anki21 or .anki2.

The collection is copied out of the zip into a private temp folder under a name Duiyi picks
(never a name from the archive) with a size limit, opened read-only, and removed afterwards.
The media files and their index are ignored.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, cast

import zstandard

from duiyi.anki.fields import split_english
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.notes import ImportedCard
from duiyi.anki.reading.common import field_text, has_han, has_latin, looks_like_pinyin
from duiyi.errors import UnsupportedFormat

# A shared deck's collection is a few MB, a whole profile's rarely 100 MB; an Anki collection
# packs 3-10 times smaller. Anything unpacking to more, or far faster, is refused while it is
# being unpacked, before it fills the temp folder (zip and zstd bombs).
MAX_COLLECTION_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FROM = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
_COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")

_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "chinese": ("chinese", "hanzi", "simplified", "汉字", "中文", "简体", "word", "term",
                "expression", "front", "vocab", "vocabulary"),
    "english": ("english", "meaning", "definition", "translation", "gloss", "英文", "back"),
    "pinyin": ("pinyin", "拼音", "reading"),
    "notes": ("notes", "note", "extra", "remarks", "备注"),
}  # fmt: skip


class _Counted:
    """A readable stream that counts the bytes read through it."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        """Read and count up to `size` bytes."""
        data = self.source.read(size)
        self.count += len(data)
        return data


def _copy_limited(
    source: IO[bytes] | _Counted, packed: Callable[[], int], target: Path, name: str
) -> None:
    """Copy `source` to `target`, refusing a bomb early; `packed()` is the packed size so far."""
    written = 0
    with target.open("wb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > MAX_COLLECTION_BYTES:
                raise UnsupportedFormat(
                    f"{name} unpacks to over {MAX_COLLECTION_BYTES // 2**20} MB; Duiyi imports "
                    f"Anki packages whose collection is up to {MAX_COLLECTION_BYTES // 2**20} MB."
                )
            if written > _RATIO_FROM and written > MAX_RATIO * max(packed(), 1):
                raise UnsupportedFormat(
                    f"{name} unpacks to over {MAX_RATIO} times its packed size, as a zip bomb "
                    "does, not an Anki collection; it is not imported."
                )
            out.write(chunk)


def _extract_collection(path: Path, folder: Path) -> Path:
    """Copy the package's newest collection file to `folder/collection.db`."""
    target = folder / "collection.db"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            member = next((n for n in _COLLECTIONS if n in names), None)
            if member is None:
                raise UnsupportedFormat(
                    f"{path.name} is not an Anki package: it has no collection."
                )
            info = archive.getinfo(member)
            if info.file_size > MAX_COLLECTION_BYTES:  # zipfile never inflates past this
                raise UnsupportedFormat(
                    f"{path.name} unpacks to {info.file_size / 2**20:,.0f} MB; Duiyi imports "
                    f"Anki packages whose collection is up to {MAX_COLLECTION_BYTES // 2**20} MB."
                )
            with archive.open(member) as source:
                packed = _Counted(source)
                if member.endswith("anki21b"):
                    # zstandard only calls read(); _Counted has it.
                    stream = cast("IO[bytes]", packed)  # pragma: no mutate (types only)
                    with zstandard.ZstdDecompressor().stream_reader(stream) as reader:
                        _copy_limited(reader, lambda: packed.count, target, path.name)
                else:
                    # The zip's own deflate: its declared sizes bound it (checked above).
                    _copy_limited(packed, lambda: info.compress_size, target, path.name)
    except (zipfile.BadZipFile, zstandard.ZstdError, EOFError, OSError) as error:
        raise UnsupportedFormat(
            f"{path.name} is not a readable Anki package (damaged?)."
        ) from error
    return target


def _field_names(database: sqlite3.Connection) -> dict[int, tuple[str, list[str]]]:
    """Note type id -> (name, field names in order), for old (JSON) and new (table) schemas."""
    tables = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
    types: dict[int, tuple[str, list[str]]] = {}
    if "notetypes" in tables and "fields" in tables:
        names = dict(database.execute("SELECT id, name FROM notetypes"))  # pragma: no mutate
        fields: dict[int, list[str]] = {}
        for ntid, name in database.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
            fields.setdefault(ntid, []).append(name)
        for ntid, name in names.items():
            types[ntid] = (name, fields.get(ntid, []))
    if not types:
        row = database.execute("SELECT models FROM col").fetchone()  # pragma: no mutate
        models = json.loads(row[0]) if row and row[0] else {}
        for key, model in models.items():
            ordered = sorted(model.get("flds", []), key=lambda f: f.get("ord", 0))
            types[int(key)] = (model.get("name", ""), [f.get("name", "") for f in ordered])
    return types


def _roles(field_names: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, field_name in enumerate(field_names):
        lowered = field_name.strip().lower()
        for role, names in _ROLE_NAMES.items():
            if role not in roles and lowered in names:
                roles[role] = index
    return roles


def _text(field: str) -> str:
    return field_text(field, html=True)


def _card(
    guid: str, values: list[str], tags: str, roles: dict[str, int], duiyi: bool
) -> ImportedCard:
    texts = [_text(v) for v in values]
    found = dict(roles)
    if "chinese" not in found or not has_han(texts[found["chinese"]]):
        han = [i for i, t in enumerate(texts) if has_han(t)]
        # A note without Chinese comes back with its first field, to be reported as skipped.
        found = {"chinese": han[0] if han else 0}
    for index, text in enumerate(texts):
        if index in found.values() or not text:
            continue
        if looks_like_pinyin(text):
            found.setdefault("pinyin", index)  # a second pinyin field is never the English
        elif "english" not in found and has_latin(text) and not has_han(text):
            found["english"] = index

    def get(role: str) -> str:
        index = found.get(role)
        return texts[index] if index is not None and index < len(texts) else ""

    english_index = found.get("english")
    if english_index is None:
        english: tuple[str, ...] = ()
    elif duiyi:
        english = split_english(values[english_index])
    else:
        english = (texts[english_index],) if texts[english_index] else ()
    notes_index = found.get("notes")
    notes = (
        field_text(values[notes_index], html=True, lines=True) if notes_index is not None else ""
    )
    return ImportedCard(
        chinese=get("chinese"),
        english=english,
        pinyin=get("pinyin"),
        notes=notes,
        tags=tuple(t for t in tags.split() if t),
        # Only Duiyi's own notes keep their GUID: another note type under the same GUID
        # would conflict in Anki when the term is exported back.
        guid=guid if duiyi else None,
    )


def read_package(path: Path) -> list[ImportedCard]:
    """The cards of an Anki package's notes, in order (those without Chinese included: the
    caller skips and reports them)."""
    with tempfile.TemporaryDirectory(prefix="duiyi-apkg-") as folder:
        database_path = _extract_collection(path, Path(folder))
        try:
            database = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise UnsupportedFormat(f"{path.name} holds a damaged collection.") from error
        try:
            types = _field_names(database)
            cards = []
            for number, (guid, mid, flds, tags) in enumerate(
                database.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id"), 1
            ):
                name, field_names = types.get(mid, ("", []))
                card = _card(
                    guid, flds.split("\x1f"), tags, _roles(field_names), name == MODEL_NAME
                )
                cards.append(replace(card, line=number))
        except (sqlite3.Error, ValueError, TypeError, AttributeError) as error:
            raise UnsupportedFormat(f"{path.name} holds a damaged collection.") from error
        finally:
            database.close()
    return cards
