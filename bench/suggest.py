"""Benchmark the English found for terms the user lists (`duiyi extract --zh-terms`): 200 terms
in about 200 KB and 1 MB of bilingual text made of the seed, many of them found only by the
reader's suggestions or as what their sentences leave unexplained.

    .venv/bin/python bench/suggest.py

Prints its figures (CPU seconds, as on a shared machine wall time is mostly waiting); asserts
nothing (aim: 1 MB x 200 terms near 10 s CPU).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import DUIYI, GOLD, LAST_CPU, SCORER, SEED, WATERMARK, big_text, run

TERMS = 200


def listed_terms(text: str) -> list[str]:
    """The seed's gold terms, then two-character stretches of the text's Chinese (most of
    them no dictionary word, so the suggestions and leftovers are asked for) up to TERMS."""
    import subprocess

    gold = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--list-terms"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    terms = list(dict.fromkeys(gold))
    chinese = [ln for ln in WATERMARK.sub("", text).splitlines() if "\u4e00" <= ln[:1] <= "\u9fff"]
    for line in chinese:
        for at in range(0, len(line) - 1, 3):
            piece = line[at : at + 2]
            if len(terms) >= TERMS:
                return terms
            if all("\u4e00" <= ch <= "\u9fff" for ch in piece) and piece not in terms:
                terms.append(piece)
    return terms


def main() -> int:
    """Run the benchmark and print the figures."""
    env = dict(os.environ)
    env.pop("DUIYI_DB", None)
    with tempfile.TemporaryDirectory(prefix="duiyi-bench-") as folder:
        work = Path(folder)
        terms = work / "terms.txt"
        listing = listed_terms(SEED.read_text(encoding="utf-8"))
        terms.write_text("\n".join(listing) + "\n", encoding="utf-8")
        for size_mb in (0.2, 1.0):
            text = work / f"text-{size_mb}.txt"
            text.write_text(big_text(size_mb), encoding="utf-8")
            wall, _, out, err = run(
                [*DUIYI, "extract", str(text), "--zh-terms", str(terms), "--format", "tsv"], env
            )
            found = sum(1 for line in out.splitlines() if line.split("\t")[1:2] != [""])
            print(
                f"{size_mb:.1f} MB x {len(listing)} terms: {LAST_CPU[0]:.1f} s CPU, "
                f"{wall:.1f} s wall, {found} with English; {err.strip()}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
