"""Collection operations: study."""

from __future__ import annotations

from db.base import CollectionBase


class StudyOps(CollectionBase):
    """Collection methods for study."""
