"""Cleaning: markup and boilerplate out (reported, and kept in on request), wrapped lines
re-joined, real text untouched."""

from __future__ import annotations

from duiyi.clean.boilerplate import normalize, remove_boilerplate
from duiyi.clean.lines import rejoin_lines
from duiyi.clean.markup import remove_markup

__all__ = ["normalize", "rejoin_lines", "remove_boilerplate", "remove_markup"]
