"""Tables the models do not describe: the search index (FTS5) and the undo log.

Revisions create them with plain SQL; model comparison and autogenerate leave them alone.
"""

from __future__ import annotations

EXTRA_TABLE_PREFIXES = (
    "term_fts",
    "term_chars_fts",
    "rendering_fts",
    "undo_",
    "alembic_version",
    "sqlite_",
)


def is_extra_table(name: str) -> bool:
    """True for tables made by hand (search index, undo log) rather than from db.models."""
    return name.startswith(EXTRA_TABLE_PREFIXES)
