"""Bringing a collection file's schema to this Duiyi's version with Alembic, programmatically."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

HEAD_REVISION = "0003"
"""The newest revision in migrations/versions (a test checks it). Opening an up-to-date
collection compares against it, so Alembic is only imported when a migration must run."""


def _config() -> Config:
    from alembic.config import Config

    config = Config(str(MIGRATIONS / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The schema revision this Duiyi writes."""
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Every revision this Duiyi knows (older schemas it can upgrade)."""
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the file, or None for a file without Duiyi tables."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run every missing revision on `connection` (inside the caller's transaction)."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
