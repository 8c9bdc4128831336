"""Terms an undo or redo changed back after they were exported, so the next export updates
their Anki notes.

A note goes out with the time its term last changed (`Term.modified_at`), and Anki takes a
note only when it is newer than its own copy. Undo restores rows exactly, the old
`modified_at` too, so a change exported and then undone would look older than Anki's copy and
never reach it. The time of each such undo or redo is kept here per term instead (rows stay
exact), and an export sends the later of the two.
"""

from __future__ import annotations

import time
from collections.abc import Set

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting, Term

REVERSED_KEY = "anki.reversed_terms"
"""Settings key holding {"<term id>": <real time of the undo or redo>}."""

_CHUNK = 5000


def mark_reversed(session: Session, term_ids: Set[int], exported_at: float | None) -> None:
    """Record now for the terms among `term_ids` whose restored state is not newer than the
    last export (made at `exported_at`): Anki may hold what the undo or redo changed back."""
    if exported_at is None or not term_ids:
        return
    ids = sorted(term_ids)
    stale: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        for term_id, modified in session.execute(
            select(Term.id, Term.modified_at).where(Term.id.in_(ids[start : start + _CHUNK]))
        ):
            if modified.timestamp() <= exported_at:
                stale.append(int(term_id))
    if not stale:
        return
    now = time.time()
    row = session.get(Setting, REVERSED_KEY)
    marks = dict(row.value) if row is not None else {}
    marks.update({str(term_id): now for term_id in stale})
    if row is None:
        session.add(Setting(key=REVERSED_KEY, value=marks))
    else:
        row.value = marks


def reversed_times(session: Session) -> dict[int, float]:
    """When an undo or redo last changed each marked term back, by term id."""
    row = session.get(Setting, REVERSED_KEY)
    if row is None:
        return {}
    return {int(key): float(value) for key, value in row.value.items()}


__all__ = ["REVERSED_KEY", "mark_reversed", "reversed_times"]
