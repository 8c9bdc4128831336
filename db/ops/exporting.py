"""Collection operations: exporting."""

from __future__ import annotations

from db.base import CollectionBase


class ExportOps(CollectionBase):
    """Collection methods for exporting."""
