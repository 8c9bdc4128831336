"""Bulk inserts through the driver's executemany, for loaders of thousands of rows.

SQLAlchemy's per-row parameter processing costs more than SQLite's own work on a bulk load;
here values are converted once per column type instead (datetimes as UTCDateTime stores them,
dates as ISO text, JSON as text) and handed to sqlite3 in one executemany.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table

from db.models import UTCDateTime


def _stored_time(moment: datetime) -> str:
    """A UTC datetime as UTCDateTime stores it in SQLite (naive UTC, microseconds)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime | DateTime):
        cache: dict[datetime, str] = {}

        def moment(value: datetime | None) -> str | None:
            if value is None:
                return None
            text = cache.get(value)
            if text is None:
                text = cache[value] = _stored_time(value)
            return text

        return moment
    if isinstance(column_type, Date):
        return lambda value: None if value is None else date.isoformat(value)
    if isinstance(column_type, JSON):
        return lambda value: None if value is None else json.dumps(value)
    return None


def fast_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in one executemany.

    Columns the rows leave out get their scalar defaults; a column with a computed default
    (added to the models later) makes this fall back to SQLAlchemy's insert.
    """
    if not rows:
        return
    given = list(rows[0])
    constants: dict[str, object] = {}
    for column in table.columns:
        if column.name in given:
            continue
        default = column.default
        if default is None:
            if not column.nullable and not column.primary_key:
                connection.execute(table.insert(), rows)
                return
            continue
        if not getattr(default, "is_scalar", False):
            connection.execute(table.insert(), rows)
            return
        constants[column.name] = getattr(default, "arg", None)
    convert = {
        i: f
        for i, name in enumerate(given)
        if (f := _converter(table.columns[name].type)) is not None
    }
    extract = itemgetter(*given)
    tail = tuple(
        _converter(table.columns[name].type)(value)  # type: ignore[misc]
        if _converter(table.columns[name].type) is not None
        else value
        for name, value in constants.items()
    )
    values: list[tuple[Any, ...]] = []
    for row in rows:
        picked = extract(row)
        record = list(picked) if len(given) > 1 else [picked]
        for i, f in convert.items():
            record[i] = f(record[i])
        values.append((*record, *tail))
    names = ", ".join(f'"{name}"' for name in [*given, *constants])
    marks = ", ".join("?" for _ in range(len(given) + len(constants)))
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)
    finally:
        cursor.close()
