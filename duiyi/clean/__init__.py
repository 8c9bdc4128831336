"""Cleaning: boilerplate out (reported, and kept in on request), real text untouched."""

from __future__ import annotations

from duiyi.clean.boilerplate import normalize, remove_boilerplate

__all__ = ["normalize", "remove_boilerplate"]
