"""`col.exchange`: exporting terms as cards (Anki .apkg, CSV/TSV) and importing flashcard files."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Deck, Document, Setting, Term
from db.ops.export_data import Selection, export_notes
from db.ops.export_marks import mark_reversed
from db.ops.part import Part
from db.ops.term_info import NewTerm
from db.ops.terms import make_terms
from db.results import Changes, DeckId, DocumentId, OpResult, TermId
from db.undo import Reversal
from duiyi.anki.apkg import PreviousExport, next_export_time, write_apkg
from duiyi.anki.fields import deck_name, note_tags
from duiyi.anki.notes import ExportNote
from duiyi.anki.reading import ColumnMapping, read_card_file
from duiyi.anki.textfiles import write_text_export
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import TermStatus
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

LAST_EXPORT_KEY = "anki.last_export"
"""Settings key holding {"time": <package stamp>, "at": <real time>} of the latest .apkg export."""


@dataclass(frozen=True)
class ImportCardsSummary:
    """What `col.exchange.import_cards` read and added."""

    path: Path
    read: int
    """Terms found in the file."""
    added: int
    """New candidate terms."""
    skipped: int
    """Terms already in the collection (same Chinese or same Anki note) or without English."""
    term_ids: tuple[TermId, ...]
    notes: tuple[str, ...] = ()
    """What the file held but was left out (rows without Chinese characters), as sentences."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    notes: int
    cards: int
    decks: tuple[str, ...]
    tags: int
    timestamp: int | None
    """The package's time stamp (seconds), None for CSV/TSV files."""


class Exchange(Part):
    """`col.exchange`: terms out as cards (Anki package, CSV/TSV), flashcard files in."""

    def _export_notes(
        self,
        *,
        deck_ids: Sequence[DeckId] | None,
        tags: Sequence[str] | None,
        document_ids: Sequence[DocumentId] | None,
        term_ids: Sequence[TermId] | None,
        include_suspended: bool,
    ) -> list[ExportNote]:
        selection = Selection(
            deck_ids=deck_ids,
            tags=None if tags is None else list(tags),
            document_ids=document_ids,
            term_ids=term_ids,
            include_suspended=include_suspended,
        )
        with self._read() as session:
            notes = export_notes(session, selection)
        if not notes:
            raise InvalidInput("There is nothing to export: no accepted terms match the selection.")
        return notes

    def resolve_selection(
        self, *, decks: Sequence[str] | None = None, documents: Sequence[str] | None = None
    ) -> tuple[list[DeckId] | None, list[DocumentId] | None]:
        """Deck names and document ids/titles as ids (None stays None); NotFound names the
        first one that does not exist."""
        deck_ids: list[DeckId] | None = None
        document_ids: list[DocumentId] | None = None
        with self._read() as session:
            if decks is not None:
                deck_ids = []
                for name in decks:
                    found = session.scalars(
                        select(Deck.id).where(func.lower(Deck.name) == name.strip().lower())
                    ).all()
                    if not found:
                        raise NotFound(f"There is no deck named '{name}'.")
                    deck_ids.append(DeckId(found[0]))
            if documents is not None:
                document_ids = []
                for ref in documents:
                    query = select(Document.id).where(Document.title == ref.strip())
                    if ref.strip().isdigit():
                        query = select(Document.id).where(
                            or_(Document.id == int(ref), Document.title == ref.strip())
                        )
                    found = session.scalars(query.order_by(Document.id)).all()
                    if not found:
                        raise NotFound(f"There is no document '{ref}'.")
                    document_ids.append(DocumentId(found[0]))
        return deck_ids, document_ids

    def after_reverse(self, reversal: Reversal) -> None:
        """Told inside every undo and redo: terms it changed back after they were exported
        are marked, so the next export updates their Anki notes (an export is no undo step,
        as in Anki)."""
        if not reversal.terms.updated:
            return
        with self._write(None) as session:
            row = session.get(Setting, LAST_EXPORT_KEY)
            previous = _previous_export(row.value if row is not None else None)
            made_at = None if previous is None else previous.made_at
            mark_reversed(session, reversal.terms.updated, made_at)

    def _reserve_export_time(self) -> tuple[int, PreviousExport | None]:
        """A time stamp strictly later than the last export's, stored before the file is made;
        with the last export, if there was one."""
        with self._write(None) as session:
            row = session.scalar(select(Setting).where(Setting.key == LAST_EXPORT_KEY))
            previous = _previous_export(row.value if row is not None else None)
            now = time.time()
            stamp = next_export_time(now, previous.timestamp if previous else None)
            value = {"time": stamp, "at": now}
            if row is None:
                session.add(Setting(key=LAST_EXPORT_KEY, value=value))
            else:
                row.value = value
        return stamp, previous

    def export_apkg(
        self,
        *,
        path: Path,
        deck_ids: Sequence[DeckId] | None = None,
        tags: Sequence[str] | None = None,
        document_ids: Sequence[DocumentId] | None = None,
        term_ids: Sequence[TermId] | None = None,
        include_suspended: bool = True,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> OpResult[ExportSummary]:
        """Write the selected accepted terms to an Anki package at `path`.

        Importing a later export into Anki updates these notes instead of adding new ones.
        Raises InvalidInput (nothing selected, no such folder, the collection's own files) or
        StorageError (cannot write).
        """
        self.col.check_output_path(path)
        notes = self._export_notes(
            deck_ids=deck_ids,
            tags=tags,
            document_ids=document_ids,
            term_ids=term_ids,
            include_suspended=include_suspended,
        )
        stamp, previous = self._reserve_export_time()
        written = write_apkg(
            notes,
            Path(path),
            timestamp=stamp,
            previous=previous,
            progress=progress,
            cancel=cancel,
        )
        summary = ExportSummary(
            path=Path(path),
            notes=written.notes,
            cards=written.cards,
            decks=written.decks,
            tags=written.tags,
            timestamp=stamp,
        )
        return OpResult(summary, Changes())

    def export_csv(
        self,
        *,
        path: Path,
        anki: bool,
        basic: bool = False,
        deck_ids: Sequence[DeckId] | None = None,
        tags: Sequence[str] | None = None,
        document_ids: Sequence[DocumentId] | None = None,
        term_ids: Sequence[TermId] | None = None,
        include_suspended: bool = True,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> OpResult[ExportSummary]:
        """Write the selected accepted terms as CSV (.csv) or TSV (other names): for Anki's
        text importer (`anki`; in Anki's stock Basic note type with `basic`, so a fresh Anki
        imports it whole) or as plain Chinese/English pairs."""
        self.col.check_output_path(path)
        notes = self._export_notes(
            deck_ids=deck_ids,
            tags=tags,
            document_ids=document_ids,
            term_ids=term_ids,
            include_suspended=include_suspended,
        )
        rows = write_text_export(
            notes, Path(path), anki=anki, basic=basic, progress=progress, cancel=cancel
        )
        all_tags = {t.casefold() for n in notes for t in note_tags(n)}
        summary = ExportSummary(
            path=Path(path),
            notes=rows,
            cards=(len(notes) if basic else sum(len(n.directions) for n in notes)) if anki else 0,
            decks=tuple(sorted({deck_name(n.deck.name) for n in notes})),
            tags=len(all_tags) if anki else 0,
            timestamp=None,
        )
        return OpResult(summary, Changes())

    def import_cards(
        self,
        *,
        path: Path,
        mapping: ColumnMapping | None = None,
        deck: str | None = None,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> OpResult[ImportCardsSummary]:
        """Add the terms of a glossary, Pleco export or Anki package as candidates.

        Terms whose Chinese is already in the collection, or without any English, are skipped.
        `deck` names the deck for the new terms (made if missing). One undo step; raises
        UnsupportedFormat / EncodingError / InvalidInput naming the file when it is unusable.
        """
        path = Path(path)
        read = read_card_file(path, mapping=mapping)
        cards = read.cards
        deck_name_given = " ".join(deck.split()) if deck else ""
        changes = Changes(terms=True, tags=True, decks=bool(deck_name_given))
        label = f"Import cards from {path.name}"
        with self._write(label) as session:
            deck_id: DeckId | None = None
            if deck_name_given:
                found = self.col.decks.by_name(name=deck_name_given)
                if found is not None:
                    deck_id = found.id
                else:
                    made = Deck(name=deck_name_given)
                    session.add(made)
                    session.flush()
                    deck_id = DeckId(made.id)
            known_chinese = _existing(session, Term.chinese, [c.chinese for c in cards])
            wanted_guids = [c.guid for c in cards if c.guid]
            known_guids = _existing(session, Term.guid, wanted_guids)
            fresh = [
                c
                for c in cards
                if c.english
                and c.chinese not in known_chinese
                and not (c.guid and c.guid in known_guids)
            ]
            specs = [
                NewTerm(
                    chinese=c.chinese,
                    english=c.english,
                    status=TermStatus.CANDIDATE,
                    pinyin=c.pinyin or None,
                    notes=c.notes,
                    deck_id=deck_id,
                    tags=c.tags,
                )
                for c in fresh
            ]
            ids = make_terms(session, specs, progress=progress, cancel=cancel) if specs else []
            # A Duiyi note read back keeps its GUID, so exporting it again updates it in Anki.
            for term_id, card in zip(ids, fresh, strict=True):
                if card.guid:
                    session.execute(update(Term).where(Term.id == term_id).values(guid=card.guid))
        summary = ImportCardsSummary(
            path=path,
            read=len(cards),
            added=len(ids),
            skipped=len(cards) - len(ids),
            term_ids=tuple(TermId(i) for i in ids),
            notes=read.notes,
        )
        return OpResult(summary, changes)


def _previous_export(value: dict[str, object] | None) -> PreviousExport | None:
    """The stored last export; an older setting without the real time counts its stamp."""
    if value is None:
        return None
    stamp = value.get("time")
    if not isinstance(stamp, int):
        return None
    made_at = value.get("at")
    return PreviousExport(stamp, float(made_at) if isinstance(made_at, int | float) else stamp)


def _existing(session: Session, column: InstrumentedAttribute[str], values: list[str]) -> set[str]:
    """The values that some term already has in `column`."""
    found: set[str] = set()
    for start in range(0, len(values), 5000):
        chunk = values[start : start + 5000]
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found
