"""A candidate's reasons (why extraction gave it its confidence) as stored on its term row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Only for types: importing duiyi.extract loads the whole extractor.
    from duiyi.extract.types import Reason


@dataclass(frozen=True)
class CandidateReason:
    """A factor that moved a stored candidate's confidence (duiyi.extract's Reason)."""

    name: str
    value: float
    weight: float

    @property
    def effect(self) -> float:
        """How far it moved the log-odds: positive marked the candidate up, negative down."""
        return self.value * self.weight


def stored_reasons(reasons: Sequence[Reason]) -> list[dict[str, Any]]:
    """The reasons as JSON-ready rows: name, value and weight."""
    return [{"name": r.name, "value": r.value, "weight": r.weight} for r in reasons]


def read_reasons(value: Any) -> tuple[CandidateReason, ...] | None:
    """The stored reasons back, in the extractor's order; None when none were stored (a term
    not from extraction, or a candidate stored before Duiyi kept them) or the value is not a
    list of them."""
    if not isinstance(value, list):
        return None
    return tuple(
        CandidateReason(str(row["name"]), float(row["value"]), float(row["weight"]))
        for row in value
        if isinstance(row, dict) and {"name", "value", "weight"} <= row.keys()
    )
