"""What a cleaning step took out, grouped by key so the user can keep any of it in."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from duiyi.document import Removal

_EXAMPLES = 3
_EXAMPLE_CHARS = 80


@dataclass
class _Report:
    reason: str
    examples: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, text: str) -> None:
        self.count += 1
        text = " ".join(text.split())
        short = text if len(text) <= _EXAMPLE_CHARS else text[: _EXAMPLE_CHARS - 3] + "..."
        if short not in self.examples and len(self.examples) < _EXAMPLES:
            self.examples.append(short)


class Removals:
    """Collects removals by key; keys in `keep` are not to be removed at all."""

    def __init__(self, keep: Collection[str]) -> None:
        self.keep = frozenset(keep)
        self.reports: dict[str, _Report] = {}

    def allowed(self, key: str) -> bool:
        """Whether the user lets this kind of text be removed."""
        return key not in self.keep

    def note(self, key: str, reason: str, text: str) -> None:
        """Record one removal of `text` under `key`."""
        self.reports.setdefault(key, _Report(reason)).add(text)

    def result(self) -> tuple[Removal, ...]:
        """The removals, one per key, in the order they were first seen."""
        return tuple(
            Removal(key=key, reason=r.reason, examples=tuple(r.examples), count=r.count)
            for key, r in self.reports.items()
        )
