"""CSV/TSV files: one for Anki's own text importer (with its `#` header lines), and a plain
two-column Chinese/English file for spreadsheets and Quizlet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from duiyi.anki.atomic import write_atomically
from duiyi.anki.fields import FIELD_NAMES, deck_name, note_fields, note_tags
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.notes import ExportNote
from duiyi.cells import html_cell, text_cell, tsv_line
from duiyi.errors import InvalidInput
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

ANKI_EXTRA_COLUMNS = ("Tags", "Deck", "GUID")


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
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> str:
    """The text of a file for Anki's importer: header lines, then one row per note."""
    _check(notes)
    decks = {deck_name(n.deck.name) for n in notes}
    columns = [*FIELD_NAMES, *ANKI_EXTRA_COLUMNS]
    buffer = io.StringIO()
    buffer.write(f"#separator:{'tab' if separator == chr(9) else 'comma'}\n")
    buffer.write("#html:true\n")
    buffer.write(f"#notetype:{MODEL_NAME}\n")
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
        extra = [" ".join(note_tags(note)), deck_name(note.deck.name), note.guid]
        writer.writerow([*map(html_cell, note_fields(note)), *map(text_cell, extra)])
        if done % 500 == 0 or done == total:
            progress(done, total)
    return buffer.getvalue()


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
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> int:
    """Write the Anki (anki=True) or plain file to `path` atomically; returns the row count."""
    path = Path(path)
    separator = separator_for(path)
    if anki:
        text = anki_text(notes, separator=separator, progress=progress, cancel=cancel)
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
