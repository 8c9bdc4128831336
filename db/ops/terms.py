"""Collection operations: terms."""

from __future__ import annotations

from db.base import CollectionBase


class TermOps(CollectionBase):
    """Collection methods for terms."""
