"""Fit the confidence (duiyi/extract/confidence.py) on the development texts: the factors'
weights and the calibration knots.

    .venv/bin/python bench/fit_confidence.py [--threshold X] [--also X ...] [--l2 X]
                                             [--from-shipped] [--only FACTOR ...] [--band]

Extracts every candidate of each development text (../shared/eval/dev and the seed), labels
it right or wrong with the shared gold lists (score_terms.py), and reports precision, recall
and the share right of pairs shown at 0.8 or more, all texts together and per text:
- as shipped;
- with the shipped weights and calibration knots refitted (on all texts, and on the other
  texts for each text left out: the honest estimate for texts nobody has seen);
- with the weights fitted too, by L2-regularised logistic regression (each text weighing the
  same, each factor kept to the direction it marks a pair: a weight that would turn is fixed
  at 0), on all texts and with each text left out.
The knots map the weighted sum (the raw score) to the share right by isotonic regression. It
prints CALIBRATION for the shipped weights (paste it after any change to the factors), and
WEIGHTS with their CALIBRATION (paste both only when their left-out figures beat the shipped
weights'). `--band` first studies the candidates the shipped confidence keeps below the
threshold but `duiyi extract` still returns (the recall a new factor could win): how many are
right, the share right with and without each factor, and the right ones. `--only NAME` fits
just that factor's weight (a new one), the others kept as shipped; `--from-shipped` pulls the
weights towards those shipped instead of 0. Asserts nothing.

As `duiyi extract` does, the pairs a text gives itself in vocabulary boxes (`**english** 中文`)
are shown at confidence 1 in the figures and take the place of the candidates with their
Chinese; they are left out of the fit (no factor scored them).
"""

from __future__ import annotations

import argparse
import importlib.util
import math
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


FLOOR: float | None = None
"""The least raw score `duiyi extract` returns, as shipped (samples() lifts it to see all)."""

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

    global FLOOR
    if FLOOR is None:
        FLOOR = extractor.MIN_RAW_SCORE  # the shipped floor, before it is lifted below

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
    the raw score rises (pool adjacent violators), a pooled block also with a knot at its top;
    empty bins are left out. Each point is (raw score, label, weight)."""
    bins: list[list[tuple[float, int, float]]] = [[] for _ in range(len(EDGES) + 1)]
    for x, y, w in points:
        bins[sum(x <= edge for edge in EDGES)].append((x, y, w))
    pooled: list[list[tuple[float, int, float]]] = []
    merged: list[int] = []
    for block in reversed([b for b in bins if b]):  # lowest raw scores first
        pooled.append(list(block))
        merged.append(1)
        while len(pooled) > 1 and _share(pooled[-2]) >= _share(pooled[-1]):
            last = pooled.pop()
            pooled[-1] += last
            count = merged.pop()
            merged[-1] += count
    knots: list[tuple[float, float]] = []
    for block, bins_in in zip(pooled, merged, strict=True):
        share = round(_share(block), 3)
        knots.append((round(_mean_x(block), 3), share))
        if bins_in > 1:
            # Bins pooled because the higher was no surer: flat up to the block's highest raw
            # score, not lifted toward the next block's share on the way.
            knots.append((round(max(p[0] for p in block), 3), share))
    return tuple(knots)


def _share(block: list[tuple[float, int, float]]) -> float:
    return sum(y * w for _, y, w in block) / sum(w for _, _, w in block)


def _mean_x(block: list[tuple[float, int, float]]) -> float:
    return sum(x * w for x, _, w in block) / sum(w for _, _, w in block)


def weighted(samples_of: list[list[tuple[float, int]]]) -> list[tuple[float, int, float]]:
    """The points of several texts, each text weighing the same in all: a text with many
    candidates (the seed) would otherwise set the map for texts unlike it."""
    return [(x, y, 1.0 / len(points)) for points in samples_of if points for x, y in points]


L2 = 1.0
"""The penalty on the squared weights (in units of one text's mean log-loss times the number
of candidates): small weights that hold across texts rather than large ones fitted to one."""


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the systems are small)."""
    n = len(vector)
    rows = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        if abs(rows[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                k = rows[r][col] / rows[col][col]
                for j in range(col, n + 1):
                    rows[r][j] -= k * rows[col][j]
    return [rows[i][n] / rows[i][i] if abs(rows[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def logistic(
    xs: list[list[float]],
    ys: list[int],
    ws: list[float],
    l2: float,
    free: list[bool],
    prior: list[float],
    offsets: list[float],
) -> list[float]:
    """Intercept and weights maximising the weighted log-likelihood minus l2/2 times the
    squared distance of the weights from `prior` (Newton's method), each sample's log-odds
    starting from its offset; weights not `free` stay 0."""
    n = len(xs[0])
    beta = [0.0] + [p if f else 0.0 for p, f in zip(prior, free, strict=True)]
    live = [0] + [k + 1 for k in range(n) if free[k]]
    for _ in range(50):
        grad = [0.0] * len(live)
        hess = [[0.0] * len(live) for _ in live]
        for x, y, w, o in zip(xs, ys, ws, offsets, strict=True):
            v = [1.0, *x]
            p = _sigmoid(o + sum(beta[k] * v[k] for k in live))
            for a, ka in enumerate(live):
                grad[a] += w * (y - p) * v[ka]
                for b, kb in enumerate(live):
                    hess[a][b] += w * p * (1 - p) * v[ka] * v[kb]
        for a, ka in enumerate(live):
            if ka:
                grad[a] -= l2 * (beta[ka] - prior[ka - 1])
                hess[a][a] += l2
        step = _solve(hess, grad)
        for a, ka in enumerate(live):
            beta[ka] += step[a]
        if max(map(abs, step)) < 1e-7:
            break
    return beta


def fit_weights(
    data: list[list[Sample]],
    marks_up: dict[str, bool],
    l2: float,
    prior: dict[str, float],
    fixed: dict[str, float],
) -> dict[str, float]:
    """The factors' weights fitted on the texts' candidates, each text weighing the same, but
    those in `fixed` kept as given; a factor whose weight comes out against its direction
    (marking up what should mark down) is fixed at 0 and the rest refitted."""
    names = list(marks_up)
    xs: list[list[float]] = []
    ys: list[int] = []
    ws: list[float] = []
    offsets: list[float] = []
    texts = [d for d in data if d]
    total = sum(len(d) for d in texts)
    for d in texts:
        for values, label, _, _ in d:
            xs.append([values.get(n, 0.0) for n in names])
            ys.append(label)
            ws.append(total / len(texts) / len(d))
            offsets.append(sum(w * values.get(n, 0.0) for n, w in fixed.items()))
    # A factor's values are shares' logs (at most 0: evidence) or flags and counts (at least
    # 0): its weight's sign follows from that and the way it marks a pair.
    signs = [
        (1 if marks_up[n] else -1) * (-1 if any(x[k] < 0 for x in xs) else 1)
        for k, n in enumerate(names)
    ]
    free = [n not in fixed and any(x[k] for x in xs) for k, n in enumerate(names)]
    while True:
        beta = logistic(xs, ys, ws, l2, free, [prior[n] for n in names], offsets)
        wrong = [k for k in range(len(names)) if free[k] and beta[k + 1] * signs[k] < 0]
        if not wrong:
            return {
                n: fixed[n] if n in fixed else round(beta[k + 1], 3) for k, n in enumerate(names)
            }
        free[max(wrong, key=lambda k: abs(beta[k + 1]))] = False


def _share_line(name: str, labels: list[int]) -> str:
    share = sum(labels) / len(labels) if labels else 0.0
    return f"{name} {sum(labels):>3}/{len(labels):<4} = {share:.2f}"


def band_study(
    texts: dict[str, list[Sample]],
    weights: dict[str, float],
    knots: tuple[tuple[float, float], ...],
    threshold: float,
    floor: float,
) -> None:
    """Print how many candidates `duiyi extract` drops (raw score below `floor`) are right, and
    of those returned but shown below `threshold`: how many are right per text, the share
    right with and without each factor among them, and the right ones with their factors."""
    from duiyi.extract import confidence

    band: list[tuple[str, float, Sample]] = []
    dropped: list[int] = []
    for name, data in texts.items():
        for sample in data:
            raw = sum(weights[n] * x for n, x in sample[0].items())
            if raw < floor:
                dropped.append(sample[1])
            elif confidence.calibrated(raw, knots) < threshold:
                band.append((name, raw, sample))
    print(_share_line(f"== not returned (raw score < {floor:.3f}): right", dropped))
    print(f"== returned below {threshold:.2f} (raw score >= {floor:.3f})")
    for name in texts:
        print(_share_line(f"{name:<24}right", [s[1] for n, _, s in band if n == name]))
    print(_share_line(f"{'all texts':<24}right", [s[1] for _, _, s in band]))
    for factor in weights:
        with_it = [s[1] for _, _, s in band if s[0].get(factor)]
        without = [s[1] for _, _, s in band if not s[0].get(factor)]
        print(f"  {factor:<26}{_share_line('with', with_it)}  {_share_line('without', without)}")
    for name, raw, (values, label, zh, en) in sorted(band, key=lambda b: -b[1]):
        if label:
            moved = ", ".join(f"{n} {x:+.2f}" for n, x in values.items() if x)
            print(f"  right {raw:+.2f} {name}: {zh} | {en} | {moved}")


def main() -> int:
    """Fit, report, print the weights and knots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument(
        "--only",
        nargs="*",
        default=[],
        help="fit only these factors' weights, keeping the others as shipped (a new factor)",
    )
    parser.add_argument(
        "--from-shipped",
        action="store_true",
        help="pull the weights towards those shipped rather than towards 0",
    )
    parser.add_argument(
        "--band",
        action="store_true",
        help="study the candidates returned but shown below the threshold",
    )
    parser.add_argument(
        "--also", type=float, nargs="*", default=[], help="more thresholds to report (all texts)"
    )
    args = parser.parse_args()
    score_terms = _module("score_terms")
    run_dev = _module("run_dev")
    from duiyi.extract import confidence, extractor

    threshold = extractor.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    texts = {row["name"]: samples(row, score_terms) for row in run_dev.texts()}
    names = [f.name for f in confidence.FACTORS]
    marks_up = {f.name: f.marks_up for f in confidence.FACTORS}
    shipped = {f.name: f.weight for f in confidence.FACTORS}
    prior = shipped if args.from_shipped else dict.fromkeys(names, 0.0)
    fixed = {n: w for n, w in shipped.items() if args.only and n not in args.only}

    def points(data: list[Sample], weights: dict[str, float]) -> list[tuple[float, int]]:
        return [(sum(weights[n] * x for n, x in v.items()), y) for v, y, _, _ in data]

    Model = tuple[dict[str, float], tuple[tuple[float, float], ...]]

    def report(label: str, model_for: dict[str, Model]) -> None:
        print(f"== {label}")
        rows: dict[float, list[dict[str, float]]] = {t: [] for t in (threshold, *args.also)}
        for name, (data, gold, boxed) in texts.items():
            weights, knots = model_for[name]
            scored = [
                (confidence.calibrated(x, knots), y, zh, en)
                for (x, y), (_, _, zh, en) in zip(points(data, weights), data, strict=True)
            ] + [(1.0, y, zh, en) for y, zh, en in boxed]
            for cut, found in rows.items():
                found.append(figures(scored, gold, cut, score_terms))
            print(_line(name, rows[threshold][-1]))
        print(_line("all texts", _total(rows[threshold])))
        for cut in args.also:
            print(_line(f"all texts at {cut:.2f}", _total(rows[cut])))

    def model(without: str | None, fit: bool) -> Model:
        kept = [d for n, (d, _, _) in texts.items() if n != without]
        weights = fit_weights(kept, marks_up, args.l2, prior, fixed) if fit else shipped
        return weights, isotonic(weighted([points(d, weights) for d in kept]))

    if args.band:
        assert FLOOR is not None
        data_of = {n: d for n, (d, _, _) in texts.items()}
        band_study(data_of, shipped, confidence.CALIBRATION, threshold, FLOOR)
    report("as shipped", {n: (shipped, confidence.CALIBRATION) for n in texts})
    knots_only = model(None, fit=False)
    report("shipped weights, knots fitted on all texts", {n: knots_only for n in texts})
    report(
        "shipped weights, knots fitted on the other texts (leave one text out)",
        {n: model(n, fit=False) for n in texts},
    )
    pooled = model(None, fit=True)
    report("weights and knots fitted on all texts", {n: pooled for n in texts})
    loto = {n: model(n, fit=True) for n in texts}
    report("weights and knots fitted on the other texts (leave one text out)", loto)
    print("# Knots for the shipped weights (paste as confidence.CALIBRATION):")
    print(f"CALIBRATION: tuple[tuple[float, float], ...] = {knots_only[1]}")
    print("# Fitted weights and their knots (paste both only if their leave-one-text-out")
    print("# figures beat the shipped weights' above):")
    print("WEIGHTS: dict[str, float] = {")
    for name in names:
        print(f'    "{name}": {pooled[0][name]},')
    print("}")
    print(f"CALIBRATION: tuple[tuple[float, float], ...] = {pooled[1]}")
    for name, (weights, _) in loto.items():
        spread = ", ".join(f"{n} {weights[n]:+.2f}" for n in names)
        print(f"  fitted without {name}: {spread}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
