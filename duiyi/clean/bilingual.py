"""Lines holding both languages: a bilingual heading ("Taboos 春节禁忌") or sentences in the
two languages by turns, cut where the language changes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from duiyi.align.numbering import numbering_prefix, strip_numbering
from duiyi.document import Lang
from duiyi.script import HAN, block_language

# English then Chinese ("Taboos 春节禁忌"), or Chinese then English of two words or more
# ("三、实践路径 Path to Realization"), parted by a space; an acronym or a name inside a
# Chinese sentence ("COVID-19 疫情", "由 Google") is not a second language.
_HAN_CHAR = re.compile(f"[{HAN}]")
_ZH_CLOSING = re.compile(f"[{HAN}）)》”。？！]$")
_LATIN = re.compile(r"[A-Za-z]")
_LOWER = re.compile(r"[a-z]")
_TWO_WORDS = re.compile(r"^[A-Za-z]\S*\s+[A-Za-z]")
_ZH_PUNCTUATION = re.compile(r"[，。；：？！,.;:?!]")
_SHORT_HEADING = 30
_ABBREVIATION = re.compile(r"^[a-z]{1,5}\.$")


def _heading_word(chinese: str, english: str) -> bool:
    """A one-word English heading after a Chinese one ("春节禁忌 Taboos")."""
    return (
        len(chinese) + len(english) <= _SHORT_HEADING
        and english[:1].isupper()
        and english.isalpha()
        and len(_HAN_CHAR.findall(chinese)) >= 2
        and not _ZH_PUNCTUATION.search(chinese)
    )


# "English（中文）" or "中文（English）" ending a line, perhaps after a short Chinese label and a
# colon ("主句：Their confidence grew（他们的信心增强了）"): the bracket holds the translation.
_END_BRACKET = re.compile(r"[（(]([^（）()]+)[）)][。.，,;；]?$")
_LABEL = re.compile(r"^[^A-Za-z：:]{1,24}[：:]\s*")
# English letters per Han character of a translation: narrower for a bracket, where a gloss on
# one word ("We walked to the Drum Tower（鼓楼）") is much shorter than the sentence.
_BRACKET_RATIO = (2.0, 6.0)
_TRANSLATION_RATIO = (1.5, 6.0)


def _han(text: str) -> int:
    return len(_HAN_CHAR.findall(text))


def _letters(text: str) -> int:
    return len(_LATIN.findall(text))


_ENGLISH_WORDS = re.compile(r"[A-Za-z]+\s+[a-z]+")


def _translated_beside(line: str, neighbours: Sequence[str]) -> bool:
    """Whether a line beside this one is its translation: wholly in one language, and longer
    than the line's text in that language by what fits its text in the other."""
    low, high = _TRANSLATION_RATIO
    han, letters = _han(line), _letters(line)
    for neighbour in neighbours:
        their_han, their_letters = _han(neighbour), _letters(neighbour)
        if their_han == 0 and han and block_language(neighbour) == "en":
            extra, fits = their_letters - letters, han
        elif (
            2 * their_letters < their_han
            and letters
            and not _ENGLISH_WORDS.search(neighbour)
            and block_language(neighbour) == "zh"
        ):
            extra, fits = letters, their_han - han
        else:
            continue
        if low * fits <= extra <= high * fits:
            return True
    return False


def _bracketed(line: str, neighbours: Sequence[str] = ()) -> list[str] | None:
    """A line whose closing bracket translates the text before it, as [text, translation];
    None when a line beside it translates the whole line (the bracket glosses a word)."""
    bracket = _END_BRACKET.search(line)
    if bracket is None:
        return None
    inner = bracket.group(1).strip()
    body = line[: bracket.start()].strip()
    label = _LABEL.match(body)
    prefix = ""
    if label is not None and _HAN_CHAR.search(label.group()):
        prefix, body = label.group().strip(), body[label.end() :].strip()
    inner_han, body_han = _HAN_CHAR.search(inner), _HAN_CHAR.search(body)
    if body_han is None and inner_han is not None:
        english, chinese = body, inner
    elif inner_han is None and body_han is not None and not _LATIN.search(body):
        chinese, english = body, inner
    else:
        return None
    if block_language(english) != "en" or block_language(chinese) != "zh":
        return None
    han = len(_HAN_CHAR.findall(chinese))
    letters = len(english.replace(" ", ""))
    low, high = _BRACKET_RATIO
    # The sentence's translation beside it holds the glossed word too ("我们参观了鼓楼。").
    holding = [text for text in neighbours if inner.lower() in text.lower()]
    if not low * han <= letters <= high * han or _translated_beside(body, holding):
        return None
    chinese = prefix + chinese
    return [english, chinese] if body is english else [chinese, english]


# A title and its translation parted by one slash ("春节习俗 / Spring Festival Customs").
_SLASH = re.compile(r"\s+/\s+|\s*／\s*")


def _slashed(line: str) -> list[str] | None:
    """A line of Chinese and English parted by one slash, as its two parts; the Chinese part
    holds no English (a bracket after the English may hold a date in Chinese)."""
    parts = _SLASH.split(line)
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    first, second = (part.strip() for part in parts)
    if {block_language(first), block_language(second)} != {"zh", "en"}:
        return None
    chinese, english = (first, second) if block_language(first) == "zh" else (second, first)
    if _LATIN.search(chinese) or not _TWO_WORDS.match(english):
        return None
    return [first, second]


def _two_parts(line: str, neighbours: Sequence[str] = ()) -> list[str] | None:
    """A line that is Chinese and English side by side, cut at the language boundary."""
    bracketed = _bracketed(line, neighbours)
    if bracketed is not None:
        return bracketed
    slashed = _slashed(line)
    if slashed is not None:
        return slashed
    if neighbours and _bracketed(line) is not None:
        return None  # a bracket glossing a word of a sentence translated beside it
    first_han = _HAN_CHAR.search(line)
    if first_han is None or not _LATIN.search(line):
        return None
    parts: list[str] | None = None
    english, chinese = line[: first_han.start()], line[first_han.start() :]
    if english[-1:].isspace() and _LOWER.search(english) and not _LATIN.search(chinese):
        parts = [english.strip(), chinese.strip()]
    else:
        last = max(m.start() for m in _HAN_CHAR.finditer(line))
        gap = re.search(r"\s+", line[last:])
        if gap is not None:
            cut = last + gap.start()
            chinese, english = line[:cut].rstrip(), line[cut:].strip()
            if (
                _ZH_CLOSING.search(chinese)
                and (_TWO_WORDS.match(english) or _heading_word(chinese, english))
                and not _HAN_CHAR.search(english)
            ):
                parts = [chinese, english]
    if parts is None or {block_language(parts[0]), block_language(parts[1])} != {"zh", "en"}:
        return None
    if any(_ABBREVIATION.match(part) for part in parts):
        return None  # "adj. 普遍": a word class label belongs to the gloss it marks
    return parts


# An English full stop ends a piece before a space or, in text pasted without one, right after
# a word and before a Chinese character ("next door.他们", not the ellipsis of "被...深深"); a
# closing quote may come between.
_SENTENCE_PIECE = re.compile(
    ".+?(?:[。！？!?]+[”’」』）)]*|\\.[”’\"')]*(?=\\s|$)"
    f"|(?<=[A-Za-z0-9”’\"')])\\.[”’\"')]*(?=[{HAN}])|$)",
    re.S,
)


# An English piece glued to the Chinese after it is a sentence of its own only when it has
# three words and does not end in a number or an abbreviation ("Lesson 3.", "Dr.", "iPhone 15
# Pro.", "e.g."), nor opens the Chinese sentence as its quotation ("“Thanks.”她说").
_MIN_SENTENCE_WORDS = 3
_LABEL_END = re.compile(r"(?:\d|\b[A-Z][a-z]{0,2}|\.[a-z]{1,3})\.[”’\"')]*$")
_QUOTATION = re.compile(r"^[“‘\"'].*[”’\"']$", re.S)


def _glued_sentence(piece: str) -> bool:
    """Whether an English piece glued to the Chinese after it is a sentence, not a label."""
    return (
        len(piece.split()) >= _MIN_SENTENCE_WORDS
        and not _LABEL_END.search(piece)
        and not _QUOTATION.match(piece)
    )


def _language_runs(line: str) -> list[str] | None:
    """A line of sentences in both languages by turns ("Tea is served. 上茶。 ..."), cut
    where the language changes; None unless it changes at a sentence end."""
    if not _HAN_CHAR.search(line) or not _LOWER.search(line):
        return None
    runs: list[tuple[Lang, str]] = []
    carried = ""
    for match in _SENTENCE_PIECE.finditer(line):
        piece = carried + match.group().strip()
        carried = ""
        if not piece:
            continue
        glued = _HAN_CHAR.match(line, match.end()) is not None
        if glued and block_language(piece) == "en" and not _glued_sentence(piece):
            carried = piece  # a label or a quotation belongs to the Chinese it touches
            continue
        lang = block_language(piece)
        if lang is None:
            return None
        if runs and runs[-1][0] == lang:
            glue = "" if lang == "zh" else " "
            runs[-1] = (lang, runs[-1][1] + glue + piece)
        else:
            runs.append((lang, piece))
    if len(runs) < 2 or any(_ABBREVIATION.match(text) for _lang, text in runs):
        return None  # "adj. 普遍": a word class label belongs to the gloss it marks
    return [text for _lang, text in runs]


# Where Chinese and English meet without a sentence end: a Han character (and the marks after
# it) then Latin letters, or Latin letters (and marks) then a Han character.
_SCRIPT_CHANGE = re.compile(
    f"(?:(?<=[{HAN}])|(?<=[{HAN}][，。、；：！？”’）》,.;:!?]))\\s*(?=[A-Za-z])"
    f"|(?:(?<=[A-Za-z])|(?<=[A-Za-z][,;:.!?'\")]))\\s*(?=[{HAN}])"
)
_MIN_RUN_HAN = 4
_MIN_RUN_WORDS = 5
# Turns back and forth: one stretch of the other script inside a sentence ("我们将使用 machine
# learning and deep neural networks 来分析数据") is a quoted phrase, however long.
_MIN_RUNS = 4
# Clauses by turns translate each other: each Chinese one fits the length of an English one
# beside it (roughly: subtitles are cut where the speaker pauses).
_CLAUSE_RATIO = (1.2, 8.0)


def _clauses_by_turns(parts: list[str]) -> bool:
    """Whether the parts alternate as translations: as many in each language, and each
    Chinese part as long as an English part next to it."""
    chinese = [i for i, part in enumerate(parts) if _HAN_CHAR.search(part)]
    if 2 * len(chinese) != len(parts):
        return False
    low, high = _CLAUSE_RATIO
    for i in chinese:
        han = _han(parts[i])
        beside = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts)]
        if not any(low * han <= _letters(part) <= high * han for part in beside):
            return False
    return True


def _script_runs(line: str, neighbours: Sequence[str] = ()) -> list[str] | None:
    """A line of subtitles or clauses in both languages by turns, glued without sentence ends
    ("...on my side, 包括所有人including all those who 他们支持to speak in ..."): cut where
    the script changes, when it changes back and forth and every part is a clause (four Han
    characters, five English words); a name or a term inside a sentence is shorter."""
    if not _HAN_CHAR.search(line) or not _LOWER.search(line):
        return None
    parts = [part.strip() for part in _SCRIPT_CHANGE.split(line)]
    if len(parts) < _MIN_RUNS:
        return None
    for part in parts:
        if _HAN_CHAR.search(part):
            if _LATIN.search(part) or len(_HAN_CHAR.findall(part)) < _MIN_RUN_HAN:
                return None
        elif len(part.split()) < _MIN_RUN_WORDS:
            return None
    if not _clauses_by_turns(parts) or _translated_beside(line, neighbours):
        return None
    return parts


# Units glued with no sentence end between the languages: a Chinese unit, then its English
# ("粮食产量1.39万亿斤Grain output reached...", "各位代表:Fellow Deputies,", "政府工作报告REPORT ON
# THE WORK OF THE GOVERNMENT"), perhaps several on a line. A stretch without Han characters is
# English of its own when it has two words or more and reads as English; a term, a name or a
# quotation inside a Chinese sentence ("使用GDP核算", "iPhone手机", "他说“I see.”") stays in it.
_NO_HAN = re.compile(f"[^{HAN}]+")
_WIDE_PUNCTUATION = re.compile(r"[，。；：！？（）《》、【】「」『』]")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")
_OPENING = "“‘\"'(（《「『【"
_CLOSED = re.compile(r"[.!?][”’\"')]*$|\d$")
_PAUSED = re.compile(r"[,;:][”’\"')]*$")
# Digits glued to the last word of the English ("...GOVERNMENT2008年") or after its full stop
# ("...last year. 2024年") begin the Chinese that follows.
# A number set off by a space before the first word opens the English ("...所120 new schools").
_LEADING_NUMBER = re.compile(r"\d[\d.,]*\s+$")
_TRAILING_NUMBER = re.compile(r"(?:(?<=[A-Za-z])|(?<=[.!?;:])\s*)\d[\d.,]*$")
# English letters per Han character over the units paired: a Chinese sentence ending in an English
# name ("我最喜欢的电影是Star Wars") has too few for a translation.
_UNIT_RATIO = (1.0, 8.0)
_HEADING_WORD = 3
_MIN_LONG_WORDS = 2


def _words(english: str) -> list[str]:
    return [word for word in english.split() if _LATIN.search(word)]


def _all_capitals(english: str) -> bool:
    """A heading in capitals ("REPORT ON THE WORK"), not a row of acronyms ("GDP CPI")."""
    long_words = [word for word in _words(english) if len(word) > _HEADING_WORD]
    return not _LOWER.search(english) and len(long_words) >= _MIN_LONG_WORDS


def _title_case(english: str) -> bool:
    """Whether the words longer than three letters all start with a capital."""
    long_words = [word for word in english.split() if len(word) > _HEADING_WORD]
    return bool(long_words) and all(word[:1].isupper() for word in long_words)


def _english_unit(english: str, before: str, after: str, beyond: str) -> bool:
    """Whether a stretch without Han characters is English of its own, not a word or a
    quotation inside the Chinese around it."""
    if len(_words(english)) < 2 or _WIDE_PUNCTUATION.search(english):
        return False
    if english.count("(") != english.count(")") or before.rstrip()[-1:] in _OPENING:
        return False
    if before[-1:].isspace() and not _ZH_PUNCTUATION.search(before.rstrip()[-1:]):
        return False  # "使用 machine learning 来": a phrase set off by spaces inside a sentence
    readable = (
        _LOWER_WORD.search(english)
        or _CLOSED.search(english)
        or _PAUSED.search(english)
        or _heading(english, before.strip(), after, beyond)
    )
    return bool(readable) and block_language(english) == "en"


def _glued(after: str) -> bool:
    """Whether Chinese follows an English stretch with no punctuation between them."""
    return bool(_HAN_CHAR.match(after.lstrip()))


def _heading(english: str, chinese: str, after: str, beyond: str) -> bool:
    """An English heading: in capitals, or in title case and numbered, or after a numbered
    Chinese heading ("四、治理架构Governance Framework"); `after` is the text after it in its
    run, `beyond` the runs after that on the line."""
    if _all_capitals(english):
        # Chinese glued after the capitals carries on their clause ("点击SAVE CHANGES按钮"),
        # unless a numbered Chinese heading leads them ("1、城市简介CITY PROFILE河流...").
        return not _glued(after) or bool(numbering_prefix(chinese))
    if not _title_case(english):
        return False
    if numbering_prefix(english):
        return True
    # A numbered Chinese item may hold a name ("2、安装Visual Studio Code后重启"): the English
    # is its heading only where it ends the line or the number is all the Chinese, or where
    # more English follows, the line a run of units ("二、交通Public Transport城里...Three bus").
    return bool(numbering_prefix(chinese)) and (
        not after.strip() or not strip_numbering(chinese) or _more_english(after + beyond)
    )


def _more_english(text: str) -> bool:
    """Whether the text holds a stretch of two English words or more."""
    return any(len(_words(stretch)) >= 2 for stretch in _NO_HAN.findall(text))


def _closed(english: str, chinese: str, after: str, beyond: str) -> bool:
    """Whether English followed by Chinese ends as a unit: at a full stop, a number, or as a
    heading; at a comma or colon only after Chinese that ends at one too ("各位代表:Fellow
    Deputies,"), not when a term inside a clause ends it ("称之为Belt and Road,它")."""
    if _CLOSED.search(english) or _heading(english, chinese, after, beyond):
        return True
    return bool(_PAUSED.search(english)) and bool(_ZH_PUNCTUATION.search(chinese[-1:]))


def _unit_runs(line: str, neighbours: Sequence[str] = (), beyond: str = "") -> list[str] | None:
    """A line of Chinese units each followed by its English, glued without a sentence end
    between them, cut into its units; None unless every English stretch closes a unit.
    `beyond` is the rest of the line when the line is one run of it."""
    if not _HAN_CHAR.search(line) or not _LATIN.search(line):
        return None
    parts: list[str] = []
    afters: list[str] = []  # the text after each English piece, as the line has it
    start = 0  # where the Chinese piece being built begins
    for stretch in _NO_HAN.finditer(line):
        letter = _LATIN.search(stretch.group())
        if letter is None:
            continue
        begin = stretch.start() + letter.start()
        leading = _LEADING_NUMBER.search(line, stretch.start(), begin)
        if leading is not None:
            begin = leading.start()
        end = stretch.end()
        number = _TRAILING_NUMBER.search(line, begin, end)
        if number is not None and end < len(line):
            end = number.start()
        english = line[begin:end].strip()
        if not _english_unit(english, line[start:begin], line[end:], beyond):
            continue
        if begin == 0 or not _HAN_CHAR.search(line, start, begin):
            return None  # English first: the sentence-end and heading rules cut those
        parts += [line[start:begin].strip(), english]
        afters.append(line[end:])
        start = end
    if not parts:
        return None
    if start < len(line) and line[start:].strip():
        parts.append(line[start:].strip())
    followed = range(1, len(parts) - 1, 2)  # the English pieces with Chinese after them
    if not all(_closed(parts[i], parts[i - 1], afters[i // 2], beyond) for i in followed):
        return None
    if any(block_language(part) != "zh" for part in parts[::2]):
        return None
    # A Chinese piece after the last English is the start of the next unit, its English on
    # the next line: only the pieces paired on this line have to fit each other.
    paired = "".join(parts[: len(parts) // 2 * 2])
    low, high = _UNIT_RATIO
    if not low * _han(paired) <= _letters(paired) <= high * _han(paired):
        return None
    # A heading is not a phrase quoted in a sentence, whatever stands beside the line; capitals
    # with Chinese glued after them may be a name inside a sentence, which its translation shows.
    headings = any(
        _heading(parts[i], parts[i - 1], afters[i // 2], beyond)
        and not (_all_capitals(parts[i]) and _glued(afters[i // 2]))
        for i in followed
    )
    if not headings and _translated_beside(line, neighbours):
        return None
    return parts


def _units(runs: list[str], neighbours: Sequence[str]) -> list[str]:
    """Each run cut further into Chinese units glued to their English, where it holds them."""
    return [
        unit
        for k, run in enumerate(runs)
        for unit in (_unit_runs(run, neighbours, "".join(runs[k + 1 :])) or [run])
    ]


def language_runs(line: str, neighbours: Sequence[str] = ()) -> list[str]:
    """The line cut where sentences change language, or where a Chinese unit meets its English
    without a sentence end; the line alone when they do not (or when a bracket at its end
    translates it: that line is cut by split_languages). `neighbours` are the lines beside it:
    one that translates it means it is one sentence, not a pair."""
    if _bracketed(line, neighbours) is not None:
        return [line]
    return _units(_language_runs(line) or _script_runs(line, neighbours) or [line], neighbours)


def split_languages(line: str, neighbours: Sequence[str] = ()) -> list[str]:
    """The line cut at its language boundaries (a bracket translating the text before it,
    sentences by turns, Chinese units glued to their English, or a bilingual heading);
    `neighbours` as for language_runs."""
    bracketed = _bracketed(line, neighbours)
    if bracketed is not None:
        return bracketed
    runs = _language_runs(line) or _script_runs(line, neighbours)
    if runs is not None:
        return _units(runs, neighbours)
    return _unit_runs(line, neighbours) or _two_parts(line, neighbours) or [line]


def two_languages(line: str) -> bool:
    """Whether the line is Chinese and English side by side."""
    return _two_parts(line) is not None
