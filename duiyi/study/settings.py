"""Study settings of a deck preset: retention, steps, daily limits, card types, typed answers.

Stored as JSON in `DeckPreset.config`; `from_dict` checks every value and says in one plain
sentence what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from duiyi.errors import InvalidInput
from duiyi.kinds import CardDirection

NEW_ORDERS = ("document", "frequency", "random")
LEECH_ACTIONS = ("tag", "suspend")

_STEP = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_MINUTES = {"s": 1 / 60, "m": 1.0, "": 1.0, "h": 60.0, "d": 1440.0}


@dataclass(frozen=True)
class DeckSettings:
    """How the cards of a deck are made and scheduled (defaults follow Anki's FSRS defaults)."""

    desired_retention: float = 0.9
    learning_steps: tuple[float, ...] = (1.0, 10.0)
    """Minutes between the first answers of a new card."""
    relearning_steps: tuple[float, ...] = (10.0,)
    """Minutes between the answers of a forgotten card."""
    maximum_interval: int = 36500
    """Days."""
    fuzz: bool = True
    new_per_day: int = 20
    reviews_per_day: int = 200
    new_order: str = "document"
    bury_other_direction: bool = True
    """Hide a term's other card until the next day once one of its cards was answered."""
    leech_threshold: int = 8
    leech_action: str = "tag"
    recognition: bool = True
    """Chinese -> English cards."""
    production: bool = True
    """English -> Chinese cards."""
    cloze: bool = False
    """Context cards: the source sentence with the term blanked, in either language."""
    typed_answers: bool = False
    accept_toneless_pinyin: bool = False
    accept_other_renderings: bool = True
    """Accept an 'accepted' English rendering as correct when the preferred one is asked."""
    rollover_hour: int = 4
    """The local hour at which a new study day starts."""
    backlog_cap: int = 0
    """At most this many overdue reviews (due before today) per day; 0 = no separate cap."""
    parameters: tuple[float, ...] | None = None
    """Personal FSRS weights from the optimizer; None = FSRS defaults."""

    def __post_init__(self) -> None:
        _check(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (steps as minutes)."""
        data = asdict(self)
        data["learning_steps"] = list(self.learning_steps)
        data["relearning_steps"] = list(self.relearning_steps)
        data["parameters"] = None if self.parameters is None else list(self.parameters)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DeckSettings:
        """Settings from stored or user-given values; missing keys take the defaults.

        Raises InvalidInput naming the first setting that is unknown or out of range.
        """
        if not data:
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            if key not in known:
                raise InvalidInput(f"Unknown study setting '{key}'.")
            values[key] = _convert(key, raw, cls.__dataclass_fields__[key].default)
        return cls(**values)

    def with_changes(self, **changes: Any) -> DeckSettings:
        """A copy with some values changed (validated like from_dict)."""
        merged = self.to_dict()
        merged.update(changes)
        return DeckSettings.from_dict(merged)

    @property
    def directions(self) -> tuple[CardDirection, ...]:
        """The card directions these settings make for each term."""
        out: list[CardDirection] = []
        if self.recognition:
            out.append(CardDirection.RECOGNITION)
        if self.production:
            out.append(CardDirection.PRODUCTION)
        if self.cloze:
            out.extend((CardDirection.CLOZE_ZH, CardDirection.CLOZE_EN))
        return tuple(out)


def parse_steps(text: str) -> tuple[float, ...]:
    """'1m 10m 1h' -> (1.0, 10.0, 60.0) minutes; raises InvalidInput on a bad step."""
    steps: list[float] = []
    for part in text.replace(",", " ").split():
        match = _STEP.match(part)
        if match is None:
            raise InvalidInput(f"'{part}' is not a step; write steps like 1m 10m 1h 1d.")
        steps.append(float(match.group(1)) * _UNIT_MINUTES[match.group(2)])
    return tuple(steps)


def _convert(key: str, raw: Any, default: Any) -> Any:
    """Turn a JSON value into the field's type, or raise InvalidInput."""
    if key in ("learning_steps", "relearning_steps"):
        if isinstance(raw, str):
            return parse_steps(raw)
        if isinstance(raw, list | tuple):
            steps: list[float] = []
            for item in raw:
                if isinstance(item, str):
                    steps.extend(parse_steps(item))
                elif isinstance(item, int | float) and not isinstance(item, bool):
                    steps.append(float(item))
                else:
                    raise InvalidInput(f"The setting '{key}' must be a list of minutes.")
            return tuple(steps)
        raise InvalidInput(f"The setting '{key}' must be a list of minutes.")
    if key == "parameters":
        if raw is None:
            return None
        if isinstance(raw, list | tuple) and all(
            isinstance(x, int | float) and not isinstance(x, bool) for x in raw
        ):
            return tuple(float(x) for x in raw)
        raise InvalidInput("The setting 'parameters' must be a list of numbers.")
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        raise InvalidInput(f"The setting '{key}' must be true or false.")
    if isinstance(default, int):
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            return int(raw)
        raise InvalidInput(f"The setting '{key}' must be a whole number.")
    if isinstance(default, float):
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return float(raw)
        try:
            return float(str(raw))
        except ValueError:
            raise InvalidInput(f"The setting '{key}' must be a number.") from None
    if isinstance(default, str):
        if isinstance(raw, str):
            return raw.strip().lower()
        raise InvalidInput(f"The setting '{key}' must be text.")
    return raw


def _check(s: DeckSettings) -> None:
    """Raise InvalidInput for the first value out of range."""
    if not 0.70 <= s.desired_retention <= 0.99:
        raise InvalidInput(
            f"Desired retention must be between 0.70 and 0.99, not {s.desired_retention}."
        )
    for name, steps in (("learning", s.learning_steps), ("relearning", s.relearning_steps)):
        if any(step <= 0 for step in steps):
            raise InvalidInput(f"Every {name} step must be longer than zero.")
    if not 1 <= s.maximum_interval <= 36500:
        raise InvalidInput("The maximum interval must be between 1 and 36500 days.")
    if s.new_per_day < 0 or s.reviews_per_day < 0 or s.backlog_cap < 0:
        raise InvalidInput("Daily limits cannot be negative.")
    if s.new_order not in NEW_ORDERS:
        raise InvalidInput(f"New cards can be shown in {', '.join(NEW_ORDERS)} order only.")
    if s.leech_threshold < 1:
        raise InvalidInput("The leech threshold must be at least 1 lapse.")
    if s.leech_action not in LEECH_ACTIONS:
        raise InvalidInput("A leech can be tagged or suspended only.")
    if not 0 <= s.rollover_hour <= 23:
        raise InvalidInput("The day rollover hour must be between 0 and 23.")
    if s.parameters is not None and len(s.parameters) != 21:
        raise InvalidInput("Personal FSRS parameters must be 21 numbers.")
    if not (s.recognition or s.production or s.cloze):
        raise InvalidInput("Turn on at least one card type.")


DEFAULT_SETTINGS = DeckSettings()

__all__ = ["DEFAULT_SETTINGS", "LEECH_ACTIONS", "NEW_ORDERS", "DeckSettings", "parse_steps"]
