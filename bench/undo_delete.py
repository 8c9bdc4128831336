"""Undo benchmark: delete many terms at once, then undo and redo the deletion.

Builds a collection of N terms (default 50,000; real words from CC-CEDICT, a tag each), two
cards a term, two answers (reviews) for every third card and one context (a place in a
document) a term, outside the undo log; then times, through the Collection API the GUI uses:
deleting every term in one action, undoing that deletion, redoing it and undoing it again.
After each undo it checks that every row is back exactly as it was (the whole tables
compared), so a fast undo that loses something fails loudly instead of printing a figure.
Then, in the main window (offscreen Qt), the same deletion and Edit > Undo as a user makes them,
with the longest GUI-thread stall while each runs (a 5 ms heartbeat, as bench/gui.py).

    python bench/undo_delete.py [--terms N] [--keep DIR] [--no-gui]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from storage import add_reviews, bench_collection, cedict_words

from db import Collection
from db.results import TermId

_TABLES = (
    "terms",
    "renderings",
    "cards",
    "reviews",
    "term_tags",
    "tags",
    "term_occurrences",
    "term_fts",
    "rendering_fts",
    "term_chars_fts",
)


def add_contexts(col: Collection) -> None:
    """One document with a pair per 100 terms and one occurrence (context) for every term."""
    with col._write(None) as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        raw.execute(
            "INSERT INTO documents(title, source_name, format, layout, content_hash, "
            "imported_at) VALUES ('Bench text', 'bench.txt', 'txt', '', 'bench', "
            "'2024-01-01 00:00:00.000000')"
        )
        document = raw.execute("SELECT max(id) FROM documents").fetchone()[0]
        terms = [row[0] for row in raw.execute("SELECT id FROM terms ORDER BY id")]
        pairs = []
        for position in range(0, len(terms), 100):
            cursor = raw.execute(
                "INSERT INTO segment_pairs(document_id, position, kind, zh, en, score) "
                "VALUES (?, ?, 'paragraph', ?, ?, 0.9)",
                (document, position, f"第{position}段", f"Paragraph {position}"),
            )
            pairs.append(cursor.lastrowid)
        raw.executemany(
            "INSERT INTO term_occurrences(term_id, pair_id, zh_start, zh_end, en_start, en_end) "
            "VALUES (?, ?, 0, 2, 0, 9)",
            [(term, pairs[n // 100]) for n, term in enumerate(terms)],
        )


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a term deletion touches, read from the file itself."""
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
            for table in _TABLES
        }


def timed(label: str, action: Callable[[], object]) -> float:
    """Run `action()` and print how long it took."""
    began, cpu = time.perf_counter(), time.process_time()
    action()
    spent = time.perf_counter() - began
    # CPU seconds too: on a shared machine they vary less than the wall clock.
    print(f"{label:28s} {spent:7.2f} s   ({time.process_time() - cpu:.2f} s CPU)")
    return spent


def in_the_window(path: Path, ids: list[TermId]) -> None:
    """Delete the terms and undo through the main window; print the times and longest stalls."""
    from gui import Heartbeat, open_window, wait

    qapp, window = open_window(path)
    window.go("browse")
    window.show()
    browse = window.screens["browse"]
    wait(qapp, lambda: window.service.idle and browse.model.rowCount() > 0)
    beat = Heartbeat()
    for label, start in (
        ("delete in the window", lambda: window.service.op(lambda c: c.terms.delete(term_ids=ids))),
        ("Edit > Undo in the window", window.undo),
    ):
        beat.start()
        began = time.perf_counter()
        start()
        wait(qapp, lambda: window.service.idle, timeout=600)
        settled = time.perf_counter() + 0.3  # the screens redraw what changed
        wait(qapp, lambda settled=settled: time.perf_counter() > settled)
        spent = time.perf_counter() - began - 0.3
        print(f"{label:28s} {spent:7.2f} s   longest GUI stall {beat.stop():5.0f} ms")
    print(f"rows in Browse after the undo {browse.model.rowCount():,} (loaded page by page)")
    window.close()
    window.service.shutdown()


def main() -> int:
    """Build the collection, time delete / undo / redo / undo, check the rows came back."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="build the collection in DIR and keep it")
    parser.add_argument("--no-gui", action="store_true", help="skip the main-window part")
    args = parser.parse_args()
    rng = random.Random(20261207)
    folder, path = bench_collection(args.keep, "duiyi-bench-undo-")
    try:
        col = Collection.open(path)
        col.terms.add_many(terms=cedict_words(args.terms, rng), label="Import benchmark glossary")
        with col._read() as session:
            cards = int(
                session.connection().exec_driver_sql("SELECT count(*) FROM cards").scalar() or 0
            )
        add_reviews(col, 2 * (cards // 3), rng)
        add_contexts(col)
        with col._read() as session:
            ids = [
                TermId(row[0])
                for row in session.connection().exec_driver_sql("SELECT id FROM terms")
            ]
        col.close()
        col = Collection.open(path)  # a fresh session: an empty undo history, as after start
        before = snapshot(path)
        reviews = len(before["reviews"])
        print(
            f"collection: {len(ids):,} terms, {cards:,} cards, {reviews:,} reviews, "
            f"{len(before['term_occurrences']):,} contexts"
        )
        timed(f"delete {len(ids):,} terms", lambda: col.terms.delete(term_ids=ids))
        timed("undo the deletion", col.undo)
        same = snapshot(path) == before
        timed("redo the deletion", col.redo)
        timed("undo it again", col.undo)
        same = same and snapshot(path) == before
        col.close()
        print(f"every row restored exactly   {'yes' if same else 'NO'}")
        if not args.no_gui:
            in_the_window(path, ids)
            same = same and snapshot(path) == before
        return 0 if same else 1
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
