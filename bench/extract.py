"""Benchmark term extraction: the seed end to end through `duiyi extract`, 1 MB of bilingual
text, peak memory, the development-set scores and the scores on Duiyi's own test texts.

    .venv/bin/python bench/extract.py [--size-mb 1.0]

Prints its figures; asserts nothing (targets: seed < 1.5 s cold, 1 MB < 30 s, peak < 500 MB;
precision >= 0.80, recall >= 0.70, alignment precision >= 0.90, suggestion accuracy >= 0.85).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_7f6f740f4e046d2f.txt"
GOLD = SHARED / "eval" / "seed-gold.tsv"
SCORER = SHARED / "eval" / "score_terms.py"
OWN = REPO / "tests" / "data" / "extract" / "green_development.txt"
DUIYI = [sys.executable, "-m", "desktop.main"]
WATERMARK = re.compile(r"文章源自英文巴士-https://www\.en84\.com/\d+\.html")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


LAST_CPU = [0.0]
"""CPU seconds of the last command run: on a shared, loaded machine wall time is mostly
waiting for a core, and CPU time is what the program itself costs."""


def run(args: list[str], env: dict[str, str]) -> tuple[float, int, str, str]:
    """Run a command; wall seconds, peak RSS of children so far (KB), stdout, stderr."""
    start, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=REPO, check=False)
    wall = time.perf_counter() - start
    LAST_CPU[0] = _children_cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
    return wall, peak, proc.stdout, proc.stderr


def big_text(size_mb: float) -> str:
    """About size_mb of paragraph-interleaved text made of the seed and Duiyi's own text, each
    copy numbered so no two paragraphs are identical."""
    blocks: list[tuple[str, str]] = []
    for path in (SEED, OWN):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        lines = [
            re.sub(r"文章源自英文巴士-https://www\.en84\.com/\d+\.html", "", ln) for ln in lines
        ]
        lines = [ln for ln in lines if ln]
        blocks += [(lines[i], lines[i + 1]) for i in range(0, len(lines) - 1, 2)]
    out: list[str] = []
    size = 0
    copy = 0
    while size < size_mb * 1_000_000:
        copy += 1
        for zh, en in blocks:
            zh_line = f"{zh}(第{copy}篇)"
            en_line = f"{en} (Part {copy}.)"
            out += [zh_line, en_line]
            size += len(zh_line.encode()) + len(en_line.encode()) + 2
    return "\n".join(out) + "\n"


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("DUIYI_DB", None)
    work = Path(tempfile.mkdtemp(prefix="duiyi-bench-"))
    try:
        cold_env = dict(env, XDG_CACHE_HOME=str(work / "cache"), HOME=str(work / "home"))
        wall, _, out, _ = run([*DUIYI, "extract", str(SEED), "--format", "tsv"], cold_env)
        print(
            f"seed, first run (CC-CEDICT cache built): {wall:.2f} s, {len(out.splitlines())} pairs"
        )
        wall, _, out, _ = run([*DUIYI, "extract", str(SEED), "--format", "tsv"], cold_env)
        print(
            f"seed, cold start (new process):          {wall:.2f} s wall, {LAST_CPU[0]:.2f} s CPU "
            "(target < 1.5 s, aim 1 s)"
        )
        pred = work / "pred.tsv"
        pred.write_text(out, encoding="utf-8")

        terms = work / "terms.txt"
        listed = subprocess.run(
            [sys.executable, str(SCORER), "--gold", str(GOLD), "--list-terms"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        terms.write_text(listed, encoding="utf-8")
        wall, _, out, _ = run(
            [*DUIYI, "extract", str(SEED), "--zh-terms", str(terms), "--format", "tsv"], cold_env
        )
        suggest = work / "suggest.tsv"
        suggest.write_text(out, encoding="utf-8")
        print(f"seed, --zh-terms ({len(listed.split())} terms):       {wall:.2f} s")

        scored = subprocess.run(
            [
                sys.executable,
                str(SCORER),
                "--gold",
                str(GOLD),
                "--pred",
                str(pred),
                "--suggest",
                str(suggest),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result = json.loads(scored)
        print(
            "dev set at the default threshold: precision {precision:.3f} recall {recall:.3f} "
            "f1 {f1:.3f} alignment precision {alignment_precision:.3f} suggestion accuracy "
            "{suggest_accuracy:.3f} (predicted {predicted}, correct {correct}+{correct_extra} "
            "extra, gold {gold})".format(**result)
        )
        calibrated = subprocess.run(
            [
                sys.executable,
                str(SCORER),
                "--gold",
                str(GOLD),
                "--pred",
                str(pred),
                "--min-confidence",
                "0.8",
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        top = json.loads(calibrated)
        print(
            f"calibration: precision of pairs at confidence >= 0.8: {top['precision']:.3f} "
            f"({top['predicted']} pairs)"
        )

        for text in sorted((REPO / "tests" / "data" / "extract").glob("*.txt")):
            gold = text.with_name(f"{text.stem}-gold.tsv")
            if not gold.exists():
                continue
            _, _, out, _ = run([*DUIYI, "extract", str(text), "--format", "tsv"], cold_env)
            pred = work / f"{text.stem}.tsv"
            pred.write_text(out, encoding="utf-8")
            scored = subprocess.run(
                [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            other = json.loads(scored)
            print(
                f"{text.stem}: precision {other['precision']:.3f} recall {other['recall']:.3f} "
                f"alignment precision {other['alignment_precision']:.3f}"
            )

        big = work / "big.txt"
        big.write_text(big_text(args.size_mb), encoding="utf-8")
        size = big.stat().st_size / 1_000_000
        wall, peak, out, _ = run([*DUIYI, "extract", str(big), "--format", "tsv"], cold_env)
        print(
            f"{size:.2f} MB bilingual text: {wall:.1f} s wall, {LAST_CPU[0]:.1f} s CPU "
            "(target < 30 s), "
            f"{len(out.splitlines())} pairs printed"
        )
        print(f"peak memory of the runs: {peak / 1024:.0f} MB (target < 500 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
