"""Study days: counted in the user's local time, starting at the rollover hour (4 a.m.).

Everything stored is UTC; only the boundaries of "today" depend on the user's time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def local_zone() -> tzinfo:
    """The computer's current time zone."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def as_utc(moment: datetime) -> datetime:
    """The same moment with exactly `timezone.utc` attached (what fsrs insists on)."""
    if moment.tzinfo is None:
        raise ValueError("a study time must carry a time zone")
    return moment.astimezone(UTC)


def study_day(moment: datetime, zone: tzinfo, rollover_hour: int) -> date:
    """The study day a moment belongs to: 03:59 local still counts as the day before."""
    local = as_utc(moment).astimezone(zone)
    return (local - timedelta(hours=rollover_hour)).date()


def day_start(day: date, zone: tzinfo, rollover_hour: int) -> datetime:
    """The UTC moment a study day begins (the rollover hour, local time)."""
    return datetime.combine(day, time(rollover_hour), tzinfo=zone).astimezone(UTC)


def next_day_start(moment: datetime, zone: tzinfo, rollover_hour: int) -> datetime:
    """The UTC moment the next study day after `moment` begins."""
    today = study_day(moment, zone, rollover_hour)
    return day_start(today + timedelta(days=1), zone, rollover_hour)


def elapsed_days(last_review: datetime, moment: datetime) -> int:
    """Whole days from a card's previous review to `moment` (0 if the clock went back): the
    interval true retention is counted by."""
    return max(0, (moment - last_review).days)
