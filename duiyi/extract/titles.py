"""Names the Chinese marks itself: titles in 《》 and coinages in quotation marks.

The writer has said where such a name begins and ends, so it is a candidate whole, however long
(《中华人民共和国人民武装警察法》, “昆明－蒙特利尔全球生物多样性框架”), and its English is the whole
capitalised name or quotation the aligned words fall in ("Kunming-Montreal Global Biodiversity
Framework"), not the part the dictionary explains.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from duiyi import cedict
from duiyi.extract.chinese import ChineseSpan, Token, tokens
from duiyi.extract.english import Word, compound_start
from duiyi.extract.lexicon import is_surname, pinyin_spellings, spelling_key
from duiyi.extract.zh_words import is_person_name

_MARKS = (
    re.compile(r"《([^《》]{2,60})》"),
    re.compile(r"“([^“”《》]{2,30})”|「([^「」《》]{2,30})」"),
)
"""Titles, then quotations (also inside titles: 《国家语言文字事业改革“十三五”发展规划》)."""
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
"""A note closing a title, mostly its years (（2012－2020年）): not part of the name."""
_NAME_CHARS = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff0-9０-９·－\-“”]+$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_HAN = 3
"""Shorter marked words are ordinary candidates (the quotation marks stress a word)."""

_QUOTED = re.compile(r"“[^“”]{2,160}”|\"[^\"]{2,160}\"")


def marked_spans(zh: str) -> list[ChineseSpan]:
    """The names the Chinese sentence marks as titles or quotes, without a closing note."""
    out: list[ChineseSpan] = []
    for match in (m for marks in _MARKS for m in marks.finditer(zh)):
        group = match.lastindex or 1
        text, start = match.group(group), match.start(group)
        note = _TRAILING_NOTE.search(text)
        if note:
            text = text[: note.start()]
        if len(_HAN.findall(text)) < MIN_HAN or not _NAME_CHARS.match(text):
            continue
        out.append(ChineseSpan(text, start, start + len(text), len(tokens(text)), marked=True))
    return out


def nested(zh: str, start: int, end: int) -> bool:
    """Whether zh[start:end] stands inside a longer name the sentence marks."""
    return any(
        s.start <= start and end <= s.end and (s.start, s.end) != (start, end)
        for s in marked_spans(zh)
    )


def _capitalised(word: Word) -> bool:
    return word.text[:1].isupper() or (word.text[:1].isdigit() and not word.text.isdigit())


def name_around(words: Sequence[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """The words lo..hi widened to the whole runs of capitalised words they cut into
    ("Armed Police" -> "People's Armed Police Force"), as word indexes; None unless their
    content words are all capitalised. The first word of a sentence joins only from inside."""
    inside = [w for w in words[lo : hi + 1] if not w.function]
    if not inside or not all(_capitalised(w) for w in inside):
        return None
    start, end = lo, hi
    while start > 1 and not words[start].stop_before and _capitalised(words[start - 1]):
        start -= 1
    while end + 1 < len(words) and (
        words[end + 1].joined_before  # never cut a hyphenated word (Five-year)
        or (
            not words[end + 1].stop_before
            and _capitalised(words[end + 1])
            and not words[end + 1].function
        )
    ):
        end += 1
    start = compound_start(words, start)
    if words[start].function:
        start += 1
    return start, end


def whole_person(chinese: str, words: Sequence[Word]) -> bool:
    """Whether the words spell the Chinese as one person's whole name, surname first and apart
    from the given name (孟四海 "Meng Sihai"): complete in itself, so a capitalised title before
    it (Major, Committee) is no part of it."""
    if not chinese or not is_surname(chinese[0]):
        return False
    spelt = tuple(spelling_key(w.text) for w in words if not w.function)
    return len(spelt) == 2 and any(form == spelt for form in pinyin_spellings(chinese))


def capitalised_within(words: Sequence[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """Words lo..hi from their first capitalised word to their last (a name with a word of
    the sentence filled in beside it: "Wetlands Protection Law" of "... Law took")."""
    inside = [k for k in range(lo, hi + 1) if not words[k].function and _capitalised(words[k])]
    if not any(words[k].text[:1].isupper() for k in inside):
        return None  # numbers alone (13th five-year) make no name
    return inside[0], inside[-1]


def quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (its inside, as character offsets, without a closing note in brackets)
    that text[start:end] stands in."""
    for match in _QUOTED.finditer(text):
        if match.start() < start and end < match.end():
            inside = match.group()[1:-1]
            note = _TRAILING_NOTE.search(inside.rstrip())
            cut = note.start() if note and match.start() + 1 + note.start() >= end else len(inside)
            return match.start() + 1, match.start() + 1 + len(inside[:cut].rstrip())
    return None


_QUOTE_MARKS = frozenset("\"'“”‘’「」『』《》〈〉")


def folded(text: str) -> tuple[str, list[int]]:
    """The text with quotation and title marks left out and full-width forms made plain
    (－ as -), and where each of its characters stands in the text: a term typed as
    昆明-蒙特利尔 or 十三五 is found where the text writes 昆明－蒙特利尔 or “十三五”."""
    chars: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        if char in _QUOTE_MARKS:
            continue
        plain = unicodedata.normalize("NFKC", char)
        chars.append(plain if len(plain) == 1 else char)
        where.append(at)
    return "".join(chars), where


SPELLED_CHARS = (2, 3)
"""Lengths of a name found by its pinyin across rjieba's words (a surname cut off its given
name, a name glued to the preposition after it)."""


def spelled_names(zh: str, words: Sequence[Word]) -> list[ChineseSpan]:
    """Runs of Chinese characters from the start of a word whose pinyin the English spells
    though rjieba cuts them apart or glues them to the next character (甲 乙丙 "Jia Yibing",
    乙丙在 "Yi Bing"), and, where the run ends inside a word, the run to that word's end (a
    name and its kind: 甲乙 市 of 甲 乙市, "Jiayi city")."""
    keys = {spelling_key(w.text) for w in words if not w.function}
    toks = tokens(zh)
    ends = {t.end for t in toks}
    out: list[ChineseSpan] = []
    for k, token in enumerate(toks):
        for size in range(SPELLED_CHARS[0], SPELLED_CHARS[1] + 1):
            end = token.start + size
            text = zh[token.start : end]
            if len(text) < size or not _HAN.fullmatch(text[-1]) or not all(map(_HAN.match, text)):
                continue
            if not any(all(p in keys for p in form) for form in pinyin_spellings(text)):
                continue
            covered = [t for t in toks[k:] if t.start < end]
            if len(covered) == 1 and cedict.has_word(text):
                continue  # a word rjieba had and read as part of a longer one (北京 of 北京饭店)
            out.append(ChineseSpan(text, token.start, end, len(covered)))
            if end not in ends and covered[-1].end - token.start <= SPELLED_CHARS[1] + 1:
                whole = zh[token.start : covered[-1].end]
                out.append(ChineseSpan(whole, token.start, covered[-1].end, len(covered)))
    return out


_JOINERS = frozenset("及与和、")
"""What joins two people or roles in a list (张三及工程师, 部长、张三)."""


def _person(token: Token) -> bool:
    """A person's name that the dictionary does not know as a word (张三), so a noun after
    it cannot make it part of a longer name, as 安徒生 of 安徒生奖 is. Its given name may be
    a word (王建平: 建平 is a place), when rjieba tags it a name and it opens with a surname."""
    if cedict.has_word(token.text) or not token.pos.startswith("nr"):
        return False
    return is_person_name(token.text, token.pos) or (
        len(token.text) in (2, 3)
        and any(g.startswith("surname ") for g in cedict.glosses(token.text[0]))
    )


_NAME_TAGS = ("nr", "ns")


def _lists_names(inside: Sequence[Token]) -> bool:
    """Whether the words end with two names joined by 和/及/与 and no head noun after them (甲城
    和乙城, two pandas' names): two names listed, not one; a head after them makes one, also
    when rjieba glues it to the second name (亚洲和太平洋地区)."""
    if len(inside) < 3 or inside[-2].text not in _JOINERS:
        return False
    last = inside[-1].text
    headed = len(last) > HEAD_CHARS and cedict.has_word(last[-HEAD_CHARS:])
    return _name_like(inside[-3]) and _name_like(inside[-1]) and not headed


def _name_like(token: Token) -> bool:
    """A word rjieba tags a person's or a place's name, or a doubled syllable (a pet name,
    which rjieba tags as anything)."""
    doubled = len(token.text) == 2 and token.text[0] == token.text[1]
    return doubled or token.pos.startswith(_NAME_TAGS)


HEAD_CHARS = 2
"""Length of the head noun a place name may end with (地区 of 太平洋地区)."""


def chains_people(zh: str, start: int, end: int) -> bool:
    """Whether zh[start:end] holds a person's name and other words beside it: joined to them
    by 及/与/和 (two people or roles, never one term), or after a title noun (大校 张三, 专家
    张三 全程): the title and the name are terms of their own; or ends with two names joined."""
    inside = [t for t in tokens(zh) if start <= t.start and t.end <= end]
    if len(inside) < 2:
        return False
    if _lists_names(inside):
        return True
    for k, token in enumerate(inside):
        if not _person(token):
            continue
        before = inside[k - 1] if k > 0 else None
        after = inside[k + 1] if k + 1 < len(inside) else None
        if (before is not None and before.text in _JOINERS) or (
            after is not None and after.text in _JOINERS
        ):
            return True
        # A title is a noun, or its short form (上校 "colonel" is tagged an abbreviation).
        if (
            before is not None
            and before.pos.startswith(("n", "j"))
            and before.pos != "nr"
            and not (len(before.text) == 1 and is_surname(before.text))  # 马 of 马某某
        ):
            return True
    return False
