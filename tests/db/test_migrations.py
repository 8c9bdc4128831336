"""The Alembic revisions: an empty file goes through every one, and the result is the models."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from db import Collection, migrate
from db.models import Base
from db.schema_extras import is_extra_table


def _include(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and name is not None and is_extra_table(name))


def test_an_empty_database_upgrades_through_every_revision(tmp_path: Path) -> None:
    path = tmp_path / "steps.duiyi"
    scripts = ScriptDirectory(str(migrate.MIGRATIONS))
    revisions = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert revisions[-1] == migrate.head_revision()
    engine = create_engine(f"sqlite:///{path}")
    try:
        for revision in revisions:
            with engine.begin() as connection:
                migrate.upgrade(connection, revision)
                assert migrate.current_revision(connection) == revision
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": _include, "compare_type": True}
            )
            diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_opening_a_new_file_creates_every_model_table_and_the_search_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new.duiyi"
    Collection.open(path).close()
    conn = sqlite3.connect(path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert set(Base.metadata.tables) <= tables
    assert {"term_fts", "rendering_fts", "undo_log", "undo_steps"} <= tables
    assert version == migrate.head_revision()
    assert journal == "wal"


def test_the_collection_turns_foreign_keys_on(tmp_path: Path) -> None:
    with Collection.open(tmp_path / "fk.duiyi") as col, col._read() as session:
        value = session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert value == 1


def test_the_revision_downgrades_to_nothing_and_back(tmp_path: Path) -> None:
    path = tmp_path / "down.duiyi"
    Collection.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    from alembic import command

    config = migrate._config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with engine.connect() as connection:
            names = set(
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            )
    finally:
        engine.dispose()
    assert {n for n in names if not n.startswith("sqlite_")} <= {"alembic_version"}
    with Collection.open(path) as col:
        assert col.terms.add(chinese="低碳", english="low-carbon").value.id == 1


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = migrate._config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_0003_stores_the_elapsed_days_of_reviews_written_before_it(tmp_path: Path) -> None:
    """Reviews stored by revision 0002 (state JSON in either key order) get the elapsed days
    the program now writes with each answer, and statistics count them."""
    path = tmp_path / "old.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="低碳", english="low-carbon")
    _downgrade(path, "0002")
    rows = [
        # (reviewed_at, rating, state_before)
        (
            "2026-03-01 01:00:00.000000",
            3,
            '{"state": 2, "last_review": "2026-02-25T01:00:00+00:00"}',
        ),
        (
            "2026-03-01 01:00:00.000000",
            1,
            '{"last_review": "2026-02-25T13:00:00+00:00", "state": 2}',
        ),
        (
            "2026-03-01 01:00:00.000000",
            3,
            '{"state": 2, "last_review": "2025-11-01T00:00:00+00:00"}',
        ),
        (
            "2026-03-01 01:00:00.000000",
            3,
            '{"state": 2, "last_review": "2026-03-02T00:00:00+00:00"}',
        ),
        (
            "2026-03-01 01:00:00.000000",
            3,
            '{"state": 1, "last_review": "2026-02-28T01:00:00+00:00"}',
        ),
        ("2026-03-01 01:00:00.000000", 3, '{"state": 2, "last_review": null}'),
        ("2026-03-01 01:00:00.000000", 3, '{"state": 0}'),
    ]
    conn = sqlite3.connect(path)
    with conn:
        assert "elapsed_days" not in [r[1] for r in conn.execute("PRAGMA table_info(reviews)")]
        card_id = conn.execute("SELECT min(id) FROM cards").fetchone()[0]
        conn.executemany(
            "INSERT INTO reviews (card_id, reviewed_at, rating, duration_ms, state_before, "
            "state_after) VALUES (?, ?, ?, 1000, ?, '{}')",
            [(card_id, *row) for row in rows],
        )
    conn.close()
    with Collection.open(path) as col:
        with col._read() as session:
            stored = (
                session.execute(text("SELECT elapsed_days FROM reviews ORDER BY id"))
                .scalars()
                .all()
            )
        # 4 days, 3.5 days, 120 days, a clock set back (0), then no interval for a learning
        # card, a review without a last review and a new card.
        assert stored == [4, 3, 120, 0, None, None, None]
        stats = col.study.stats(now=datetime(2026, 3, 2, tzinfo=UTC))
    counts = {row.label: (row.reviews, row.passed) for row in stats.retention}
    assert counts == {
        "under 1 day": (1, 1),
        "1 day": (0, 0),
        "2-7 days": (2, 1),
        "8-30 days": (0, 0),
        "1-3 months": (0, 0),
        "3-12 months": (1, 1),
        "over a year": (0, 0),
    }


def test_0003_downgrades_without_losing_terms_or_reviews(tmp_path: Path) -> None:
    """Going back to 0002 drops only the new columns: the terms, cards and reviews stay."""
    path = tmp_path / "down.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="低碳", english="low-carbon")
        view = col.study.next_card()
        assert view is not None
        col.study.answer(card_id=view.card_id, rating=3, duration_ms=1000)
    _downgrade(path, "0002")
    conn = sqlite3.connect(path)
    try:
        counts = [
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("terms", "cards", "reviews")
        ]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(reviews)")}
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert (counts, "elapsed_days" in columns, version) == ([1, 2, 1], False, "0002")
