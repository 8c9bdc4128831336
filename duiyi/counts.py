"""Numbers in messages: every count the user reads goes through here, so "6,804" is written
the same way on the command line and in the program."""

from __future__ import annotations


def number(n: int) -> str:
    """A count with thousands separators: 6804 -> "6,804"."""
    return f"{n:,}"


def counted(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun, plural when not 1: "1 term", "6,804 terms", "2 entries"."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
