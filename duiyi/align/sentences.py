"""Sentence splitting for Chinese and English paragraphs."""

from __future__ import annotations

import re

from duiyi.align.numbering import numbering_prefix

# A Chinese sentence ends at 。！？；(or their ASCII forms, or an ellipsis) plus any closing
# quotes and brackets that follow it.
_ZH_SENTENCE = re.compile(r".*?(?:[。！？；;!?]+|…+|\.{3,})[”’」』）)\"'》]*|.+?$", re.S)

# English: a candidate break is . ! ? (or an ellipsis, or the full-width stops of English typed
# on a Chinese keyboard) with optional closing quotes, then spaces, then something that can
# start a sentence: a capital, a digit, Chinese, or the circled or bracketed number of a
# numbered sentence (①, ⑴, ❶), as exam notes number a reference translation's sentences.
_EN_BREAK = re.compile(
    r"(?:[.!?]+|…)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u4e00-\u9fff\u2460-\u249b\u2776-\u2793])"
    r"|[。！？]+[\"'”’)\]]*(?=\s*[\"'“‘(\[]?[A-Z0-9\u4e00-\u9fff\u2460-\u249b\u2776-\u2793])"
)

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        # Exercises and equations, cited by number in study notes ("Ex. ②", "Eq. 3").
        "ex",
        "exs",
        "eq",
        "eqs",
        "eqn",
        "eqns",
        "pp",
        "p",
        "para",
        "art",
        "sec",
        "ch",
        "e.g",
        "i.e",
        "cf",
        "vs",
        "etc",
        "al",
        "approx",
        "dept",
        "est",
        "govt",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "ph.d",
        "b.a",
        "m.a",
        "rev",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
    ]
)


def split_chinese(text: str) -> list[str]:
    """Chinese sentences of a paragraph, each ending with its punctuation."""
    prefix = numbering_prefix(text)
    body = text[len(prefix) :]
    parts = [m.group().strip() for m in _ZH_SENTENCE.finditer(body)]
    parts = [p for p in parts if p]
    return _attach(prefix, parts)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'“‘[":
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single capital letters (initials: "J. Smith") and dotted acronyms ("U.S.A").
    return (len(word) == 1 and text[start].isupper()) or bool(
        re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)
    )


def split_english(text: str) -> list[str]:
    """English sentences of a paragraph; knows abbreviations (U.S., e.g., No.) and decimals."""
    prefix = numbering_prefix(text)
    body = text[len(prefix) :]
    parts: list[str] = []
    start = 0
    for match in _EN_BREAK.finditer(body):
        punct = match.group()
        if (
            punct.startswith(".")
            and not punct.startswith("..")
            and _is_abbreviation(body, match.start())
        ):
            continue
        parts.append(body[start : match.end()].strip())
        start = match.end()
    parts.append(body[start:].strip())
    return _attach(prefix, [p for p in parts if p])


def _attach(prefix: str, parts: list[str]) -> list[str]:
    if not parts:
        return [prefix.strip()] if prefix.strip() else []
    if prefix:
        parts[0] = prefix + parts[0]
    return parts


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of a paragraph in the given language ("zh" or "en")."""
    return split_chinese(text) if lang == "zh" else split_english(text)
