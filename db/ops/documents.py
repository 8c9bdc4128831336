"""Collection operations: documents."""

from __future__ import annotations

from db.base import CollectionBase


class DocumentOps(CollectionBase):
    """Collection methods for documents."""
