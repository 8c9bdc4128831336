"""The Alembic revisions: an empty file goes through every one, and the result is the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

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
