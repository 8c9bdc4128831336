"""What a drill is made of: the terms given to it, and the choices that shape it."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Direction(enum.Enum):
    """Which side is shown: Chinese asking for English, English asking for Chinese, or both."""

    ZH_EN = "zh-en"
    EN_ZH = "en-zh"
    MIXED = "mixed"


class Mode(enum.Enum):
    """How the class answers: from a projector, by choosing, typing (or a blank), or matching."""

    PROJECTOR = "projector"
    MULTIPLE_CHOICE = "mc"
    TYPING = "typing"
    MATCHING = "matching"


@dataclass(frozen=True)
class DrillTerm:
    """A term as a drill sees it; `english` holds its current renderings, the preferred first."""

    term_id: int
    chinese: str
    pinyin: str
    english: tuple[str, ...]
    document_ids: frozenset[int] = frozenset()
    deck_id: int | None = None
    lesson_ids: frozenset[int] = frozenset()
    tags: frozenset[str] = frozenset()

    @property
    def preferred(self) -> str:
        """The preferred English rendering ("" when the term has none)."""
        return self.english[0] if self.english else ""


@dataclass(frozen=True)
class DrillSettings:
    """The teacher's choices: the same settings and seed give the same drill."""

    direction: Direction = Direction.ZH_EN
    count: int = 20
    mode: Mode = Mode.MULTIPLE_CHOICE
    seconds: int = 20
    seed: int = 1
    options: int = 4
    """Options per multiple-choice item (the right one included)."""
    title: str = ""
