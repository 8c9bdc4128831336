"""Fit the confidence calibration (duiyi/extract/confidence.py) on the development texts.

    .venv/bin/python bench/fit_confidence.py [--threshold X]

Extracts every candidate of each development text (../shared/eval/dev and the seed), labels
it right or wrong with the shared gold lists (score_terms.py), maps the factors' weighted sum
(the raw score) to the share right by isotonic regression, each text weighing the same, and
prints the knots to copy into confidence.CALIBRATION, the figures as shipped, with the fitted
knots, and with each text left out of the fit (the honest estimate for texts nobody has seen).
Asserts nothing.

As `duiyi extract` does, the pairs a text gives itself in vocabulary boxes (`**english** 中文`)
are shown at confidence 1 in the figures and take the place of the candidates with their
Chinese; they are left out of the fit (no factor scored them).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


Sample = tuple[dict[str, float], int, str, str]
"""Factor values, label (1 right), Chinese, English."""
Boxed = tuple[int, str, str]
"""A vocabulary-box pair of the text: label, Chinese, English."""


def samples(
    row: dict[str, str], score_terms: ModuleType
) -> tuple[list[Sample], list[Any], list[Boxed]]:
    """Every candidate of one text with its factor values and label, the gold terms, and the
    text's vocabulary-box pairs (which replace the candidates with their Chinese)."""
    from duiyi.extract import extractor
    from duiyi.pipeline import read_and_align

    en = Path(row["en"]) if row["en"] else None
    document = read_and_align(Path(row["text"]), en_path=en)
    extractor.MIN_RAW_SCORE = float("-inf")
    gold = score_terms.read_gold(row["gold"])

    def right(chinese: str, english: str) -> int:
        zh, en_key = score_terms.norm_zh(chinese), score_terms.norm_en(english)
        return int(any(zh in t.zh and en_key in t.en for t in gold))

    boxed = [(right(e.chinese, e.english[0]), e.chinese, e.english[0]) for e in document.glossary]
    given = {e.chinese for e in document.glossary}
    out: list[Sample] = []
    for cand in extractor.extract_terms(document.pairs, with_pinyin=False):
        if cand.chinese in given:
            continue
        values = {r.name: r.value for r in cand.reasons}
        out.append((values, right(cand.chinese, cand.english), cand.chinese, cand.english))
    return out, gold, boxed


def figures(
    scored: list[tuple[float, int, str, str]],
    gold: list[Any],
    threshold: float,
    score_terms: ModuleType,
) -> dict[str, float]:
    """Precision, recall at the threshold, and the share right among pairs at 0.8 or more."""
    shown = [[zh, en] for p, _, zh, en in scored if p >= threshold]
    result = score_terms.score(gold, shown)
    high = [y for p, y, _, _ in scored if p >= 0.8]
    return {
        "P": result["precision"],
        "R": result["recall"],
        "pred": result["predicted"],
        "right": result["correct"] + result["correct_extra"],
        "found": result["found"],
        "gold": result["gold"],
        "high": len(high),
        "high_right": sum(high),
    }


def _line(name: str, f: dict[str, float]) -> str:
    share = f"{f['high_right']}/{f['high']}"
    return f"{name:<24}P {f['P']:.2f}  R {f['R']:.2f}  shown {f['pred']:>4}  >=0.8 right {share}"


def _total(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = ("pred", "right", "found", "gold", "high", "high_right")
    t = {k: sum(r[k] for r in rows) for k in keys}
    t["P"] = t["right"] / t["pred"] if t["pred"] else 0.0
    t["R"] = t["found"] / t["gold"] if t["gold"] else 0.0
    return t


EDGES = (-0.1, -0.2, -0.3, -0.4, -0.5, -0.7, -1.0, -1.5, -2.5)
"""Upper ends of the raw-score bins below the top one (fixed, so knots move little between
fits)."""


def isotonic(points: list[tuple[float, int, float]]) -> tuple[tuple[float, float], ...]:
    """Knots (mean raw score, share right) of the bins, pooled until the shares never fall as
    the raw score rises (pool adjacent violators); empty bins are left out. Each point is
    (raw score, label, weight)."""
    bins: list[list[tuple[float, int, float]]] = [[] for _ in range(len(EDGES) + 1)]
    for x, y, w in points:
        bins[sum(x <= edge for edge in EDGES)].append((x, y, w))
    pooled: list[list[tuple[float, int, float]]] = []
    for block in reversed([b for b in bins if b]):  # lowest raw scores first
        pooled.append(list(block))
        while len(pooled) > 1 and _share(pooled[-2]) >= _share(pooled[-1]):
            last = pooled.pop()
            pooled[-1] += last
    return tuple((round(_mean_x(b), 3), round(_share(b), 3)) for b in pooled)


def _share(block: list[tuple[float, int, float]]) -> float:
    return sum(y * w for _, y, w in block) / sum(w for _, _, w in block)


def _mean_x(block: list[tuple[float, int, float]]) -> float:
    return sum(x * w for x, _, w in block) / sum(w for _, _, w in block)


def weighted(samples_of: list[list[tuple[float, int]]]) -> list[tuple[float, int, float]]:
    """The points of several texts, each text weighing the same in all: a text with many
    candidates (the seed) would otherwise set the map for texts unlike it."""
    return [(x, y, 1.0 / len(points)) for points in samples_of if points for x, y in points]


def main() -> int:
    """Fit, report, print the knots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    score_terms = _module("score_terms")
    run_dev = _module("run_dev")
    from duiyi.extract import confidence, extractor

    threshold = extractor.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    texts = {row["name"]: samples(row, score_terms) for row in run_dev.texts()}
    weights = {f.name: f.weight for f in confidence.FACTORS}

    def points(data: list[Sample]) -> list[tuple[float, int]]:
        return [(sum(weights[n] * x for n, x in v.items()), y) for v, y, _, _ in data]

    def report(label: str, knots_for: dict[str, tuple[tuple[float, float], ...]]) -> None:
        print(f"== {label}")
        rows = []
        for name, (data, gold, boxed) in texts.items():
            knots = knots_for[name]
            scored = [
                (confidence.calibrated(x, knots), y, zh, en)
                for (x, y), (_, _, zh, en) in zip(points(data), data, strict=True)
            ] + [(1.0, y, zh, en) for y, zh, en in boxed]
            f = figures(scored, gold, threshold, score_terms)
            rows.append(f)
            print(_line(name, f))
        print(_line("all texts", _total(rows)))

    report("as shipped", {n: confidence.CALIBRATION for n in texts})
    pooled = isotonic(weighted([points(d) for d, _, _ in texts.values()]))
    report("knots fitted on all texts", {n: pooled for n in texts})
    loto = {
        n: isotonic(weighted([points(d) for m, (d, _, _) in texts.items() if m != n]))
        for n in texts
    }
    report("knots fitted on the other texts (leave one text out)", loto)
    print(f"CALIBRATION = {pooled}")
    for name, knots in loto.items():
        print(f"  without {name}: {knots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
