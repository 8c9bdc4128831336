"""The end of today's study day, for the terms' "due" filter (Browse's bulk actions on terms
are `col.terms.suspend` and `col.terms.move`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from db.models import utcnow
from duiyi.study.days import as_utc, local_zone


def due_cutoff(session: Session, moment: datetime | None = None) -> datetime:
    """The UTC moment today's study day ends (default settings' rollover, local time)."""
    # Imported here: the study queue is not needed to open a collection or list terms.
    from db.ops.study_queue import deck_days

    now = as_utc(moment or utcnow())
    return deck_days(session, {None}, now, local_zone())[None].end


__all__ = ["due_cutoff"]
