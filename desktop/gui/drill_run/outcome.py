"""What a drill run window hands back to the Drills screen when it closes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ItemResult:
    """One answer given in a run: the item, what was typed or chosen, and whether it was right."""

    item_number: int
    answer: str
    correct: bool


@dataclass(frozen=True)
class DrillRunOutcome:
    """The answers of one student (empty for a projector run), the items marked hard, and
    whether the run reached its end rather than being closed early."""

    results: tuple[ItemResult, ...]
    hard_items: tuple[int, ...]
    finished: bool
