"""`duiyi check`: SQLite's integrity check, foreign keys, and rows that lost their partners."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from duiyi.counts import number

# (what is wrong, in the user's words; SQL selecting the ids concerned)
_ORPHAN_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "terms without any English rendering",
        "SELECT id FROM terms "
        "WHERE NOT EXISTS (SELECT 1 FROM renderings r WHERE r.term_id = terms.id)",
    ),
    (
        "accepted terms without cards",
        "SELECT id FROM terms WHERE status = 'accepted' "
        "AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.term_id = terms.id)",
    ),
    (
        "terms missing from the search index",
        "SELECT id FROM terms WHERE id NOT IN (SELECT rowid FROM term_fts)",
    ),
    (
        "search index entries for terms that no longer exist",
        "SELECT rowid FROM term_fts WHERE rowid NOT IN (SELECT id FROM terms)",
    ),
    (
        "terms missing from the character index",
        "SELECT id FROM terms WHERE id NOT IN (SELECT rowid FROM term_chars_fts)",
    ),
    (
        "character index entries for terms that no longer exist",
        "SELECT rowid FROM term_chars_fts WHERE rowid NOT IN (SELECT id FROM terms)",
    ),
    (
        "renderings missing from the search index",
        "SELECT id FROM renderings WHERE id NOT IN (SELECT rowid FROM rendering_fts)",
    ),
    (
        "search index entries for renderings that no longer exist",
        "SELECT rowid FROM rendering_fts WHERE rowid NOT IN (SELECT id FROM renderings)",
    ),
    (
        "tags no term uses",
        "SELECT id FROM tags WHERE id NOT IN (SELECT tag_id FROM term_tags)",
    ),
)
# Harmless findings: reported, but the collection is still fine (unused tags; accepted terms
# whose deck's card types make no card for them, e.g. cloze cards without a sentence).
_NOTICES = {"tags no term uses", "accepted terms without cards"}
_SHOWN = 10
"""Integrity messages listed one by one; the rest are counted."""


@dataclass(frozen=True)
class CheckReport:
    """What `check()` found; `ok` when the file is sound and nothing is missing."""

    integrity: tuple[str, ...]
    """SQLite's integrity_check messages ("ok" left out)."""
    foreign_keys: tuple[str, ...]
    """Rows pointing at rows that do not exist."""
    orphans: tuple[str, ...]
    """Rows that lost their partner rows, one line per kind with a count and example ids."""
    notices: tuple[str, ...] = ()
    """Harmless findings (unused tags, accepted terms their deck makes no card for)."""

    @property
    def ok(self) -> bool:
        """True when there is nothing to repair."""
        return not (self.integrity or self.foreign_keys or self.orphans)

    def lines(self) -> list[str]:
        """The report as lines for the command line."""
        out = [f"integrity: {m}" for m in self.integrity[:_SHOWN]]
        if len(self.integrity) > _SHOWN:
            out.append(f"integrity: ... and {number(len(self.integrity) - _SHOWN)} more")
        out += [f"foreign key: {m}" for m in self.foreign_keys]
        out += [f"problem: {m}" for m in self.orphans]
        out += [f"note: {m}" for m in self.notices]
        return out


def run_check(connection: Connection) -> CheckReport:
    """Check the collection on `connection` (read only)."""
    # SQLite may put many messages in one row, one per line, under a "*** in database ***" head.
    integrity = [
        line.strip()
        for row in connection.exec_driver_sql("PRAGMA integrity_check")
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    foreign = [
        f"{row[0]} row {row[1]} refers to a missing {row[2]} row"
        for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
    ]
    orphans: list[str] = []
    notices: list[str] = []
    for what, sql in _ORPHAN_QUERIES:
        ids = [int(row[0]) for row in connection.exec_driver_sql(sql)]
        if ids:
            shown = ", ".join(str(i) for i in ids[:10]) + (", ..." if len(ids) > 10 else "")
            line = f"{number(len(ids))} {what} (ids {shown})"
            (notices if what in _NOTICES else orphans).append(line)
    return CheckReport(tuple(integrity), tuple(foreign), tuple(orphans), tuple(notices))
