"""Keeping the search index (term_fts, rendering_fts) in step with terms and renderings.

Temporary triggers on each connection follow every insert, update and delete, whoever makes
it (ORM, Core, undo). Bulk loaders switch them off and index their rows in one statement,
as FTS5 writes are several times slower inside a trigger.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

_TRIGGERS = [
    """CREATE TEMP TRIGGER IF NOT EXISTS index_terms_insert AFTER INSERT ON main.terms
    WHEN duiyi_index_on() BEGIN
        INSERT INTO term_fts(rowid, chinese, pinyin)
        VALUES (new.id, new.chinese || ' ' || new.chinese_simplified, new.pinyin_plain);
        INSERT INTO term_chars_fts(rowid, zh, zh_simplified)
        VALUES (new.id, duiyi_spaced(new.chinese), duiyi_spaced(new.chinese_simplified));
    END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS index_terms_update
    AFTER UPDATE OF id, chinese, chinese_simplified, pinyin_plain ON main.terms
    WHEN duiyi_index_on() BEGIN
        DELETE FROM term_fts WHERE rowid = old.id;
        INSERT INTO term_fts(rowid, chinese, pinyin)
        VALUES (new.id, new.chinese || ' ' || new.chinese_simplified, new.pinyin_plain);
        DELETE FROM term_chars_fts WHERE rowid = old.id;
        INSERT INTO term_chars_fts(rowid, zh, zh_simplified)
        VALUES (new.id, duiyi_spaced(new.chinese), duiyi_spaced(new.chinese_simplified));
    END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS index_terms_delete AFTER DELETE ON main.terms
    WHEN duiyi_index_on() BEGIN
        DELETE FROM term_fts WHERE rowid = old.id;
        DELETE FROM term_chars_fts WHERE rowid = old.id;
    END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS index_renderings_insert AFTER INSERT ON main.renderings
    WHEN duiyi_index_on() BEGIN
        INSERT INTO rendering_fts(rowid, english) VALUES (new.id, new.english);
    END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS index_renderings_update
    AFTER UPDATE OF id, english ON main.renderings
    WHEN duiyi_index_on() BEGIN
        DELETE FROM rendering_fts WHERE rowid = old.id;
        INSERT INTO rendering_fts(rowid, english) VALUES (new.id, new.english);
    END""",
    """CREATE TEMP TRIGGER IF NOT EXISTS index_renderings_delete AFTER DELETE ON main.renderings
    WHEN duiyi_index_on() BEGIN
        DELETE FROM rendering_fts WHERE rowid = old.id;
    END""",
]


def spaced(text: str | None) -> str:
    """The characters of `text` with spaces between them: each one a token for term_chars_fts."""
    return " ".join(text or "")


def install_triggers(dbapi_connection: Any) -> None:
    """Create this connection's index triggers (they call `duiyi_index_on()`)."""
    dbapi_connection.create_function("duiyi_spaced", 1, spaced, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        for statement in _TRIGGERS:
            cursor.execute(statement)
    finally:
        cursor.close()


def index_terms(connection: Connection, first_id: int, last_id: int) -> None:
    """Add the new terms with ids first_id..last_id, and their renderings, to the index
    (bulk loaders; one statement each, with bound ids so SQLite prepares it once)."""
    span = (first_id, last_id)
    connection.exec_driver_sql(
        "INSERT INTO term_fts(rowid, chinese, pinyin) "
        "SELECT id, chinese || ' ' || chinese_simplified, pinyin_plain FROM terms "
        "WHERE id BETWEEN ? AND ?",
        span,
    )
    connection.exec_driver_sql(
        "INSERT INTO term_chars_fts(rowid, zh, zh_simplified) SELECT id, "
        "duiyi_spaced(chinese), duiyi_spaced(chinese_simplified) FROM terms "
        "WHERE id BETWEEN ? AND ?",
        span,
    )
    connection.exec_driver_sql(
        "INSERT INTO rendering_fts(rowid, english) "
        "SELECT id, english FROM renderings WHERE term_id BETWEEN ? AND ?",
        span,
    )


# How each table's rows enter the index, for rows whose ids are listed in place of {}.
_ENTRIES: dict[str, tuple[tuple[str, str], ...]] = {
    "terms": (
        (
            "term_fts",
            "INSERT INTO term_fts(rowid, chinese, pinyin) "
            "SELECT id, chinese || ' ' || chinese_simplified, pinyin_plain FROM terms "
            "WHERE id IN ({})",
        ),
        (
            "term_chars_fts",
            "INSERT INTO term_chars_fts(rowid, zh, zh_simplified) SELECT id, "
            "duiyi_spaced(chinese), duiyi_spaced(chinese_simplified) FROM terms WHERE id IN ({})",
        ),
    ),
    "renderings": (
        (
            "rendering_fts",
            "INSERT INTO rendering_fts(rowid, english) SELECT id, english FROM renderings "
            "WHERE id IN ({})",
        ),
    ),
}
_CHUNK = 500


def reindex(
    connection: Connection, table: str, *, dropped: Iterable[int], added: Iterable[int]
) -> None:
    """Bring the index in line with rows of `table` ("terms" or "renderings") written while
    the index triggers were off: drop the entries of the `dropped` rows (updated or deleted),
    then index the `added` rows (inserted or updated) that exist now."""
    driver = connection.connection.driver_connection
    assert driver is not None
    gone = [(row_id,) for row_id in sorted(dropped)]
    ids = sorted(added)
    for fts, insert in _ENTRIES[table]:
        # One row at a time: FTS5 finds an entry by rowid equality, never by an IN list.
        driver.executemany(f"DELETE FROM {fts} WHERE rowid = ?", gone)
        for start in range(0, len(ids), _CHUNK):
            driver.execute(
                insert.format(",".join(str(int(i)) for i in ids[start : start + _CHUNK]))
            )
