"""What every export needs from a drill: one-line texts, the answers a quiz tool should accept,
and a clear refusal when a format cannot hold the drill's kind of question."""

from __future__ import annotations

from duiyi.cells import one_line
from duiyi.drill.build import Drill, DrillItem
from duiyi.drill.spelling import american_text
from duiyi.drill.terms import Direction
from duiyi.errors import UnsupportedFormat
from duiyi.study.typed import english_variants

DEFAULT_TITLE = "词汇练习 Vocabulary drill"


def title_of(drill: Drill) -> str:
    """The drill's title on one line, or the default one."""
    return one_line(drill.settings.title) or DEFAULT_TITLE


def stem(item: DrillItem) -> str:
    """The question as a quiz tool shows it: the prompt on one line."""
    return one_line(item.prompt)


def is_choice(item: DrillItem) -> bool:
    """Whether the item is multiple choice (else it is a blank to fill in)."""
    return bool(item.options)


def blank_answers(item: DrillItem) -> list[str]:
    """Every text a quiz tool that compares exactly should accept for a blank: each rendering's
    `;` alternatives and (optional) words spelled out, in British and American spelling."""
    if item.direction is Direction.EN_ZH:
        texts = [one_line(a.text) for a in item.accepted]
    else:
        texts = []
        for answer in item.accepted:
            for variant in english_variants(answer.text):
                texts.extend((one_line(variant), one_line(american_text(variant))))
    out: list[str] = []
    for text in texts:
        if text and text not in out:
            out.append(text)
    return out


def require_choices(drill: Drill, format_name: str) -> None:
    """Refuse a drill without multiple-choice items for a format that holds only those."""
    if not drill.items or not all(is_choice(item) for item in drill.items):
        raise UnsupportedFormat(
            f"{format_name} holds only multiple-choice questions: build the drill in mode mc"
        )
