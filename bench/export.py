"""Benchmark: 20,000 notes to an Anki package, and the real Anki library importing it.

Run: .venv/bin/python bench/export.py [--notes N]
Prints the export time (target < 5 s), Anki's import time, the file size and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from duiyi.anki.apkg import write_apkg
from duiyi.anki.notes import DIRECTIONS, ExportContext, ExportDeck, ExportNote


def make_notes(count: int) -> list[ExportNote]:
    """Realistic notes: a context sentence each, two renderings, tags, five decks."""
    decks = [ExportDeck(f"Deck {i}", i) for i in range(1, 6)]
    notes = []
    for i in range(count):
        chinese = f"网络空间命运共同体{i}"
        zh = f"我们要携手构建{chinese}，让互联网更好造福世界各国人民。"
        english = f"a community with a shared future in cyberspace #{i}"
        en = f"We will work together to build {english} so the Internet benefits all peoples."
        notes.append(
            ExportNote(
                guid=f"bench-{i:08d}",
                chinese=chinese,
                pinyin="wǎngluò kōngjiān mìngyùn gòngtóngtǐ",
                english=(english, f"cyber community {i} & <more>"),
                context=ExportContext(
                    zh=zh, en=en, zh_span=(7, 7 + len(chinese)), en_span=(31, 31 + len(english))
                ),
                source=f"White Paper {i % 40}",
                notes="Seen in the 2024 white paper.",
                tags=("politics", f"lesson {i % 30}"),
                deck=decks[i % len(decks)],
                directions=DIRECTIONS if i % 4 == 0 else DIRECTIONS[:2],
            )
        )
    return notes


def collection_export(count: int) -> None:
    """The same number of accepted terms stored in a collection, exported by the facade."""
    from db import Collection
    from db.ops.term_info import NewTerm

    with (
        tempfile.TemporaryDirectory() as folder,
        Collection.open(Path(folder) / "bench.duiyi") as col,
    ):
        start = time.perf_counter()
        col.terms.add_many(
            terms=[
                NewTerm(
                    chinese=f"网络空间命运共同体{i}",
                    english=(f"a community with a shared future #{i}", f"other {i}"),
                    pinyin="wǎngluò kōngjiān mìngyùn gòngtóngtǐ",
                    tags=("politics", f"lesson_{i % 30}"),
                )
                for i in range(count)
            ]
        )
        print(f"(setup: {count:,} terms stored in {time.perf_counter() - start:.2f} s)")
        start = time.perf_counter()
        summary = col.exchange.export_apkg(path=Path(folder) / "col.apkg").value
        seconds = time.perf_counter() - start
        print(
            f"col.exchange.export_apkg: {summary.notes:,} notes, {summary.cards:,} cards "
            f"in {seconds:.2f} s (query + package)"
        )


def main() -> None:
    """Time the export and Anki's import of it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=20_000)
    args = parser.parse_args()
    notes = make_notes(args.notes)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.apkg"
        start = time.perf_counter()
        summary = write_apkg(notes, out, timestamp=int(time.time()))
        export_seconds = time.perf_counter() - start
        # A second, traced run measures memory (tracing slows it, so it is not timed).
        tracemalloc.start()
        write_apkg(notes, Path(folder) / "traced.apkg", timestamp=int(time.time()) + 1)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"export: {summary.notes:,} notes, {summary.cards:,} cards in {export_seconds:.2f} s")
        print(f"package: {out.stat().st_size / 1e6:.1f} MB")
        print(f"peak Python memory during export (tracemalloc): {traced_peak / 1e6:.1f} MB")

        from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

        if_newer = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
        col = Collection(str(Path(folder) / "collection.anki2"))
        start = time.perf_counter()
        log = col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(out),
                options=ImportAnkiPackageOptions(
                    update_notes=if_newer, update_notetypes=if_newer, with_scheduling=False
                ),
            )
        ).log
        import_seconds = time.perf_counter() - start
        print(
            f"Anki import: {len(log.new):,} new notes, {col.card_count():,} cards "
            f"in {import_seconds:.2f} s"
        )
        col.close()
    collection_export(args.notes)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak process memory (max RSS, export + Anki import): {peak_rss:.0f} MB")


if __name__ == "__main__":
    main()
