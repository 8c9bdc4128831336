"""Creating terms: validation, GUID, simplified script, pinyin, renderings, tags, cards.

Every way terms come in (typed by the user, accepted candidates, glossary imports) goes through
`make_terms`, so they all get the same checks and fields. The search index follows by itself
(triggers in the schema).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db import search_index, undo
from db.base import drop_triggers, install_triggers
from db.fast_insert import fast_insert
from db.models import Deck, Rendering, Tag, Term, TermTag, utcnow
from db.ops.cards import ensure_cards
from db.ops.term_info import DEFAULT_DECK, TERM_STATUSES, NewTerm
from db.results import DeckId, DocumentId
from db.undo import UndoSwitch
from duiyi.errors import InvalidInput
from duiyi.kinds import TermStatus
from duiyi.pinyin import numbers_to_marks, pinyin_marks, strip_tones
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from duiyi.script import to_simplified
from duiyi.term_text import is_chinese_term, strip_controls

BATCH = 5000
"""Terms written per batch by `make_terms` (memory stays flat; fewer, bigger statements)."""
_SPACES = re.compile(r"\s+")


def clean_chinese(chinese: str) -> str:
    """The Chinese of a term, trimmed, control characters dropped; InvalidInput when empty or
    without a Han character."""
    text = _SPACES.sub(" ", strip_controls(chinese)).strip()
    if not text:
        raise InvalidInput("A term needs its Chinese; it was empty.")
    if len(text) > 200:
        raise InvalidInput(f"The Chinese of a term can be 200 characters at most: {text[:20]}...")
    if not is_chinese_term(text):
        raise InvalidInput(f"The Chinese of a term needs Chinese characters: {text!r} has none.")
    return text


def clean_english(english: Sequence[str] | str, *, chinese: str = "") -> list[str]:
    """The English renderings, trimmed, without repeats; InvalidInput when none is left."""
    items = [english] if isinstance(english, str) else list(english)
    out: list[str] = []
    for item in items:
        text = _SPACES.sub(" ", strip_controls(item)).strip()
        if text and text not in out:
            out.append(text)
    if not out:
        named = f" {chinese}" if chinese else ""
        raise InvalidInput(f"The term{named} needs at least one English rendering; it was empty.")
    return out


def clean_status(status: str) -> TermStatus:
    """A term status, checked."""
    if status not in TERM_STATUSES:
        raise InvalidInput(
            f"Unknown term status {status!r}; use one of: {', '.join(TERM_STATUSES)}."
        )
    return TermStatus(status)


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tag names as stored: trimmed, inner spaces as '_' (as Anki wants), no repeats."""
    out: list[str] = []
    for tag in tags:
        name = _SPACES.sub("_", tag.strip())
        if name and name not in out:
            out.append(name)
    return out


def pinyin_fields(chinese: str, pinyin: str | None) -> tuple[str, str]:
    """(pinyin with tone marks, plain pinyin for search) from the given pinyin or the Chinese."""
    if pinyin is None or not pinyin.strip():
        marks = pinyin_marks(chinese)
    else:
        marks = _SPACES.sub(" ", strip_controls(pinyin)).strip()
        if any(ch.isdigit() for ch in marks):
            marks = numbers_to_marks(marks.lower())
    plain = strip_tones(marks).lower()
    plain = re.sub(r"[\s'’\-·]+", "", plain)
    return marks, plain


def new_guid() -> str:
    """A stable random id for a term (Anki notes keep it across exports)."""
    return secrets.token_hex(16)


def default_deck_id(session: Session) -> int:
    """The id of the deck named "Default", created when missing."""
    deck_id = session.scalar(select(Deck.id).where(Deck.name == DEFAULT_DECK))
    if deck_id is None:
        deck = Deck(name=DEFAULT_DECK)
        session.add(deck)
        session.flush()
        deck_id = deck.id
    return int(deck_id)


def tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Ids of the named tags, creating those that do not exist yet."""
    wanted = clean_tags(names)
    if not wanted:
        return {}
    found = {
        name: int(tag_id)
        for tag_id, name in session.execute(select(Tag.id, Tag.name).where(Tag.name.in_(wanted)))
    }
    missing = [name for name in wanted if name not in found]
    if missing:
        rows = session.execute(
            insert(Tag).returning(Tag.id, Tag.name, sort_by_parameter_order=True),
            [{"name": name} for name in missing],
        )
        found.update({name: int(tag_id) for tag_id, name in rows})
    return found


def _term_row(
    spec: NewTerm, deck_id: int, now: datetime, english: list[list[str]]
) -> dict[str, object]:
    """The terms row for `spec` (validated); its cleaned English is appended to `english`."""
    chinese = clean_chinese(spec.chinese)
    english.append(clean_english(spec.english, chinese=chinese))
    marks, plain = pinyin_fields(chinese, spec.pinyin)
    return {
        "guid": new_guid(),
        "chinese": chinese,
        "chinese_simplified": to_simplified(chinese),
        "pinyin": marks,
        "pinyin_plain": plain,
        "notes": strip_controls(spec.notes).strip(),
        "status": clean_status(spec.status),
        "confidence": spec.confidence,
        "frequency": spec.frequency,
        "deck_id": spec.deck_id if spec.deck_id is not None else deck_id,
        "document_id": spec.document_id,
        "created_at": now,
        "modified_at": now,
    }


@contextmanager
def _triggers_off(session: Session) -> Iterator[UndoSwitch | None]:
    """Switch the undo and index triggers off for bulk writes; yields the switch (None when
    the session is not a Collection's, whose connections have no such triggers)."""
    switch = session.info.get("duiyi_switch")
    if not isinstance(switch, UndoSwitch):
        yield None
        return
    # Whatever the caller changed before must still be recorded and indexed.
    session.flush()
    was_on, was_indexing = switch.on, switch.index
    switch.on = switch.index = False
    # Even switched off, the triggers cost microseconds per row: a load goes without them.
    # They are this connection's own, and dropping them is part of the transaction, so a
    # rollback brings them back as well.
    raw = session.connection().connection.driver_connection
    drop_triggers(raw)
    try:
        yield switch
    finally:
        install_triggers(raw, switch)
        switch.on, switch.index = was_on, was_indexing


def _in_list(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def make_terms(
    session: Session,
    terms: Sequence[NewTerm],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    batch: int = BATCH,
) -> list[int]:
    """Create many terms in the caller's transaction; returns their ids in the given order.

    A term without a deck goes to the "Default" deck; accepted terms get their cards.
    Raises InvalidInput for an empty Chinese or English (the transaction then rolls back).
    Rows are written in batches with the per-row triggers off: the search index is filled in
    one statement per batch and undo records one statement that deletes the batch.
    """
    now = utcnow()
    deck_id = default_deck_id(session) if any(t.deck_id is None for t in terms) else 0
    ids: list[int] = []
    with _triggers_off(session) as switch:
        recording = switch is not None and session.info.get("duiyi_recording", False)
        connection = session.connection()
        for start in range(0, len(terms), max(1, batch)):
            cancel.raise_if_set()
            chunk = terms[start : start + max(1, batch)]
            english: list[list[str]] = []
            rows = [_term_row(spec, deck_id, now, english) for spec in chunk]
            # Ids are given, not returned: Core executemany is several times faster than the
            # ORM's bulk insert with RETURNING. The transaction is the only writer.
            first = int(session.scalar(select(func.coalesce(func.max(Term.id), 0))) or 0) + 1
            new_ids = list(range(first, first + len(rows)))
            for term_id, row in zip(new_ids, rows, strict=True):
                row["id"] = term_id
            fast_insert(connection, Term.metadata.tables["terms"], rows)
            if recording:
                undo.record(
                    connection,
                    "terms",
                    f"DELETE FROM terms WHERE rowid BETWEEN {new_ids[0]} AND {new_ids[-1]}",
                )
            fast_insert(
                connection,
                Rendering.metadata.tables["renderings"],
                _rendering_rows(new_ids, english),
            )
            _tag_terms(session, new_ids, chunk, recording)
            if switch is not None:
                search_index.index_terms(connection, new_ids[0], new_ids[-1])
            accepted = [
                i
                for i, spec in zip(new_ids, chunk, strict=True)
                if spec.status == TermStatus.ACCEPTED
            ]
            if accepted:
                # Batch by batch, to keep memory flat. Undo needs nothing more: cards go with
                # their terms when the deletion recorded above is replayed.
                ensure_cards(session, accepted)
            ids.extend(new_ids)
            progress(len(ids), len(terms))
    return ids


def _rendering_rows(
    term_ids: Sequence[int], english: Sequence[list[str]]
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for term_id, texts in zip(term_ids, english, strict=True):
        for position, text in enumerate(texts):
            rows.append(
                {
                    "term_id": term_id,
                    "english": text,
                    "status": "preferred" if position == 0 else "accepted",
                    "source": "",
                    "position": position,
                }
            )
    return rows


def _tag_terms(
    session: Session, term_ids: Sequence[int], specs: Sequence[NewTerm], recording: bool
) -> None:
    tagged = [(i, spec.tags) for i, spec in zip(term_ids, specs, strict=True) if spec.tags]
    if not tagged:
        return
    names = clean_tags(name for _, names in tagged for name in names)
    existing = set(session.scalars(select(Tag.id).where(Tag.name.in_(names))))
    known = tag_ids(session, names)
    created = [i for i in known.values() if i not in existing]
    if recording and created:
        undo.record(
            session.connection(), "tags", f"DELETE FROM tags WHERE rowid IN ({_in_list(created)})"
        )
    links = {(term_id, known[name]) for term_id, names in tagged for name in clean_tags(names)}
    fast_insert(
        session.connection(),
        TermTag.metadata.tables["term_tags"],
        [{"term_id": t, "tag_id": g} for t, g in sorted(links)],
    )


def make_term(
    session: Session,
    *,
    chinese: str,
    english: Sequence[str],
    status: TermStatus = TermStatus.ACCEPTED,
    pinyin: str | None = None,
    notes: str = "",
    deck_id: DeckId | None = None,
    document_id: DocumentId | None = None,
    confidence: float | None = None,
    frequency: int = 0,
) -> Term:
    """Create one term in the caller's transaction and return it (cards too when accepted).

    Raises InvalidInput for an empty Chinese or English. For thousands of terms use
    `make_terms`, which writes them in batches.
    """
    spec = NewTerm(
        chinese=chinese,
        english=(english,) if isinstance(english, str) else tuple(english),
        status=status,
        pinyin=pinyin,
        notes=notes,
        deck_id=deck_id,
        document_id=document_id,
        confidence=confidence,
        frequency=frequency,
    )
    (term_id,) = make_terms(session, [spec])
    # populate_existing: a row deleted earlier in this session may have had the same id.
    term = session.get(Term, term_id, populate_existing=True)
    assert term is not None
    return term
