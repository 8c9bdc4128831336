"""Personal FSRS parameters from the review history (the optional `duiyi[optimizer]` extra).

The optimizer needs torch, which is large; without it the user is told how to add it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import datetime

from fsrs import Rating as FsrsRating
from fsrs import ReviewLog

from duiyi.errors import DuiyiError
from duiyi.study.days import as_utc

MIN_REVIEWS = 1000
INSTALL_HINT = "pip install 'duiyi[optimizer]'"

LogRow = tuple[int, int, datetime, int]
"""(card id, rating 1-4, review time, duration in ms)."""


class OptimizerMissing(DuiyiError):
    """The optional optimizer (torch) is not installed."""


def optimizer_available() -> bool:
    """True when fsrs's optimizer and torch can be imported."""
    try:
        importlib.import_module("torch")
    except ImportError:
        return False
    return hasattr(importlib.import_module("fsrs.optimizer"), "Optimizer")


def optimal_parameters(rows: Sequence[LogRow]) -> tuple[float, ...]:
    """Fit the 21 FSRS parameters to the review history; raises OptimizerMissing without torch."""
    if not optimizer_available():
        raise OptimizerMissing(
            "The optimizer needs the optional PyTorch package; add it with: " + INSTALL_HINT
        )
    module = importlib.import_module("fsrs.optimizer")
    logs = [
        ReviewLog(
            card_id=card_id,
            rating=FsrsRating(rating),
            review_datetime=as_utc(moment),
            review_duration=duration,
        )
        for card_id, rating, moment, duration in rows
    ]
    parameters = module.Optimizer(logs).compute_optimal_parameters()
    return tuple(float(p) for p in parameters)
