"""Where the right option goes: spread over the letters evenly by construction, not by chance."""

from __future__ import annotations

import random


def balanced_positions(count: int, slots: int, *, seed: int, rng: random.Random) -> list[int]:
    """`count` positions in range(slots), each used count // slots or one more times, in an
    order drawn from `rng`.

    The positions that get the extra use rotate with the seed, so over `slots` consecutive seeds
    every position is used exactly `count` times: a drill given with seeds 0..399 has each
    letter right equally often, not merely about as often.
    """
    if slots < 1:
        raise ValueError("slots must be at least 1")
    full, extra = divmod(count, slots)
    positions = [p for p in range(slots) for _ in range(full)]
    positions += [(seed + j) % slots for j in range(extra)]
    rng.shuffle(positions)
    return positions
