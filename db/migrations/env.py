"""Alembic environment: runs on the connection Duiyi hands over, or on alembic.ini's url."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from db.models import Base
from db.schema_extras import is_extra_table

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the search index and undo log (made by hand, not by models) out of autogenerate."""
    return not (type_ == "table" and name is not None and is_extra_table(name))


def run_migrations_online() -> None:
    """Migrate on the given connection (Duiyi) or a fresh one from the ini url (developers)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
