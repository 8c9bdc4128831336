"""Term lists copied from a PDF with the line breaks in the wrong place.

A two-column term list copied out of a PDF often comes out as one stream: "国务院" on the first
line, then "the State Council 国务院总理", "Premier of the State Council 代表…", each line holding
one entry's English and the NEXT entry's Chinese. Read line by line, every Chinese term gets its
neighbour's English. Here the text is read as alternating Chinese and English runs, each Chinese
run paired with the English run that follows it (or precedes it, for a list written English
first), and the reading is kept only when the dictionary agrees with it better than with the
line-by-line one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from duiyi.document import GlossaryEntry
from duiyi.script import HAN

Language = Literal["zh", "en"]

# Chinese punctuation (《》、。「」 and the full-width ，：（）) counts with the Chinese run.
_ZH_CHAR = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef]")
_EN_CHAR = re.compile("[A-Za-z]")
# A number spaced before one of these belongs to the Chinese after it ("2022 年", "5 日").
_UNITS = "年月日号届次个万亿"
_NUMBERS_BEFORE_UNIT = re.compile(r"\d[\d\s]*$")
# PDF copies double a date's digits ("2 2022 年 3 3 月"): a lone digit repeating the next number.
_DOUBLED_DIGIT = re.compile(f"(?<!\\d)(\\d)\\s+(?=\\1\\d*\\s*[{_UNITS}])")
_SPACE_IN_CHINESE = re.compile(f"(?<=[{HAN}\\d])\\s+(?=[{HAN}\\d])")
_EDGE_ELLIPSIS = re.compile(r"^(?:…|\.\.\.)+\s*|\s*(?:…|\.\.\.)+$")
_MIN_ROWS = 4
# A word of Latin letters or digits glued to Chinese belongs to it when short (T恤, A股); a
# longer one is English whose space was lost in the copy.
_GLUED_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,4}(?![A-Za-z0-9])")
_HAN_AT = re.compile(f"[{HAN}]")


@dataclass(frozen=True)
class Run:
    """A stretch of one line in one script."""

    language: Language
    text: str


def _language(char: str) -> Language | None:
    if _ZH_CHAR.match(char):
        return "zh"
    if _EN_CHAR.match(char):
        return "en"
    return None


def _other(language: Language) -> Language:
    return "en" if language == "zh" else "zh"


def _gap_cut(gap: str, following: str) -> int:
    """Where the neutral characters between two runs of different scripts are cut: a number
    spaced before a Chinese unit goes with the Chinese, otherwise whatever is glued to the
    following run goes with it."""
    if following[:1] in _UNITS:
        numbers = _NUMBERS_BEFORE_UNIT.search(gap)
        if numbers is not None:
            return numbers.start()
    spaces = [i for i, char in enumerate(gap) if char.isspace()]
    return spaces[-1] + 1 if spaces else 0


def _glued_to_chinese(line: str) -> set[int]:
    """Where a short word of Latin letters or digits is glued to a Han character (X光, 卡拉OK,
    5G网络): it is part of the Chinese term."""
    glued: set[int] = set()
    for word in _GLUED_WORD.finditer(line):
        if _HAN_AT.match(line[word.start() - 1 : word.start()]) or _HAN_AT.match(
            line[word.end() : word.end() + 1]
        ):
            glued.update(range(word.start(), word.end()))
    return glued


def line_runs(line: str) -> list[Run]:
    """The line cut where its script changes; digits, spaces and marks go with a neighbour."""
    spans: list[tuple[Language, int, int]] = []
    glued = _glued_to_chinese(line)
    for index, char in enumerate(line):
        language = "zh" if index in glued else _language(char)
        if language is None:
            continue
        if spans and spans[-1][0] == language:
            spans[-1] = (language, spans[-1][1], index + 1)
        else:
            spans.append((language, index, index + 1))
    if not spans:
        return []
    bounds = [0]
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        bounds.append(end + _gap_cut(line[end:start], line[start:]))
    bounds.append(len(line))
    runs = []
    for (language, _, _), (start, end) in zip(spans, itertools.pairwise(bounds), strict=True):
        text = line[start:end].strip()
        if text:
            runs.append(Run(language, text))
    return runs


def _chinese(text: str) -> str:
    text = _DOUBLED_DIGIT.sub("", text)
    return _EDGE_ELLIPSIS.sub("", _SPACE_IN_CHINESE.sub("", text)).strip()


def _english(text: str) -> str:
    return _EDGE_ELLIPSIS.sub("", text).strip()


@dataclass(frozen=True)
class ShiftedList:
    """The pairs of a list read as a stream, and how many rows were left out as unclear."""

    entries: tuple[tuple[int, GlossaryEntry], ...]
    unclear: tuple[tuple[int, str, str], ...]
    """Rows left out: the line number, the Chinese and the English it would have had."""


def shifted_pairs(lines: Sequence[str], numbers: Sequence[int]) -> ShiftedList | None:
    """The term pairs of lines written "English 下一个中文" (or "中文 next English"), each
    Chinese run paired across the line break; None when the lines are not in that shape.

    The head of each pair is the run that ends a line; it is paired with the run that starts the
    next line. A head on its own line right after another lone line of the same script may be
    furniture or a title as well as a term: that row is left out as unclear.
    """
    runs = [line_runs(line) for line in lines]
    two = [r for r in runs if len(r) == 2 and r[0].language != r[1].language]
    if len(two) < _MIN_ROWS:
        return None
    tail_first = sum(1 for r in two if r[0].language == "en")
    tail: Language = "en" if 2 * tail_first >= len(two) else "zh"
    found: list[tuple[int, GlossaryEntry]] = []
    unclear: list[tuple[int, str, str]] = []
    head: Run | None = None
    head_number = 0
    head_alone = False
    previous_lone: Language | None = None
    for number, line_run in zip(numbers, runs, strict=True):
        shaped = len(line_run) == 2 and (line_run[0].language, line_run[1].language) == (
            tail,
            _other(tail),
        )
        lone = len(line_run) == 1
        if lone and line_run[0].language != tail:
            head, head_number = line_run[0], number
            head_alone = previous_lone == line_run[0].language
            previous_lone = line_run[0].language
            continue
        if (shaped or lone) and head is not None:
            pair = (head, line_run[0]) if tail == "en" else (line_run[0], head)
            chinese, english = _chinese(pair[0].text), _english(pair[1].text)
            if head_alone:
                unclear.append((head_number, chinese, english))
            elif chinese and english:
                found.append((head_number, GlossaryEntry(chinese, (english,))))
        head = line_run[1] if shaped else None
        head_number, head_alone = number, False
        previous_lone = line_run[0].language if lone else None
    if len(found) < _MIN_ROWS:
        return None
    return ShiftedList(tuple(found), tuple(unclear))


def _spelled(chinese: str, english: str) -> bool:
    """Whether two neighbouring characters of the Chinese are spelled in the English (a name
    in pinyin: 张明华 / Zhang Minghua)."""
    from pypinyin import lazy_pinyin

    letters = re.sub("[^a-z]", "", english.lower())
    syllables = lazy_pinyin(re.sub(f"[^{HAN}]", "", chinese))
    return any(first + second in letters for first, second in itertools.pairwise(syllables))


def dictionary_support(entries: Sequence[GlossaryEntry]) -> int:
    """How many pairs have a Chinese word whose dictionary glosses are in their English, or
    Chinese characters spelled in it in pinyin."""
    from duiyi.align.anchors import dictionary_words, english_words

    supported = 0
    for entry in entries:
        english = " ".join(entry.english)
        words = english_words(english)
        glossed = any(glosses & words for glosses in dictionary_words(entry.chinese))
        if glossed or _spelled(entry.chinese, english):
            supported += 1
    return supported
