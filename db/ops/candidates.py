"""Collection operations: candidates."""

from __future__ import annotations

from db.base import CollectionBase


class CandidateOps(CollectionBase):
    """Collection methods for candidates."""
