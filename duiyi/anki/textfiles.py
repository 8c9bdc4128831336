"""CSV/TSV files: for Anki's own text importer (with its `#` header lines), either in the
"Duiyi term" note type or in Anki's stock Basic one, and a plain two-column Chinese/English
file for spreadsheets and Quizlet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from duiyi.anki.atomic import write_atomically
from duiyi.anki.fields import (
    FIELD_NAMES,
    context_fields,
    deck_name,
    english_field,
    escape,
    note_fields,
    note_tags,
    notes_field,
)
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.notes import ExportNote
from duiyi.cells import html_cell, text_cell, tsv_line
from duiyi.errors import InvalidInput
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

ANKI_EXTRA_COLUMNS = ("Tags", "Deck", "GUID")
BASIC_NOTE_TYPE = "Basic"
BASIC_FIELDS = ("Front", "Back")
"""Anki's stock note type, present in every fresh profile: Front first, Back second, so the
columns fit it by position as well as by name."""


def separator_for(path: Path) -> str:
    """Comma for .csv files, a tab for anything else (.tsv, .txt)."""
    return "," if path.suffix.lower() == ".csv" else "\t"


def _check(notes: Sequence[ExportNote]) -> None:
    if not notes:
        raise InvalidInput("There is nothing to export: no accepted terms match the selection.")


def anki_text(
    notes: Sequence[ExportNote],
    *,
    separator: str,
    basic: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> str:
    """The text of a file for Anki's importer: header lines, then one row per note; in the
    "Duiyi term" note type, or with `basic` in Anki's own Basic one (Front/Back)."""
    _check(notes)
    decks = {deck_name(n.deck.name) for n in notes}
    columns = [*(BASIC_FIELDS if basic else FIELD_NAMES), *ANKI_EXTRA_COLUMNS]
    buffer = io.StringIO()
    buffer.write(f"#separator:{'tab' if separator == chr(9) else 'comma'}\n")
    buffer.write("#html:true\n")
    buffer.write(f"#notetype:{BASIC_NOTE_TYPE if basic else MODEL_NAME}\n")
    if len(decks) == 1:
        buffer.write(f"#deck:{next(iter(decks))}\n")
    buffer.write(f"#tags column:{columns.index('Tags') + 1}\n")
    buffer.write(f"#deck column:{columns.index('Deck') + 1}\n")
    buffer.write(f"#guid column:{columns.index('GUID') + 1}\n")
    buffer.write("#columns:" + separator.join(columns) + "\n")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\n")
    total = len(notes)
    for done, note in enumerate(notes, 1):
        if done % 256 == 1:
            cancel.raise_if_set()
        fields = basic_fields(note) if basic else note_fields(note)
        extra = [" ".join(note_tags(note)), deck_name(note.deck.name), note.guid]
        writer.writerow([*map(html_cell, fields), *map(text_cell, extra)])
        if done % 500 == 0 or done == total:
            progress(done, total)
    return buffer.getvalue()


def basic_fields(note: ExportNote) -> list[str]:
    """Front (the Chinese) and Back (pinyin, English, context, source, notes) of a Basic note."""
    context_zh, context_en = context_fields(note.context)
    parts = [
        escape(note.pinyin),
        english_field(note.english),
        context_zh,
        context_en,
        escape(note.source),
        notes_field(note.notes),
    ]
    return [escape(note.chinese), "".join(f"<div>{part}</div>" for part in parts if part)]


def plain_text(notes: Sequence[ExportNote], *, separator: str) -> str:
    """Chinese and preferred English, one pair a line, no header (Quizlet reads it as is)."""
    _check(notes)
    buffer = io.StringIO()
    if separator == "\t":
        # Quizlet and spreadsheets split on every tab and newline: keep each value on one line.
        for note in notes:
            english = note.english[0] if note.english else ""
            buffer.write(tsv_line([note.chinese, english]) + "\n")
    else:
        writer = csv.writer(buffer, lineterminator="\r\n")
        for note in notes:
            english = note.english[0] if note.english else ""
            writer.writerow([text_cell(note.chinese), text_cell(english)])
    return buffer.getvalue()


def write_text_export(
    notes: Sequence[ExportNote],
    path: Path,
    *,
    anki: bool,
    basic: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> int:
    """Write the Anki (anki=True; in Basic notes with `basic`) or plain file to `path`
    atomically; returns the row count."""
    path = Path(path)
    separator = separator_for(path)
    if anki:
        text = anki_text(notes, separator=separator, basic=basic, progress=progress, cancel=cancel)
        encoding = "utf-8"
    else:
        text = plain_text(notes, separator=separator)
        # Excel takes a CSV without a byte order mark for a legacy code page.
        encoding = "utf-8-sig" if separator == "," else "utf-8"
    data = text.encode(encoding)

    def write(out: BinaryIO) -> None:
        out.write(data)

    write_atomically(path, write)
    return len(notes)
