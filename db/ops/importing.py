"""Collection operations: importing."""

from __future__ import annotations

from db.base import CollectionBase


class ImportOps(CollectionBase):
    """Collection methods for importing."""
