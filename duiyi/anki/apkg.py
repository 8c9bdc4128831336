"""Writing Anki packages (.apkg) of "Duiyi term" notes with genanki.

Notes keep the term's stored GUID, so importing a later export updates them. Anki updates a
note only when the package's copy is newer than its own, so each note carries the time its
term last changed in Duiyi (`note_time`): a re-export updates exactly the notes of changed
terms and keeps what the user edited in Anki on the others. The note type and decks carry
the export's `timestamp`, which the caller makes strictly later than the previous export's.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from duiyi.anki.atomic import write_atomically
from duiyi.anki.fields import deck_name, exported_directions, note_fields, note_tags
from duiyi.anki.model import anki_deck_id, duiyi_model
from duiyi.anki.notes import DIRECTIONS, ExportNote
from duiyi.errors import InvalidInput
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress


@dataclass(frozen=True)
class PreviousExport:
    """The last .apkg export: its package time stamp and the real time it was made."""

    timestamp: int
    made_at: float


@dataclass(frozen=True)
class ApkgSummary:
    """What a package holds."""

    notes: int
    cards: int
    decks: tuple[str, ...]
    tags: int


def next_export_time(now: float, last: float | None) -> int:
    """The export's timestamp in whole seconds: now, but at least one second after `last`."""
    stamp = int(now)
    if last is not None and stamp <= int(last):
        stamp = int(last) + 1
    return stamp


def note_time(modified: float | None, *, timestamp: int, previous: PreviousExport | None) -> int:
    """A note's modification time (whole seconds): when its term last changed in Duiyi.

    Anki stores seconds, so a term changed after the previous export but within the second
    that export stamped gets that stamp + 1: strictly newer than what Anki has, never later
    than this export's `timestamp`.
    """
    if modified is None:
        return timestamp
    stamp = int(modified)
    if previous is not None and modified > previous.made_at:
        stamp = max(stamp, previous.timestamp + 1)
    return min(stamp, timestamp)


def _cards(note: ExportNote) -> list[genanki.Card]:
    made = exported_directions(note)
    return [
        genanki.Card(ordinal, suspend=direction in note.suspended)
        for ordinal, direction in enumerate(DIRECTIONS)
        if direction in made
    ]


COMPRESS_LEVEL = 6
"""zlib's level for the package (the default: any level gives Anki the same package)."""


def _deck_json(deck_id: int, name: str, timestamp: int) -> dict[str, Any]:
    data: dict[str, Any] = genanki.Deck(deck_id, name, "Exported from Duiyi (对译).").to_json()
    data["mod"] = timestamp
    return data


def write_apkg(
    notes: Sequence[ExportNote],
    path: Path,
    *,
    timestamp: int,
    previous: PreviousExport | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ApkgSummary:
    """Write `notes` to the package `path` (temp file + rename); InvalidInput if there are none.

    `previous` is the last export, so notes of terms changed since then are newer than it.
    """
    if not notes:
        raise InvalidInput("There is nothing to export: no accepted terms match the selection.")
    model = duiyi_model()
    database = sqlite3.connect(":memory:")
    try:
        cursor = database.cursor()
        cursor.executescript(APKG_SCHEMA)
        cursor.executescript(APKG_COL)
        decks: dict[int, str] = {anki_deck_id(None): deck_name("")}
        for note in notes:
            decks.setdefault(anki_deck_id(note.deck.duiyi_id), deck_name(note.deck.name))
        cursor.execute(
            "UPDATE col SET decks = ?, models = ?, crt = ?, mod = ?",
            (
                json.dumps({str(i): _deck_json(i, n, timestamp) for i, n in decks.items()}),
                json.dumps({str(model.model_id): model.to_json(timestamp, anki_deck_id(None))}),
                timestamp - timestamp % 86400,
                timestamp * 1000,
            ),
        )
        ids = itertools.count(timestamp * 1000)
        card_count = 0
        all_tags: set[str] = set()
        total = len(notes)
        for done, note in enumerate(notes, 1):
            if done % 256 == 1:
                cancel.raise_if_set()
            tags = note_tags(note)
            all_tags.update(t.casefold() for t in tags)
            # The term's stored GUID: genanki's default hashes the fields, so an edit would
            # become a new note in Anki instead of an update.
            anki_note = genanki.Note(
                model=model, fields=note_fields(note), tags=tags, guid=note.guid
            )
            # genanki computes cards from the templates; Duiyi knows which directions exist.
            anki_note.cards = _cards(note)
            card_count += len(anki_note.cards)
            modified = note_time(note.modified, timestamp=timestamp, previous=previous)
            anki_note.write_to_db(cursor, modified, anki_deck_id(note.deck.duiyi_id), ids)
            if done % 500 == 0 or done == total:
                progress(done, total)
        database.commit()
        data = database.serialize()
    finally:
        database.close()
    cancel.raise_if_set()

    def write(out: BinaryIO) -> None:
        with zipfile.ZipFile(
            out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
        ) as z:
            z.writestr("collection.anki2", data)
            z.writestr("media", "{}")

    write_atomically(path, write)
    return ApkgSummary(
        notes=total, cards=card_count, decks=tuple(sorted(decks.values())), tags=len(all_tags)
    )
