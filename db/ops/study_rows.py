"""The review loop's hot path in plain SQL on the session's own SQLite connection.

Building SQLAlchemy statements costs more than running them; next card + answer runs a handful
of fixed statements, so they are written out here (same tables, same stored formats as the
models: UTC times as 'YYYY-MM-DD HH:MM:SS.ffffff', dates as 'YYYY-MM-DD', JSON as text).
They run inside the caller's `_read`/`_write` transaction, so undo records them as usual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from duiyi.kinds import CardDirection, TermStatus
from duiyi.study.days import elapsed_days
from duiyi.study.face import Context
from duiyi.study.scheduling import REVIEW, Memory
from duiyi.study.typed import Rendering


def raw(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction."""
    return session.connection().connection.driver_connection


def stored_time(moment: datetime) -> str:
    """An aware time in the models' stored text format (naive UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def read_time(text: str | None) -> datetime | None:
    """A stored time back as an aware UTC datetime."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class CardRow:
    """A card with its term's fields, as the review screen needs them."""

    id: int
    term_id: int
    direction: CardDirection
    memory: Memory
    suspended: bool
    buried_until: date | None
    chinese: str
    pinyin: str
    status: TermStatus
    deck_id: int | None
    document_id: int | None


_CARD = (
    "SELECT c.id, c.term_id, c.direction, c.state, c.step, c.stability, c.difficulty, c.due, "
    "c.last_review, c.reps, c.lapses, c.suspended, c.buried_until, t.chinese, t.pinyin, "
    "t.status, t.deck_id, t.document_id FROM cards c JOIN terms t ON t.id = c.term_id "
    "WHERE c.id = ?"
)


def load_card(conn: Any, card_id: int) -> CardRow | None:
    """The card and its term, or None when it was deleted."""
    r = conn.execute(_CARD, (card_id,)).fetchone()
    if r is None:
        return None
    memory = Memory(
        state=r[3],
        step=r[4],
        stability=r[5],
        difficulty=r[6],
        due=read_time(r[7]),
        last_review=read_time(r[8]),
        reps=r[9],
        lapses=r[10],
    )
    buried = None if r[12] is None else date.fromisoformat(r[12])
    return CardRow(
        r[0],
        r[1],
        CardDirection(r[2]),
        memory,
        bool(r[11]),
        buried,
        r[13],
        r[14],
        TermStatus(r[15]),
        r[16],
        r[17],
    )


def load_renderings(conn: Any, term_id: int) -> list[Rendering]:
    """The term's renderings, preferred first, then accepted, then outdated."""
    rows = conn.execute(
        "SELECT english, status FROM renderings WHERE term_id = ? ORDER BY position, id",
        (term_id,),
    ).fetchall()
    order = {"preferred": 0, "accepted": 1}
    return sorted((Rendering(e, s) for e, s in rows), key=lambda r: order.get(r.status, 2))


def load_tags(conn: Any, term_id: int) -> tuple[str, ...]:
    """The term's tag names."""
    rows = conn.execute(
        "SELECT tags.name FROM term_tags JOIN tags ON tags.id = term_tags.tag_id "
        "WHERE term_tags.term_id = ? ORDER BY tags.name",
        (term_id,),
    ).fetchall()
    return tuple(r[0] for r in rows)


@dataclass(frozen=True)
class Where:
    """The context sentence of a term and where it comes from."""

    context: Context | None
    document_id: int | None
    title: str | None
    pair_id: int | None
    position: int | None


def load_context(conn: Any, term_id: int, chinese: str, document_id: int | None) -> Where:
    """The first sentence pair the term occurs in (by its stored offsets), else a search of the
    term's document for a pair containing it."""
    r = conn.execute(
        "SELECT p.id, p.zh, p.en, p.position, p.document_id, d.title, o.zh_start, o.zh_end, "
        "o.en_start, o.en_end FROM term_occurrences o "
        "JOIN segment_pairs p ON p.id = o.pair_id JOIN documents d ON d.id = p.document_id "
        "WHERE o.term_id = ? ORDER BY p.document_id, p.position, o.zh_start LIMIT 1",
        (term_id,),
    ).fetchone()
    if r is not None:
        zh, en = r[1] or "", r[2] or ""
        zh_span = (r[6], r[7]) if r[7] > r[6] else None
        en_span = (r[8], r[9]) if r[8] is not None and r[9] is not None and r[9] > r[8] else None
        # Offsets that no longer fit the text (it was edited) are searched for instead.
        if zh_span and zh[zh_span[0] : zh_span[1]] != chinese:
            zh_span = None
        if en_span and en_span[1] > len(en):
            en_span = None
        return Where(Context(zh, en, zh_span, en_span), r[4], r[5], r[0], r[3])
    if document_id is None or not chinese:
        return Where(None, None, None, None, None)
    found = conn.execute(
        "SELECT p.id, p.zh, p.en, p.position, d.title FROM segment_pairs p "
        "JOIN documents d ON d.id = p.document_id "
        "WHERE p.document_id = ? AND instr(p.zh, ?) > 0 "
        "ORDER BY p.kind = 'sentence' DESC, p.position LIMIT 1",
        (document_id, chinese),
    ).fetchone()
    if found is None:
        title = conn.execute("SELECT title FROM documents WHERE id = ?", (document_id,)).fetchone()
        return Where(None, document_id, title[0] if title else None, None, None)
    return Where(Context(found[1] or "", found[2] or ""), document_id, found[4], found[0], found[3])


def write_answer(
    conn: Any,
    *,
    card_id: int,
    after: Memory,
    suspend: bool,
    reviewed_at: datetime,
    rating: int,
    duration_ms: int,
    before: dict[str, Any],
    state_after: dict[str, Any],
) -> int:
    """Store the card's new state and its review row; returns the review id."""
    assert after.due is not None
    conn.execute(
        "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
        "last_review = ?, reps = ?, lapses = ?, suspended = CASE WHEN ? THEN 1 ELSE suspended "
        "END, buried_until = NULL WHERE id = ?",
        (
            after.state,
            after.step,
            after.stability,
            after.difficulty,
            stored_time(after.due),
            None if after.last_review is None else stored_time(after.last_review),
            after.reps,
            after.lapses,
            1 if suspend else 0,
            card_id,
        ),
    )
    last = before.get("last_review")
    elapsed = (
        elapsed_days(datetime.fromisoformat(last), reviewed_at)
        if before.get("state") == REVIEW and last
        else None
    )
    cursor = conn.execute(
        "INSERT INTO reviews (card_id, reviewed_at, rating, duration_ms, state_before, "
        "state_after, elapsed_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            card_id,
            stored_time(reviewed_at),
            rating,
            duration_ms,
            json.dumps(before),
            json.dumps(state_after),
            elapsed,
        ),
    )
    return int(cursor.lastrowid)


def bury_siblings(conn: Any, *, term_id: int, card_id: int, until: date) -> list[int]:
    """Hide the term's other new and review cards until `until`; returns their ids."""
    # One statement (RETURNING) rather than a SELECT and an UPDATE: it runs with every answer.
    rows = conn.execute(
        "UPDATE cards SET buried_until = ? WHERE term_id = ? AND id != ? AND state IN (0, 2) "
        "AND (buried_until IS NULL OR buried_until < ?) RETURNING id",
        (until.isoformat(), term_id, card_id, until.isoformat()),
    ).fetchall()
    return sorted(int(r[0]) for r in rows)
