"""Undo and redo of whole user actions, generic for every table and every kind of write.

As in sqlite.org's undo/redo note: temporary triggers on each model table write, for each row
an action inserts, updates or deletes, the SQL statement that reverses it into `undo_log`.
An action is a labelled range of log rows in `undo_steps`. Undoing runs its statements
backwards with the triggers still on, so their own reversal becomes the redo step. The log sits
in the same transaction as the change, so a failed action leaves no trace in it either.

Bulk loaders switch the triggers off and log one statement per batch by hand (`record`).
Replays merge runs of one-row inserts or deletes into statements of up to 100 rows, table by
table in rowid order, and index the terms of big steps afterwards in a few statements, so undoing
a 100,000-term import or a 50,000-term deletion takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Connection

from db import search_index
from db.results import CardId, Changes, ReviewId, TermId

HISTORY = 30
"""How many actions can be undone (Anki keeps 30 too)."""

# Which Changes flag each table's rows belong to, for views to redraw after an undo.
_TABLE_CHANGES: dict[str, Changes] = {
    "documents": Changes(documents=True),
    "segment_pairs": Changes(pairs=True),
    "terms": Changes(terms=True, cards=True, tags=True),
    "renderings": Changes(terms=True),
    "term_occurrences": Changes(terms=True, pairs=True),
    "term_tags": Changes(terms=True, tags=True),
    "tags": Changes(tags=True),
    "cards": Changes(cards=True),
    "reviews": Changes(reviews=True, cards=True),
    "decks": Changes(decks=True),
    "deck_presets": Changes(decks=True),
}


class UndoSwitch:
    """Whether the undo triggers record (`on`) and the index triggers index (`index`) right
    now; SQLite reads them through `duiyi_undo_on()` and `duiyi_index_on()`."""

    def __init__(self) -> None:
        self.on = False
        self.index = True

    def value(self) -> int:
        """1 while recording (an SQL function cannot return a bool)."""
        return 1 if self.on else 0

    def index_value(self) -> int:
        """1 while the index triggers keep the search index current."""
        return 1 if self.index else 0


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def install_triggers(dbapi_connection: Any, tables: Iterable[str], switch: UndoSwitch) -> None:
    """Create this connection's temporary undo triggers on `tables` (their current columns)."""
    dbapi_connection.create_function("duiyi_undo_on", 0, switch.value)
    dbapi_connection.create_function("duiyi_index_on", 0, switch.index_value)
    cursor = dbapi_connection.cursor()
    try:
        for table in tables:
            columns = [row[1] for row in cursor.execute(f"PRAGMA main.table_info({_quote(table)})")]
            if columns:
                for statement in _trigger_sql(table, columns):
                    cursor.execute(statement)
    finally:
        cursor.close()


def _trigger_sql(table: str, columns: list[str]) -> list[str]:
    t = _quote(table)
    tbl = _literal(table)
    name = table.replace('"', "")
    set_parts = " || ',' || ".join(
        f"{_literal(_quote(c) + '=')} || quote(old.{_quote(c)})" for c in columns
    )
    values = " || ',' || ".join(f"quote(old.{_quote(c)})" for c in columns)
    column_list = ",".join(_quote(c) for c in columns)
    changed = " OR ".join(f"old.{_quote(c)} IS NOT new.{_quote(c)}" for c in columns)
    return [
        f'DROP TRIGGER IF EXISTS temp."undo_{name}_insert"',
        f'DROP TRIGGER IF EXISTS temp."undo_{name}_update"',
        f'DROP TRIGGER IF EXISTS temp."undo_{name}_delete"',
        f"""CREATE TEMP TRIGGER "undo_{name}_insert" AFTER INSERT ON main.{t}
        WHEN duiyi_undo_on() BEGIN
            INSERT INTO undo_log(tbl, sql)
            VALUES ({tbl}, {_literal(f"DELETE FROM {t} WHERE rowid=")} || new.rowid);
        END""",
        f"""CREATE TEMP TRIGGER "undo_{name}_update" AFTER UPDATE ON main.{t}
        WHEN duiyi_undo_on() AND ({changed}) BEGIN
            INSERT INTO undo_log(tbl, sql)
            VALUES ({tbl}, {_literal(f"UPDATE {t} SET ")} || {set_parts}
                || ' WHERE rowid=' || old.rowid);
        END""",
        f"""CREATE TEMP TRIGGER "undo_{name}_delete" AFTER DELETE ON main.{t}
        WHEN duiyi_undo_on() BEGIN
            INSERT INTO undo_log(tbl, sql)
            VALUES ({tbl}, {_literal(f"INSERT INTO {t}(rowid,{column_list}) VALUES(")}
                || old.rowid || ',' || {values} || ')');
        END""",
    ]


def record(connection: Connection, table: str, statement: str) -> None:
    """Log one reversing statement by hand (bulk loaders that write with the triggers off)."""
    connection.exec_driver_sql("INSERT INTO undo_log(tbl, sql) VALUES (?, ?)", (table, statement))


def _driver(connection: Connection) -> Any:
    """The sqlite3 connection under `connection`, inside its transaction: every answer passes
    through the bookkeeping below, and SQLAlchemy's statement handling would cost more than
    the statements themselves."""
    return connection.connection.driver_connection


def last_seq(connection: Connection) -> int:
    """The newest log row's number (0 for an empty log)."""
    return int(
        _driver(connection).execute("SELECT coalesce(max(seq), 0) FROM undo_log").fetchone()[0]
    )


def _drop_steps(connection: Connection, where: str) -> None:
    connection.exec_driver_sql(
        "DELETE FROM undo_log WHERE EXISTS (SELECT 1 FROM undo_steps s WHERE "
        f"{where} AND undo_log.seq BETWEEN s.first_seq AND s.last_seq)"
    )
    connection.exec_driver_sql(f"DELETE FROM undo_steps WHERE {where}")


def finish_action(connection: Connection, label: str, start: int) -> None:
    """Record the log rows written since `start` as an undoable action; clears redo."""
    end = last_seq(connection)
    if end <= start:
        return
    driver = _driver(connection)
    # Every answer passes here, so each statement is a lookup by index, never a scan.
    if driver.execute("SELECT 1 FROM undo_steps WHERE kind = 'redo' LIMIT 1").fetchone():
        _drop_steps(connection, "kind = 'redo'")
    driver.execute(
        "INSERT INTO undo_steps(label, kind, first_seq, last_seq) VALUES (?, 'undo', ?, ?)",
        (label, start + 1, end),
    )
    # With redo gone, undo steps hold increasing log ranges: everything before the oldest
    # step kept is history that fell off the end.
    oldest = driver.execute(
        "SELECT id, first_seq FROM undo_steps WHERE kind = 'undo' "
        f"ORDER BY id DESC LIMIT 1 OFFSET {HISTORY - 1}"
    ).fetchone()
    if oldest is not None:
        driver.execute("DELETE FROM undo_log WHERE seq < ?", (oldest[1],))
        driver.execute("DELETE FROM undo_steps WHERE kind = 'undo' AND id < ?", (oldest[0],))


@dataclass(frozen=True)
class Step:
    """One recorded action in the log."""

    id: int
    label: str
    first_seq: int
    last_seq: int


def newest_step(connection: Connection, kind: str) -> Step | None:
    """The action `undo` ('undo') or `redo` ('redo') would reverse next."""
    row = connection.exec_driver_sql(
        "SELECT id, label, first_seq, last_seq FROM undo_steps WHERE kind = ? "
        "ORDER BY id DESC LIMIT 1",  # pragma: no mutate (SQL keywords in any case)
        (kind,),
    ).first()
    return None if row is None else Step(int(row[0]), str(row[1]), int(row[2]), int(row[3]))


_BATCH = 100
_BIG_STEP = 2000
"""Log rows above which the search index is rebuilt after the replay instead of row by row."""


def _shape(statement: str) -> tuple[str, str, str]:
    """(kind, head, part) of a logged statement: kind "insert" or "delete" for one-row
    statements that can be merged with others of their table, "" for the rest."""
    if statement.startswith("INSERT INTO "):
        head, found, values = statement.partition(") VALUES(")
        if found and values.endswith(")"):
            return "insert", head + ") VALUES", values[:-1]
    elif statement.startswith("DELETE FROM ") and " WHERE rowid=" in statement:
        head, _, part = statement.rpartition("=")
        if part.isdigit():
            return "delete", head, part
    return "", "", statement


_RUN_ROWS = 20_000
"""One-row statements of a run merged and ordered at a time (a few MB of SQL text)."""

_WINDOW = 5000
"""Log rows read at a time while replaying a step, so a huge step needs little memory."""


def _log_rows(connection: Connection, step: Step) -> Iterator[tuple[str, str]]:
    """The step's log rows, newest first, read window by window."""
    driver = _driver(connection)
    high = step.last_seq
    while high >= step.first_seq:
        low = max(step.first_seq, high - _WINDOW + 1)
        # Straight from the driver: SQLAlchemy's row handling cost a second per 400,000 rows.
        yield from driver.execute(
            "SELECT tbl, sql FROM undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
            (low, high),
        ).fetchall()
        high = low - 1


def _rowid(part: str) -> int:
    """The rowid a merged part names: an insert's values start with it, a delete's is it."""
    return int(part.partition(",")[0])


def _batched(rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(table, statement) to run in order, with one-row inserts (or deletes) merged per table.

    Within a run of only inserts, each restores a different row, and within a run of only
    deletes, each removes a different one, so such a run may go table by table and in rowid
    order (foreign keys are deferred). SQLite then prepares a few hundred statements instead
    of one per row, and writes each table's pages and indexes in turn, in order, rather than
    hopping between tables, which takes half the time for a big deletion undone. Up to
    `_RUN_ROWS` rows of a run are held at once, so memory stays small for any step.
    """
    run_kind = ""
    groups: dict[tuple[str, str], list[str]] = {}
    held = 0

    def flushed() -> Iterator[tuple[str, str]]:
        for (table, head), parts in groups.items():
            parts.sort(key=_rowid)
            for start in range(0, len(parts), _BATCH):
                chunk = parts[start : start + _BATCH]
                if run_kind == "insert":
                    yield table, head + ",".join(f"({p})" for p in chunk)
                else:
                    yield table, f"{head} IN ({','.join(chunk)})"

    for table, statement in rows:
        kind, head, part = _shape(statement)
        if kind != run_kind or held >= _RUN_ROWS:
            yield from flushed()
            groups = {}
            held = 0
            run_kind = kind
        if not kind:
            yield table, statement
            continue
        groups.setdefault((table, head), []).append(part)
        held += 1
    yield from flushed()


IdT = TypeVar("IdT", bound=int)


@dataclass(frozen=True)
class RowChanges(Generic[IdT]):
    """The rows of one table an undo or redo inserted, updated and deleted, by id."""

    inserted: frozenset[IdT] = frozenset()
    updated: frozenset[IdT] = frozenset()
    deleted: frozenset[IdT] = frozenset()

    @property
    def touched(self) -> frozenset[IdT]:
        """Every row this reversal wrote, whatever it did to it."""
        return self.inserted | self.updated | self.deleted


@dataclass(frozen=True)
class Reversal:
    """What one undo or redo did, as the undo log recorded it while replaying the step: the
    action's label, the tables it wrote, and exactly which cards, answers (reviews) and terms
    it brought back (`inserted`), changed (`updated`) or took away (`deleted`)."""

    label: str
    kind: str
    """"undo" or "redo"."""
    changes: Changes
    tables: frozenset[str]
    cards: RowChanges[CardId]
    reviews: RowChanges[ReviewId]
    terms: RowChanges[TermId]


# The rowid each logged statement names. The log holds how to reverse the replay, so a
# DELETE names a row the replay inserted, an INSERT (rowid first) one it deleted, an UPDATE
# one it updated. DELETE and UPDATE end with the rowid (after values that may hold any text):
# only their tail is read, as only the head of an INSERT is.
_ROWS_SQL = (
    "SELECT tbl, substr(sql, 1, 1), CASE WHEN substr(sql, 1, 1) = 'I' "
    "THEN substr(sql, instr(sql, ') VALUES(') + 9, 24) ELSE substr(sql, -32) END "
    "FROM undo_log WHERE seq BETWEEN ? AND ? AND tbl IN ('cards', 'reviews', 'terms', 'renderings')"
)
_WHAT = {"D": "inserted", "U": "updated", "I": "deleted"}


def _replayed_rows(connection: Connection, first: int, last: int) -> dict[str, dict[str, set[int]]]:
    """{table: {"inserted"/"updated"/"deleted": rowids}} for cards, reviews, terms and renderings,
    read from the log rows `first`..`last` the triggers wrote while a step was replayed
    (cascades included)."""
    out: dict[str, dict[str, set[int]]] = {
        table: {what: set() for what in _WHAT.values()}
        for table in ("cards", "reviews", "terms", "renderings")
    }
    driver = connection.connection.driver_connection
    assert driver is not None
    for table, verb, part in driver.execute(_ROWS_SQL, (first, last)):
        head, _, tail = part.partition(",") if verb == "I" else part.rpartition("=")
        out[table][_WHAT[verb]].add(int(head if verb == "I" else tail))
    return out


def _row_changes(rows: dict[str, set[int]], _kind: Callable[[int], IdT]) -> RowChanges[IdT]:
    # The ids are plain ints at run time (NewType): no call per row for a 100,000-card undo.
    inserted, updated, deleted = (
        cast(frozenset[IdT], frozenset(rows[what])) for what in ("inserted", "updated", "deleted")
    )
    return RowChanges(inserted, updated, deleted)


def reverse_step(connection: Connection, step: Step, switch: UndoSwitch, kind: str) -> Reversal:
    """Run `step` backwards, recording its reversal as a step of `kind` ("redo" when undoing,
    "undo" when redoing); returns what the replay changed, row by row for cards and reviews."""
    # A write first: the driver opens the transaction only then, and the pragma below lasts
    # until the end of the transaction it is given in.
    connection.exec_driver_sql("DELETE FROM undo_steps WHERE id = ?", (step.id,))
    # Rows come back table by table; a child may return before its parent does.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # pragma: no mutate (any case)
    summary = connection.exec_driver_sql(
        "SELECT count(*), max(instr(sql, ' BETWEEN ') > 0) FROM undo_log WHERE seq BETWEEN ? AND ?",
        (step.first_seq, step.last_seq),
    ).one()
    tables = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT DISTINCT tbl FROM undo_log WHERE seq BETWEEN ? AND ?",
            (step.first_seq, step.last_seq),
        )
    }
    start = last_seq(connection)
    # FTS5 is slow row by row inside triggers: a big step indexes the rows it wrote afterwards,
    # a few statements for all of them.
    big = (bool(summary[1]) or int(summary[0]) > _BIG_STEP) and bool(
        tables & {"terms", "renderings"}
    )
    switch.on = True
    switch.index = not big
    try:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            for _table, statement in _batched(_log_rows(connection, step)):
                cursor.execute(statement)
        finally:
            cursor.close()
    finally:
        switch.on = False
        switch.index = True
    connection.exec_driver_sql(
        "DELETE FROM undo_log WHERE seq BETWEEN ? AND ?", (step.first_seq, step.last_seq)
    )
    end = last_seq(connection)
    if end > start:
        connection.exec_driver_sql(
            "INSERT INTO undo_steps(label, kind, first_seq, last_seq) VALUES (?, ?, ?, ?)",
            (step.label, kind, start + 1, end),
        )
    changes = Changes()
    for table in tables:
        changes = changes | _TABLE_CHANGES.get(table, Changes())
    rows = _replayed_rows(connection, start + 1, end)
    if big:
        for table in ("terms", "renderings"):
            written = rows[table]
            search_index.reindex(
                connection,
                table,
                dropped=written["updated"] | written["deleted"],
                added=written["inserted"] | written["updated"],
            )
    return Reversal(
        step.label,
        "undo" if kind == "redo" else "redo",
        changes,
        frozenset(tables),
        _row_changes(rows["cards"], CardId),
        _row_changes(rows["reviews"], ReviewId),
        _row_changes(rows["terms"], TermId),
    )


def clear(connection: Connection) -> None:
    """Forget every recorded action (a fresh session of the program starts with none)."""
    driver = _driver(connection)
    # Reads first: opening the collection should not write (and wait for a lock) needlessly.
    if not any(
        driver.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()  # pragma: no mutate
        for table in ("undo_steps", "undo_log")
    ):
        return
    connection.exec_driver_sql("DELETE FROM undo_log")
    connection.exec_driver_sql("DELETE FROM undo_steps")
