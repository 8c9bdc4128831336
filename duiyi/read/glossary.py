"""Glossaries: term lists in the shapes real handouts use, and CSV/TSV tables of terms.

A handout line is a short Chinese term followed by its English: "数字鸿沟 digital divide",
"数字鸿沟：digital divide", "数字鸿沟（digital divide）", "数字鸿沟 [shùzì hónggōu]: digital
divide / digital gap", "数字鸿沟digital divide". The English starts after the last Han character,
so Latin inside the Chinese ("5G网络") stays with the Chinese.

Handouts written the other way round ("translate 翻译", "**digital divide** 数字鸿沟", OmegaT's
English-first glossaries) are read the other way round: the direction is decided once per file,
by whether its lines start with their Han characters or with their English. Rows whose Chinese
side holds no Chinese characters are left out and reported.

A list copied with each line holding one entry's English and the next entry's Chinese is read
across its line breaks (duiyi.read.shifted); one whose reading no word decides is left to be read
as text. A vocabulary row whose Chinese explains the word ("缺乏的意思，名词") is cut to its term
or left out.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from duiyi import counts
from duiyi.document import GlossaryEntry, SourceText
from duiyi.errors import InvalidInput
from duiyi.read.shifted import ShiftedList, dictionary_support, line_runs, shifted_pairs
from duiyi.script import HAN, block_language, han_ratio, latin_ratio
from duiyi.term_text import is_chinese_term, skipped_rows, strip_controls

Direction = Literal["zh-en", "en-zh"]

# Kana and Hangul count with the Han characters when finding where the "Chinese" side ends, so
# a Japanese or Korean cell is kept whole (and then left out for want of Chinese).
_CJK = HAN + "\u3040-\u30ff\uac00-\ud7af"
# The last Han character (with any closing quote or bracket of the Chinese) ends the Chinese.
_LAST_HAN = re.compile(f"[{_CJK}][”’」』》]*(?=[^{_CJK}]*$)")
_QUOTED = re.compile(r'^["“‘\'](.*)["”’\']$')
_NUMBERING = re.compile(
    r"^\s*(?:\d{1,4}\s*[.、)）:：]|[（(]\s*\d{1,4}\s*[）)]|[一二三四五六七八九十]{1,3}、|[-*•·●▪]\s)\s*"
)
_CHINESE_NOTE = re.compile(f"\\s*[（(]([^()（）]*[{HAN}][^()（）]*)[）)]\\s*$")
_BRACKETED = re.compile(r"^\s*[\[【(（]([^\]】)）]*)[\]】)）]\s*(.*)$")
_SEPARATOR = re.compile(r"^[\s:：=\-–—|,，、\t]+")
_TRAILING_SEPARATOR = re.compile(r"[\s:：=\-–—|,，、\t(（\[【]+$")
# Opening quotes and brackets that belong to a Chinese term starting after its English.
# Digits and capitals glued to it belong to the Chinese too: "5G网络", "AI技术".
_FIRST_HAN = re.compile(f"(?<![A-Za-z0-9])(?:[0-9A-Z][0-9A-Z-]*)?[《“‘「『]*[{_CJK}]|[{_CJK}]")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_ALTERNATIVES = re.compile(r"\s*[/;；]\s*")
_SENTENCE_END = re.compile("[。！？!?]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MAX_CHINESE = 30
_MAX_ENGLISH_WORDS = 20
_GLOSSARY_SHARE = 0.6
_TITLES = frozenset(
    ["glossary", "vocabulary", "terms", "key terms", "word list", "terminology", "new words"]
)
_HEADER_WORDS = frozenset(
    [
        "chinese",
        "english",
        "zh",
        "en",
        "cn",
        "chi",
        "chn",
        "eng",
        "pinyin",
        "notes",
        "note",
        "term",
        "terms",
        "translation",
        "translations",
        "source",
        "target",
        "comment",
        "comments",
        "remark",
        "remarks",
        "definition",
        "中文",
        "英文",
        "拼音",
        "备注",
        "注释",
        "术语",
        "译文",
        "原文",
        "汉语",
        "英语",
        "说明",
        "词条",
        "释义",
        "翻译",
        "序号",
        "no",
        "no.",
        "#",
        "id",
    ]
)


@dataclass(frozen=True)
class Glossary:
    """The term pairs a reader found, and the rows it left out (in the user's words)."""

    entries: tuple[GlossaryEntry, ...]
    notes: tuple[str, ...] = ()
    across_lines: bool = False
    """Read as a stream across line breaks (a shifted PDF copy): the whole text is the list."""

    def source(self, name: str, encoding: str | None) -> SourceText:
        """The glossary as what a reader returns; InvalidInput when every row was left out."""
        if not self.entries:
            problem = f"{name} has no rows with both a Chinese term and its English."
            raise InvalidInput(" ".join((problem, *self.notes)))
        return SourceText(
            name=name,
            format="glossary",
            encoding=encoding,
            blocks=(),
            glossary=self.entries,
            notes=self.notes,
        )


def line_direction(line: str) -> Direction | None:
    """zh-en when the line's Han characters come before its Latin letters, en-zh when after,
    None when it lacks one of them."""
    # A table row's edge pipes ("| 中文 | English |") are no part of either side.
    text = _NUMBERING.sub("", _EMPHASIS.sub("", line.strip().strip("|").strip()), count=1)
    han = _FIRST_HAN.search(text)
    latin = _LATIN_LETTER.search(text)
    if han is None or latin is None:
        return None
    return "zh-en" if han.start() <= latin.start() else "en-zh"


def file_direction(lines: Sequence[str]) -> Direction:
    """The direction most of a handout's two-language lines are written in (zh-en on a tie)."""
    found = [line_direction(line) for line in lines]
    english_first = sum(1 for d in found if d == "en-zh")
    return "en-zh" if english_first > sum(1 for d in found if d == "zh-en") else "zh-en"


def parse_glossary_line(line: str, direction: Direction = "zh-en") -> GlossaryEntry | None:
    """The term pair on one handout line, or None when the line is not in a glossary shape."""
    # A table row's edge pipes ("| 中文 | English |") are no part of either side.
    text = _NUMBERING.sub("", _EMPHASIS.sub("", line.strip().strip("|").strip()), count=1)
    if direction == "en-zh":
        return _english_first(text)
    notes = ""
    note = _CHINESE_NOTE.search(text)
    if note and _LAST_HAN.search(text[: note.start()]):
        notes, text = note.group(1).strip(), text[: note.start()]
    last = _LAST_HAN.search(text)
    if last is None:
        return None
    chinese = text[: last.end()].strip()
    rest = text[last.end() :]
    pinyin = ""
    bracket = _BRACKETED.match(rest)
    if bracket is not None:
        inside, after = bracket.group(1).strip(), bracket.group(2)
        if _SEPARATOR.sub("", after).strip():
            pinyin, rest = inside, after  # "中文 [zhōngwén]: Chinese": the bracket is a reading
        else:
            rest = inside  # "中文（Chinese）": the bracket is the translation
    english_text = _SEPARATOR.sub("", rest).strip()
    quoted = _QUOTED.match(english_text)
    if quoted is not None:
        english_text = quoted.group(1).strip()
    if not _plausible(chinese, english_text):
        return None
    english = tuple(part for part in _ALTERNATIVES.split(english_text) if part)
    return GlossaryEntry(chinese=chinese, english=english, pinyin=pinyin, notes=notes)


def _english_first(text: str) -> GlossaryEntry | None:
    """ "translate 翻译", "digital divide: 数字鸿沟", "digital divide（数字鸿沟）",
    "digital divide 数字鸿沟 [shùzì hónggōu]"."""
    first = _FIRST_HAN.search(text)
    last = _LAST_HAN.search(text)
    if first is None or last is None:
        return None
    english_text = _TRAILING_SEPARATOR.sub("", text[: first.start()]).strip()
    quoted = _QUOTED.match(english_text)
    if quoted is not None:
        english_text = quoted.group(1).strip()
    start, end = _bracketed_term(text, first.start(), last.end())
    chinese = text[start:end].strip()
    rest = text[end:].strip().lstrip(")）]】").strip()
    pinyin = notes = ""
    bracket = _BRACKETED.match(rest)
    if bracket is not None and not _SEPARATOR.sub("", bracket.group(2)).strip():
        pinyin = bracket.group(1).strip()  # "翻译 [fānyì]": the bracket is a reading
    elif rest:
        notes = _SEPARATOR.sub("", rest).strip()
    if not _plausible(chinese, english_text):
        return None
    english = tuple(part for part in _ALTERNATIVES.split(english_text) if part)
    return GlossaryEntry(chinese=chinese, english=english, pinyin=pinyin, notes=notes)


def _bracketed_term(text: str, start: int, end: int) -> tuple[int, int]:
    """The Chinese span widened to the bracket it opens or closes ("A股（名词）",
    "（简称）人大"), so a label's bracket is not cut in half."""
    chinese = text[start:end]
    opened = chinese.count("（") - chinese.count("）")
    if opened > 0 and text[end : end + 1] == "）":
        end += 1
    elif opened < 0 and text[:start].rstrip().endswith("（"):
        start = text.rindex("（", 0, start)
    return start, end


def _plausible(chinese: str, english: str) -> bool:
    if not chinese or not english or len(chinese) > _MAX_CHINESE:
        return False
    if english.lower().rstrip(":：") in _TITLES:
        return False  # "词汇表 Glossary" titles the handout
    if _SENTENCE_END.search(chinese) or "://" in english or english.startswith("www."):
        return False
    if not _LATIN_LETTER.match(english.lstrip("\"'“‘(0123456789")):
        return False
    return len(english.split()) <= _MAX_ENGLISH_WORDS


def looks_like_glossary(lines: Sequence[str], direction: Direction | None = None) -> bool:
    """True when most non-empty lines are a short Chinese term with its English (either way
    round; `direction` None decides it from the lines)."""
    useful = [line for line in lines if line.strip()]
    if not useful:
        return False
    way = direction or file_direction(useful)
    # A row counts only with Chinese characters on its Chinese side: "A:가" has the shape of a
    # term pair but would be dropped from the glossary, taking the text's prose with it.
    entries = (parse_glossary_line(line, way) for line in useful)
    shaped = sum(1 for entry in entries if entry is not None and _row_shaped(entry))
    return shaped >= _GLOSSARY_SHARE * len(useful)


# A glossary row's Chinese is a term: no clause break ("碳排放：城市要减少的排放", "减少碳排放，
# 发展…" are prose ending in a gloss), no run of English words inside it.
_CLAUSE_IN_TERM = re.compile("[，,；;。：:！？]")
_ENGLISH_WORDS = re.compile(r"[A-Za-z]+\s+[A-Za-z]+")
_OPENING = "([（【"
_CLOSING = ")]）】"


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _row_shaped(entry: GlossaryEntry) -> bool:
    """Whether a parsed line has the shape of a glossary row: a short Chinese term, and its
    rendering, each whole. A sentence with glosses inside it ("acquired (v. 取得) a new
    reputation (n. 名声)") parses with a bracket cut open on one side or the other."""
    if not is_chinese_term(entry.chinese):
        return False
    if _CLAUSE_IN_TERM.search(entry.chinese) or _ENGLISH_WORDS.search(entry.chinese):
        return False
    if not _balanced(entry.chinese):
        return False
    return all(_balanced(english) for english in entry.english) or _word_class_row(entry)


_WORD_CLASS_WORDS = 4


def _word_class_row(entry: GlossaryEntry) -> bool:
    """ "reputation (n. 名声)": a word whose bracket, opened before its word class, holds the
    Chinese and closes the line. A sentence with such a gloss goes on after the bracket, or
    has more words before it than a vocabulary item."""
    if len(entry.english) != 1 or entry.notes:
        return False
    english = entry.english[0]
    opened = max(english.rfind(bracket) for bracket in _OPENING)
    return opened >= 0 and len(english[:opened].split()) <= _WORD_CLASS_WORDS


def glossary_from_lines(
    lines: Sequence[str], direction: Direction | None = None
) -> tuple[GlossaryEntry, ...]:
    """The term pairs of a handout; lines in no glossary shape (titles, blanks) are skipped."""
    return glossary_of_lines(lines, direction=direction).entries


def glossary_of_lines(
    lines: Sequence[str],
    *,
    numbers: Sequence[int] | None = None,
    unit: str = "row",
    direction: Direction | None = None,
) -> Glossary:
    """The term pairs of a handout's lines (numbered by `numbers`, else from 1), in the file's
    direction; pairs whose Chinese side holds no Chinese characters are left out and reported."""
    way = direction or file_direction(lines)
    numbered = list(zip(numbers or range(1, len(lines) + 1), lines, strict=True))
    parsed = [(n, parse_glossary_line(line, way)) for n, line in numbered]
    return _checked([(n, e) for n, e in parsed if e is not None], unit)


def glossary_of_text(text: str, *, sample: int = 400) -> Glossary | None:
    """The glossary a plain text is, or None when its lines are not mostly term pairs.

    Lines holding tabs (OmegaT's and spreadsheet glossaries) are read as table rows, so the
    Chinese column is found by its characters whichever side it is on.
    """
    numbered = [
        (n, stripped)
        for n, line in enumerate(text.removeprefix("\ufeff").splitlines(), 1)
        if (stripped := line.strip())
    ]
    if not numbered:
        return None
    numbers = [n for n, _ in numbered]
    lines = [line for _, line in numbered]
    tabbed = sum(1 for line in lines[:sample] if "\t" in line)
    if tabbed >= _GLOSSARY_SHARE * min(len(lines), sample):
        rows = [[cell.strip() for cell in line.split("\t")] for line in lines]
        if not rows_are_terms(rows):
            return None
        found = glossary_of_rows(rows, numbers=numbers)
        return found if found.entries or found.notes else None
    if _is_markdown_table(lines[:sample]):
        return _markdown_glossary(numbered)
    direction = file_direction(lines[:sample])
    if not looks_like_glossary(lines[:sample], direction):
        return None
    found = glossary_of_lines(lines, numbers=numbers, direction=direction)
    unshifted = _unshifted(lines, numbers, found, sample=min(sample, _SHIFT_SAMPLE))
    return unshifted if unshifted.entries or unshifted.notes else None


# A Markdown table of terms (`| 中文 | English |` over a `|---|---|` rule), as study notes keep
# their vocabulary: read as table rows, so its edge pipes and header row are no part of a term.
_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _markdown_cells(line: str) -> list[str]:
    """The cells of one Markdown table row; a line that is no row is one cell."""
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [cell.strip() for cell in inner.split("|")]


def _is_row(line: str) -> bool:
    # A pipe at an edge or spaced off parts cells; `sort x|y` inside a sentence does not.
    parted = line.startswith("|") or line.endswith("|") or " | " in line
    return parted and len(_markdown_cells(line)) >= 2 and not _MARKDOWN_RULE.match(line)


def _outside(line: str) -> bool:
    return not _is_row(line) and not _MARKDOWN_RULE.match(line) and not line.startswith("#")


_ENDS_SENTENCE = re.compile(r"[。！？.!?][\"'’”）)]*$")


def _is_markdown_table(lines: Sequence[str]) -> bool:
    """True when the lines are the rows of a Markdown table under its rule, with fewer other
    lines than half its rows: study notes with sentences in both languages are a text."""
    if not any(_MARKDOWN_RULE.match(line) for line in lines):
        return False
    sentences = [line for line in lines if _outside(line) and _ENDS_SENTENCE.search(line)]
    if {_LAST_HAN.search(line) is None for line in sentences} == {True, False}:
        return False  # sentences in both languages around it: notes, read as a text
    outside = [line for line in lines if _outside(line)]
    return 2 * len(outside) < sum(1 for line in lines if _is_row(line))


def _markdown_glossary(numbered: Sequence[tuple[int, str]]) -> Glossary | None:
    """The term pairs of a Markdown table's rows; other lines than headings are reported."""
    rows = [(n, _markdown_cells(line)) for n, line in numbered if _is_row(line)]
    if not rows_are_terms([cells for _, cells in rows]):
        return None
    found = glossary_of_rows([cells for _, cells in rows], numbers=[n for n, _ in rows])
    outside = [(n, line) for n, line in numbered if _outside(line)]
    if outside:
        where, line = outside[0]
        shown = line if len(line) <= 40 else line[:39] + "…"
        note = (
            f"Left out {counts.counted(len(outside), 'line')} outside the table, "
            f"e.g. line {counts.number(where)}: {shown!r}."
        )
        found = replace(found, notes=(*found.notes, note))
    return found if found.entries or found.notes else None


# One reading of a list replaces the other only when the dictionary clearly prefers it, on
# enough lines to tell (looking up every line of a long glossary twice would slow its import).
_SHIFT_MARGIN = 3
_SHIFT_SAMPLE = 120


def _plausible_pairs(shifted: ShiftedList) -> list[tuple[int, GlossaryEntry]]:
    return [(n, e) for n, e in shifted.entries if _plausible(e.chinese, " ".join(e.english))]


def _clearly_more(more: int, less: int) -> bool:
    return more >= 2 * less and more - less >= _SHIFT_MARGIN


# A lone first or last line that is a label ("来源：网络", "Source: the web") or in brackets
# ("（完）") is a list's title or footer, not a term cut off from its neighbour.
_FURNITURE = re.compile(r"[:：()（）\[\]【】]")


def _shifted_shape(lines: Sequence[str], sample: int) -> tuple[bool, bool, bool]:
    """Whether the list shows the shape of one copied across its line breaks (some line in one
    script that is not a title or footer), and whether its first and last lines are such lone
    lines. A lone edge line is furniture when it is a label, in brackets, or the list's only
    lone line apart from those."""
    last = len(lines) - 1
    checked = {*range(min(sample, len(lines))), last}
    lone = {i for i in checked if len(line_runs(lines[i])) == 1}
    furniture = {i for i in lone & {0, last} if _FURNITURE.search(lines[i])}
    rest = lone - furniture
    if len(rest) == 1 and rest <= {0, last}:
        furniture |= rest
    showing = lone - furniture
    return bool(showing), 0 in showing, last in showing


def _unshifted(
    lines: Sequence[str], numbers: Sequence[int], by_line: Glossary, *, sample: int
) -> Glossary:
    """The list read across its line breaks when it was copied with each Chinese term on the
    line of its neighbour's English (see duiyi.read.shifted), else `by_line` (with a note when
    the list has the shifted shape but neither reading is clearly right). The readings are
    compared on the first `sample` lines, and only for a list showing the shifted shape."""
    shaped, opens_alone, closes_alone = _shifted_shape(lines, sample)
    first = shifted_pairs(lines[:sample], numbers[:sample]) if shaped else None
    if first is None:
        return by_line
    across = dictionary_support([e for _, e in _plausible_pairs(first)])
    along = dictionary_support(by_line.entries[: len(first.entries)])
    if not _clearly_more(across, along):
        if _clearly_more(along, across) or not (opens_alone and closes_alone):
            return by_line
        unsure = (
            "Read one pair a line, though the list opens and closes with a line in one "
            "language, as a list copied with each term's English on the next line does: "
            "check that the terms have their own English."
        )
        return replace(by_line, notes=(*by_line.notes, unsure))
    shifted = first if len(lines) <= sample else shifted_pairs(lines, numbers)
    if shifted is None:
        return by_line
    plausible = _plausible_pairs(shifted)
    found = _checked(plausible, "row")
    if not shifted.unclear:
        return Glossary(found.entries, found.notes, across_lines=True)
    where, chinese, english = shifted.unclear[0]
    unclear = (
        f"Left out {counts.counted(len(shifted.unclear), 'row')} whose English could belong "
        f"to another term, e.g. line {counts.number(where)}: {chinese} / {english}."
    )
    return Glossary(found.entries, (*found.notes, unclear), across_lines=True)


# Prose: a line no term can be (longer than any term's Chinese, or a sentence of English).
_PROSE_HAN = 30
_PROSE_WORDS = 15
_HAN_CHAR = re.compile(f"[{HAN}]")


def _prose_language(text: str) -> str | None:
    language = block_language(text)
    if language == "zh" and len(_HAN_CHAR.findall(text)) >= _PROSE_HAN:
        return "zh"
    if language == "en" and len(text.split()) >= _PROSE_WORDS:
        return "en"
    return None


def _one_script(text: str) -> str | None:
    """ "zh" or "en" for a line in one script only (a wrapped line of a paragraph), else None
    (a term line holds both)."""
    if han_ratio(text) == 1.0:
        return "zh"
    if latin_ratio(text) == 1.0:
        return "en"
    return None


def has_bilingual_prose(texts: Sequence[str]) -> bool:
    """Whether some of the texts are paragraphs of Chinese and some of English; lines in one
    script running on (a paragraph wrapped at a line's width) are judged together."""
    found: set[str] = set()
    runs: list[str] = []
    last: str | None = None
    for text in texts:
        script = _one_script(text) if text.strip() else None
        if script is not None and script == last:
            runs[-1] += " " + text
        else:
            runs.append(text)
        last = script
    for text in runs:
        language = _prose_language(text)
        if language is not None:
            found.add(language)
            if len(found) == 2:
                return True
    return False


_BOXED = re.compile(r"(\*\*|__)[^*_]+\1")


# Vocabulary terms are short; a longer bilingual line is a sentence with its translation.
_MAX_TERM_CHARS = 16
_MAX_TERM_WORDS = 8
_CLAUSE_MARK = re.compile("[，。；！？、]")
# A rendering is words: a style sheet's "color: #333" next to a Chinese comment is not one.
_RENDERING_WORDS = re.compile(r"^[A-Za-z][A-Za-z '’.()-]*$")


def vocabulary_sized(entry: GlossaryEntry) -> bool:
    """Whether a term line inside a text is a vocabulary item: a short Chinese term without
    clause marks and short English renderings in words (not a sentence with its translation)."""
    if not is_chinese_term(entry.chinese) or not entry.english:
        return False
    if len(entry.chinese) > _MAX_TERM_CHARS or _CLAUSE_MARK.search(entry.chinese):
        return False
    return all(
        len(english.split()) <= _MAX_TERM_WORDS and _RENDERING_WORDS.match(english)
        for english in entry.english
    )


_ENGLISH_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*$")
_SENTENCE_WORDS = 6


def reads_as_sentence(entry: GlossaryEntry) -> bool:
    """Whether a term line is a sentence with its translation (clause marks in the Chinese, or
    an English of several words ending as a sentence), not a term however long."""
    return bool(_CLAUSE_MARK.search(entry.chinese)) or any(
        len(english.split()) >= _SENTENCE_WORDS and _ENGLISH_SENTENCE_END.search(english)
        for english in entry.english
    )


def _annotated_sentence(entry: GlossaryEntry) -> bool:
    """A study note's line, not a term: an emphasised label before an English sentence or
    phrase and its Chinese translation in brackets (`**主句**：They agreed（他们同意了）`).
    The English is longer than a term, or the bracket is a translation, not a short note."""
    too_long = any(len(english.split()) > _MAX_TERM_WORDS for english in entry.english)
    return too_long or len(entry.notes) >= 2 * len(entry.chinese) + 2


# A study note explains a word in Chinese instead of translating it: "指的是…", "缺乏的意思，名词".
# The marker opens the explanation (at the start or after a clause break); inside a word
# (意思表示, 有意思) it is no marker. Markers that also begin words (表示方法, 比如说, 用于)
# explain only when more than a word's ending follows them.
_EXPLAINING = re.compile("^(?:指的是|是指|意为|意指|意味着)")
_EXPLAINING_WORD = re.compile(f"^(?:表示|用来|用于|例如|比如|比喻|形容)[{HAN}]{{3}}")
_WORD_CLASS = re.compile(
    "^(?:名词|动词|形容词|副词|介词|连词|代词|数词|量词|助词|叹词|短语|词组|"
    "及物动词|不及物动词|可数名词|不可数名词|简称|全称|缩写|俗称|又称|旧称|[a-z]{1,5}\\.)$"
)
_CLAUSE_BREAK = re.compile("[，,；;。：:（）()]")
_MEANING_OF = re.compile("^(.+?)(?:的意思|之意)$")
_TERM_CHINESE = re.compile(f"^[{HAN}A-Za-z0-9·]{{1,{_MAX_TERM_CHARS}}}$")


def _explains(text: str) -> bool:
    """Whether the text says what a word means ("表示一种状态"); the words 表示 and 形容词
    themselves are vocabulary like any other."""
    if _WORD_CLASS.match(text):
        return False
    return bool(_EXPLAINING.match(text) or _EXPLAINING_WORD.match(text))


def explained_term(chinese: str) -> str | None:
    """The term in a vocabulary row's Chinese: the Chinese itself when it is a term, the term
    cut out of a short explanation ("缺乏的意思，名词" -> 缺乏), None for an explanation with no
    term in it ("指的是一个词被创造出来")."""
    if len(chinese) > _MAX_TERM_CHARS and "的" in chinese:
        return None  # longer than a term and phrased as a description ("一个由…组成的地区")
    parts = [p.strip() for p in _CLAUSE_BREAK.split(chinese) if p.strip()]
    if len(parts) <= 1 and not _explains(chinese) and not _MEANING_OF.match(chinese):
        return chinese
    words = []
    for part in parts:
        meaning = _MEANING_OF.match(part)
        words.append(meaning.group(1) if meaning is not None else part)
    # Every part a term ("翻译；转化" lists senses, "缺乏，名词" adds a label): the first is it.
    terms = [w for w in words if not _WORD_CLASS.match(w)] or words[:1]
    if not terms or any(_explains(w) or not _TERM_CHINESE.match(w) for w in terms):
        return None
    return terms[0]


def explained(entry: GlossaryEntry) -> GlossaryEntry | None:
    """The row with its Chinese cut to the term it explains, or None when it names none."""
    term = explained_term(entry.chinese)
    if term is None:
        return None
    return entry if term == entry.chinese else replace(entry, chinese=term)


def _shortened(text: str, size: int) -> str:
    """The text's first `size` characters, cut before a bracket they would leave open."""
    cut = text[:size]
    opened = max(cut.rfind("（"), cut.rfind("("))
    if opened > max(cut.rfind("）"), cut.rfind(")")) and cut[:opened].strip():
        return cut[:opened].rstrip()
    return cut


def _explanations_note(dropped: Sequence[GlossaryEntry]) -> str:
    # No line number: the box's lines are counted without the blank ones.
    first = dropped[0]
    shown = first.chinese if len(first.chinese) <= 20 else _shortened(first.chinese, 19) + "…"
    return (
        f"Left out {counts.counted(len(dropped), 'vocabulary row')} whose Chinese explains the "
        f"word instead of translating it, e.g. {first.english[0]}: {shown!r}."
    )


def vocabulary_box(lines: Sequence[str]) -> tuple[list[bool], Glossary]:
    """The vocabulary-box lines inside a text (`**digital divide** 数字鸿沟`, `数字鸿沟
    **digital divide**`: one side emphasised) as term pairs, each read in its own direction,
    and which lines they were (so they are not paired as paragraphs)."""
    boxed: list[bool] = []
    found: list[tuple[int, GlossaryEntry]] = []
    explanations: list[GlossaryEntry] = []
    for number, line in enumerate(lines, 1):
        entry = None
        direction = line_direction(line) if _BOXED.search(line) else None
        if direction is not None:
            entry = parse_glossary_line(line, direction)
        if entry is not None and _annotated_sentence(entry):
            entry = None
        boxed.append(entry is not None)
        if entry is not None:
            term = explained(entry)
            if term is None:
                explanations.append(entry)  # a note line, neither a term nor prose
            else:
                found.append((number, term))
    checked = _checked(found, "row")
    if not explanations:
        return boxed, checked
    return boxed, Glossary(checked.entries, (*checked.notes, _explanations_note(explanations)))


def _checked(numbered: Sequence[tuple[int, GlossaryEntry]], unit: str) -> Glossary:
    """Entries with Chinese characters on the Chinese side; the others counted in a note."""
    kept: list[GlossaryEntry] = []
    skipped: list[tuple[int, GlossaryEntry]] = []
    for number, entry in numbered:
        chinese = strip_controls(entry.chinese).strip()
        if is_chinese_term(chinese):
            kept.append(GlossaryEntry(chinese, entry.english, entry.pinyin, entry.notes))
        else:
            skipped.append((number, entry))
    if not skipped:
        return Glossary(tuple(kept))
    number, first = skipped[0]
    example = first.chinese or (first.english[0] if first.english else "")
    return Glossary(tuple(kept), (skipped_rows(len(skipped), unit, number, example) + ".",))


def split_delimited(text: str, *, tab: bool) -> list[list[str]]:
    """The rows of a CSV (`tab` False, delimiter sniffed among , ; |) or TSV text."""
    return [row for _, row in split_delimited_numbered(text, tab=tab)]


def split_delimited_numbered(text: str, *, tab: bool) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a CSV or TSV text, each with the line it starts on."""
    if tab:
        delimiter = "\t"
    else:
        head = "\n".join(text.splitlines()[:20])
        counts = {d: head.count(d) for d in (",", ";", "\t", "|")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for row in reader:
            rows.append((line, [cell.strip() for cell in row]))
            line = reader.line_num + 1
    except csv.Error:
        # A stray quote breaks the csv module; split plainly instead of failing the import.
        rows = [
            (n, [cell.strip() for cell in line.split(delimiter)])
            for n, line in enumerate(text.splitlines(), 1)
        ]
    return [(n, row) for n, row in rows if any(row)]


def is_header(row: Sequence[str]) -> bool:
    """True for a first row that names columns (Chinese, English, 拼音, ...) instead of a term."""
    cells = [cell.strip().lower() for cell in row if cell.strip()]
    return bool(cells) and all(_names_a_column(cell) for cell in cells)


def _names_a_column(cell: str) -> bool:
    # "Chinese term", "English translation", "中文术语" name columns as well as the bare words.
    if cell in _HEADER_WORDS:
        return True
    if len(cell) > 24:
        return False
    words = set(re.split(r"[\s/_()（）-]+", cell))
    return bool(words & _HEADER_WORDS) or any(
        word in cell for word in _HEADER_WORDS if not word.isascii()
    )


def _strip_tones(text: str) -> str:
    plain = unicodedata.normalize("NFD", text)
    return "".join(c for c in plain if c.isascii() and c.isalpha()).lower().replace("v", "u")


_TONE_MARKS = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|[a-z][1-5](?:\\s|$)", re.I)


def _is_pinyin(cell: str, chinese: str) -> bool:
    if not cell or not chinese:
        return False
    if _TONE_MARKS.search(cell) and not re.search(
        r"[^\sA-Za-z0-9'·\-āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ]", cell
    ):
        return True
    from pypinyin import lazy_pinyin

    return _strip_tones(cell) == _strip_tones("".join(lazy_pinyin(chinese)))


def glossary_from_rows(rows: Sequence[Sequence[str]]) -> tuple[GlossaryEntry, ...]:
    """Term pairs from table rows: Chinese column found by script, then pinyin, English, notes."""
    return glossary_of_rows(rows).entries


def glossary_of_rows(
    rows: Sequence[Sequence[str]], *, numbers: Sequence[int] | None = None, unit: str = "row"
) -> Glossary:
    """Term pairs from table rows (numbered by `numbers`, else from 1); rows with English whose
    Chinese cell holds no Chinese characters are left out and reported."""
    numbers = list(numbers or range(1, len(rows) + 1))
    if not rows:
        return Glossary(())
    header: list[str] | None = None
    if is_header(rows[0]):
        header, rows, numbers = [cell.strip().lower() for cell in rows[0]], rows[1:], numbers[1:]
    width = max((len(row) for row in rows), default=0)
    if width == 0:
        return Glossary(())
    columns = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    roles = _column_roles(columns, header)
    zh_col = roles.get("chinese")
    en_col = roles.get("english")
    if zh_col is None or en_col is None:
        return Glossary(())
    entries = []
    for number, row in zip(numbers, rows, strict=True):
        cell = dict(enumerate(row))
        chinese = _NUMBERING.sub("", cell.get(zh_col, ""), count=1).strip()
        english = tuple(p for p in _ALTERNATIVES.split(cell.get(en_col, "").strip()) if p)
        if not english:
            continue
        pinyin = cell.get(roles["pinyin"], "") if "pinyin" in roles else ""
        notes = cell.get(roles["notes"], "") if "notes" in roles else ""
        entries.append((number, GlossaryEntry(chinese, english, pinyin=pinyin, notes=notes)))
    return _checked(entries, unit)


def _names_role(name: str, names: tuple[str, ...]) -> bool:
    words = set(re.split(r"[\s/_()（）-]+", name))
    return any(word in words if word.isascii() else word in name for word in names)


_HEADER_ROLES = {
    "chinese": ("chinese", "zh", "cn", "中文", "汉语", "术语", "原文", "词条", "term", "source"),
    "english": ("english", "en", "英文", "英语", "译文", "翻译", "translation", "target"),
    "pinyin": ("pinyin", "拼音"),
    "notes": ("notes", "note", "备注", "注释", "说明", "comment", "comments", "remark"),
}


def _column_roles(columns: list[list[str]], header: list[str] | None) -> dict[str, int]:
    roles: dict[str, int] = {}
    if header is not None:
        for index, name in enumerate(header):
            for role, names in _HEADER_ROLES.items():
                if role not in roles and (name in names or _names_role(name, names)):
                    roles[role] = index
                    break
        if "chinese" in roles and "english" in roles:
            # "source"/"target" name no language: an English-source glossary (OmegaT) has its
            # Chinese in the target column, so the characters decide.
            zh, en = roles["chinese"], roles["english"]
            if han_ratio("\n".join(columns[en])) > han_ratio("\n".join(columns[zh])):
                roles["chinese"], roles["english"] = en, zh
            return roles
        roles = {}
    texts = ["\n".join(column) for column in columns]
    han = [han_ratio(text) for text in texts]
    zh_col = max(range(len(columns)), key=lambda i: han[i])
    if han[zh_col] < 0.5:
        return {}
    roles["chinese"] = zh_col
    sample = list(zip(columns[zh_col], strict=True))[:50]
    latin_cols = [i for i in range(len(columns)) if i != zh_col and latin_ratio(texts[i]) >= 0.5]
    for i in latin_cols:
        hits = sum(
            1 for (zh,), cell in zip(sample, columns[i][:50], strict=False) if _is_pinyin(cell, zh)
        )
        if "pinyin" not in roles and hits >= 0.5 * max(1, sum(1 for c in columns[i][:50] if c)):
            roles["pinyin"] = i
        elif "english" not in roles:
            roles["english"] = i
        elif "notes" not in roles:
            roles["notes"] = i
    for i in range(len(columns)):
        lettered = han[i] > 0 or latin_ratio(texts[i]) > 0  # not a column of numbers
        if i not in roles.values() and "notes" not in roles and lettered:
            roles["notes"] = i
    return roles


def rows_are_terms(rows: Sequence[Sequence[str]]) -> bool:
    """True when a table's Chinese cells are term-sized, not sentences (then it is a glossary)."""
    body = rows[1:] if rows and is_header(rows[0]) else rows
    han_cells = [cell for row in body for cell in row if _LAST_HAN.search(cell)]
    if not han_cells:
        return False
    short = sum(
        1 for cell in han_cells if len(cell) <= _MAX_CHINESE and not _SENTENCE_END.search(cell)
    )
    return short >= _GLOSSARY_SHARE * len(han_cells)
