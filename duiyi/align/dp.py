"""A banded dynamic program that cuts two sequences into aligned beads (1-1, 2-1, 1-0, ...).

Both paragraph pairing and sentence alignment use it; only the bead costs differ.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Bead = tuple[int, int, int, int]
"""(i, j, di, dj): Chinese items i..i+di paired with English items j..j+dj."""

BeadCost = Callable[[int, int, int, int], float]
"""cost(i, j, di, dj) of one bead; math.inf forbids it."""


def best_beads(
    n: int,
    m: int,
    shapes: Sequence[tuple[int, int]],
    cost: BeadCost,
    *,
    band: int = 0,
) -> list[Bead]:
    """The cheapest way to cover n Chinese and m English items with beads of the given shapes.

    With band > 0 only cells near the diagonal are tried (about `band` items either side, see
    `half`), which keeps long inputs linear; band 0 tries every cell.
    """
    if n == 0 and m == 0:
        return []
    ratio = m / n if n else 0.0
    # Half the band's width in English items. Many English items to each Chinese one (long
    # sentences translated as many short ones): a band narrower than the ratio leaves no
    # path, and the full table it falls back to grows with n * m. Many Chinese items to each
    # English one: `band` English items would be nearly all of them in every row; `band`
    # Chinese items' worth is enough, plus room for the Chinese items in excess (up to `band`
    # more), which may be one untranslated run (a preface) that leaves the diagonal by as many.
    half: float = band
    if band > 0 and ratio >= 1:
        half = max(band, math.ceil(ratio))
    elif band > 0:
        half = (band + min(n - m, band)) * ratio + 2

    def in_band(i: int, j: int) -> bool:
        if band <= 0 or n == 0:
            return True
        return abs(j - i * ratio) <= half

    best: dict[tuple[int, int], tuple[float, Bead | None]] = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        if band > 0 and n:
            low = max(0, math.floor(i * ratio - half))
            high = min(m, math.ceil(i * ratio + half))
        else:
            low, high = 0, m
        for j in range(low, high + 1):
            here = best.get((i, j))
            if here is None:
                continue
            base = here[0]
            for di, dj in shapes:
                ni, nj = i + di, j + dj
                if ni > n or nj > m or not in_band(ni, nj):
                    continue
                c = cost(i, j, di, dj)
                if c == math.inf:
                    continue
                total = base + c
                old = best.get((ni, nj))
                if old is None or total < old[0]:
                    best[(ni, nj)] = (total, (i, j, di, dj))
    end = best.get((n, m))
    if end is None:
        # The band was too narrow for this input; fall back to the full table.
        if band > 0:
            return best_beads(n, m, shapes, cost, band=0)
        raise AssertionError("no alignment path")  # 1-0 and 0-1 shapes always give one
    beads: list[Bead] = []
    cell = (n, m)
    while cell != (0, 0):
        bead = best[cell][1]
        assert bead is not None
        beads.append(bead)
        cell = (bead[0], bead[1])
    beads.reverse()
    return beads
