"""A drill built from terms and settings: which terms, in what order, asked which way, with which
options. The same terms, settings and seed give the same drill; another seed gives version B."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.drill.answers import are_twins, chinese_form, english_forms
from duiyi.drill.distractors import choose_distractors
from duiyi.drill.letters import balanced_positions
from duiyi.drill.terms import Direction, DrillSettings, DrillTerm, Mode
from duiyi.errors import InvalidInput

MATCHING_GROUP = 8
"""Pairs per matching exercise: as many as a class matches on one screen or half a page."""


@dataclass(frozen=True)
class Answer:
    """One right answer: English, or Chinese with its pinyin."""

    text: str
    pinyin: str = ""


@dataclass(frozen=True)
class DrillItem:
    """One question: the prompt, its right answers (the first shown in keys) and, for multiple
    choice, the options with the index of the right one."""

    number: int
    term_id: int
    direction: Direction
    prompt: str
    pinyin: str
    accepted: tuple[Answer, ...]
    options: tuple[str, ...] = ()
    right: int = -1
    seconds: int = 20

    @property
    def answer(self) -> str:
        """The answer a key shows."""
        return self.accepted[0].text

    @property
    def right_letter(self) -> str:
        """The letter of the right option (A, B, ...), "" when the item has no options."""
        return chr(ord("A") + self.right) if self.options else ""


@dataclass(frozen=True)
class MatchingGroup:
    """Up to MATCHING_GROUP items matched against their answers in a shuffled column."""

    items: tuple[DrillItem, ...]
    column: tuple[str, ...]

    def letter_of(self, item: DrillItem) -> str:
        """The letter of `item`'s answer in the shuffled column."""
        return chr(ord("A") + self.column.index(item.answer))


@dataclass(frozen=True)
class Drill:
    """The built drill; `requested` is the count asked for, more than len(items) when the
    selection held fewer usable terms."""

    settings: DrillSettings
    items: tuple[DrillItem, ...]
    groups: tuple[MatchingGroup, ...]
    requested: int


def build_drill(
    terms: Sequence[DrillTerm],
    settings: DrillSettings,
    *,
    pool: Sequence[DrillTerm] | None = None,
) -> Drill:
    """Build a drill of `settings.count` items from `terms`; multiple-choice distractors come
    from `pool` (the released terms the caller allows; `terms` when not given) and nothing else."""
    if settings.count < 1:
        raise InvalidInput(f"a drill needs at least one item, not {settings.count}")
    if settings.seconds < 1:
        raise InvalidInput(f"seconds per item must be at least 1, not {settings.seconds}")
    if settings.mode is Mode.MULTIPLE_CHOICE and not 2 <= settings.options <= 8:
        raise InvalidInput(f"multiple choice takes 2 to 8 options, not {settings.options}")
    pool = list(terms) if pool is None else list(pool)
    known = [*terms, *pool]
    rng = random.Random(settings.seed)
    chosen = _choose_terms(terms, settings.count, rng)
    if not chosen:
        raise InvalidInput("no term in the selection has both Chinese and English")
    directions = _directions(len(chosen), settings, rng)
    positions = balanced_positions(len(chosen), settings.options, seed=settings.seed, rng=rng)
    items: list[DrillItem] = []
    for number, (term, direction, position) in enumerate(
        zip(chosen, directions, positions, strict=True), 1
    ):
        item = _item(number, term, direction, known, settings.seconds)
        if settings.mode is Mode.MULTIPLE_CHOICE:
            item = _with_options(item, term, pool, known, settings.options, position, rng)
        items.append(item)
    groups = _groups(items, rng) if settings.mode is Mode.MATCHING else ()
    return Drill(settings, tuple(items), groups, settings.count)


def _choose_terms(terms: Sequence[DrillTerm], count: int, rng: random.Random) -> list[DrillTerm]:
    """`count` usable terms in a seeded order, leaving out twins of one already chosen (two
    items with interchangeable answers would each have two right answers)."""
    usable = sorted((t for t in terms if t.english and t.chinese), key=lambda t: t.term_id)
    rng.shuffle(usable)
    chosen: list[DrillTerm] = []
    for term in usable:
        if not any(are_twins(term, c) for c in chosen):
            chosen.append(term)
            if len(chosen) == count:
                break
    return chosen


def _directions(count: int, settings: DrillSettings, rng: random.Random) -> list[Direction]:
    if settings.direction is not Direction.MIXED:
        return [settings.direction] * count
    both = (Direction.ZH_EN, Direction.EN_ZH)
    return [both[p] for p in balanced_positions(count, 2, seed=settings.seed, rng=rng)]


def _item(
    number: int, term: DrillTerm, direction: Direction, known: Sequence[DrillTerm], seconds: int
) -> DrillItem:
    if direction is Direction.ZH_EN:
        accepted = _english_answers(term, known)
        return DrillItem(
            number, term.term_id, direction, term.chinese, term.pinyin, accepted, seconds=seconds
        )
    accepted = _chinese_answers(term, known)
    return DrillItem(number, term.term_id, direction, term.preferred, "", accepted, seconds=seconds)


def _english_answers(term: DrillTerm, known: Sequence[DrillTerm]) -> tuple[Answer, ...]:
    """The term's renderings, then those of other terms with the same Chinese."""
    form = chinese_form(term.chinese)
    texts = list(term.english)
    for other in known:
        if chinese_form(other.chinese) == form:
            texts.extend(e for e in other.english if e not in texts)
    return tuple(Answer(text) for text in texts)


def _chinese_answers(term: DrillTerm, known: Sequence[DrillTerm]) -> tuple[Answer, ...]:
    """The term's Chinese, then that of other terms sharing its preferred English."""
    wanted = english_forms(DrillTerm(term.term_id, "", "", (term.preferred,)))
    answers = [Answer(term.chinese, term.pinyin)]
    for other in known:
        if wanted & english_forms(other) and all(a.text != other.chinese for a in answers):
            answers.append(Answer(other.chinese, other.pinyin))
    return tuple(answers)


def _with_options(
    item: DrillItem,
    term: DrillTerm,
    pool: Sequence[DrillTerm],
    known: Sequence[DrillTerm],
    options: int,
    position: int,
    rng: random.Random,
) -> DrillItem:
    chinese = item.direction is Direction.EN_ZH
    wrong = choose_distractors(
        term, pool=pool, known=known, chinese_options=chinese, wanted=options - 1, rng=rng
    )
    if not wrong:
        raise InvalidInput(
            f"no wrong option for {term.chinese} / {term.preferred}: multiple choice needs more "
            "different terms in the released lessons"
        )
    # With fewer options than asked (a small pool) the letter stays within the options.
    right = position % (len(wrong) + 1)
    right_text = item.answer
    return DrillItem(
        item.number,
        item.term_id,
        item.direction,
        item.prompt,
        item.pinyin,
        item.accepted,
        (*wrong[:right], right_text, *wrong[right:]),
        right,
        item.seconds,
    )


def _groups(items: Sequence[DrillItem], rng: random.Random) -> tuple[MatchingGroup, ...]:
    groups: list[MatchingGroup] = []
    for start in range(0, len(items), MATCHING_GROUP):
        part = tuple(items[start : start + MATCHING_GROUP])
        column = [item.answer for item in part]
        rng.shuffle(column)
        groups.append(MatchingGroup(part, tuple(column)))
    return tuple(groups)
