"""Typed answers: English compared leniently with a word-by-word diff, Chinese as characters
(simplified or traditional) or pinyin, and a rating suggested from the result."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass

from duiyi.drill.spelling import american
from duiyi.pinyin import normalise_pinyin
from duiyi.script import to_simplified
from duiyi.study.scheduling import Rating

ARTICLES = frozenset({"a", "an", "the"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "`": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\-/]")
_OPTIONAL = re.compile(r"\(([^()]*)\)")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Rendering:
    """One accepted answer: its text and status (preferred, accepted or outdated)."""

    text: str
    status: str = "preferred"


@dataclass(frozen=True)
class DiffPiece:
    """A word (or character) of the comparison: same, missing (expected, not typed) or extra."""

    text: str
    kind: str


@dataclass(frozen=True)
class TypedResult:
    """How a typed answer compares with the expected one."""

    correct: bool
    suggested: Rating
    matched: str | None
    """The rendering the answer matched, if any."""
    status: str | None
    """preferred, accepted or outdated: the status of the matched rendering."""
    diff: tuple[DiffPiece, ...]
    note: str = ""


def _english_words(text: str) -> list[str]:
    """Lower-case words with quotes folded, dashes split, punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    text = _DASHES.sub(" ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return [w.strip("'") for w in text.split() if w.strip("'")]


def _singular(word: str) -> str:
    """A rough singular, enough to accept 'exchange' for 'exchanges'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _word_key(word: str) -> str:
    """A word as compared: American spelling (organisation = organization), made singular."""
    return _singular(american(word))


def english_key(text: str) -> tuple[str, ...]:
    """What must match: the words without articles, each in American spelling and singular."""
    return tuple(_word_key(w) for w in _english_words(text) if w not in ARTICLES)


def english_variants(rendering: str) -> list[str]:
    """Every way to write a rendering: ';' separates alternatives, (words) are optional."""
    out: list[str] = []
    for alternative in rendering.split(";"):
        alternative = alternative.strip()
        if not alternative:
            continue
        parts = _OPTIONAL.split(alternative)  # fixed text at even indexes, optional at odd
        optional = len(parts) // 2
        if optional > 6:  # 2**6 variants at most; keep the rest as written
            out.append(" ".join(_OPTIONAL.sub(r"\1", alternative).split()))
            continue
        for keep in itertools.product((True, False), repeat=optional):
            words = [part for index, part in enumerate(parts) if index % 2 == 0 or keep[index // 2]]
            out.append(" ".join(" ".join(words).split()))
    return out


def word_diff(typed: str, expected: str) -> tuple[DiffPiece, ...]:
    """Word-by-word comparison (ignoring case, quotes and punctuation)."""
    got = [w for w in _english_words(typed) if w not in ARTICLES]
    want = [w for w in _english_words(expected) if w not in ARTICLES]
    return _diff(got, want, [_word_key(w) for w in got], [_word_key(w) for w in want])


def _diff(
    got: list[str], want: list[str], got_key: list[str], want_key: list[str]
) -> tuple[DiffPiece, ...]:
    pieces: list[DiffPiece] = []
    matcher = difflib.SequenceMatcher(a=got_key, b=want_key, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.extend(DiffPiece(w, "same") for w in want[b1:b2])
            continue
        pieces.extend(DiffPiece(w, "extra") for w in got[a1:a2])
        pieces.extend(DiffPiece(w, "missing") for w in want[b1:b2])
    return tuple(pieces)


def check_english(
    typed: str, renderings: list[Rendering], *, accept_others: bool = True
) -> TypedResult:
    """Compare a typed English answer with a term's renderings (preferred first)."""
    typed_key = english_key(typed)
    preferred = next((r for r in renderings if r.status == "preferred"), None) or (
        renderings[0] if renderings else Rendering("")
    )
    best: tuple[float, Rendering, str] = (
        0.0,
        preferred,
        english_variants(preferred.text)[0] if english_variants(preferred.text) else "",
    )
    for rendering in renderings:
        for variant in english_variants(rendering.text):
            key = english_key(variant)
            if key == typed_key and typed_key:
                diff = word_diff(typed, variant)
                if rendering.status == "outdated":
                    return TypedResult(
                        False,
                        Rating.HARD,
                        rendering.text,
                        "outdated",
                        diff,
                        f"Outdated rendering; now: {preferred.text}",
                    )
                if rendering.status == "accepted" and not accept_others:
                    return TypedResult(
                        False,
                        Rating.HARD,
                        rendering.text,
                        "accepted",
                        diff,
                        f"Accepted, but the preferred rendering is: {preferred.text}",
                    )
                return TypedResult(True, Rating.GOOD, rendering.text, rendering.status, diff)
            ratio = difflib.SequenceMatcher(a=typed_key, b=key, autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, rendering, variant)
    ratio, _rendering, variant = best
    diff = word_diff(typed, variant)
    suggested = Rating.HARD if ratio >= 0.75 else Rating.AGAIN
    return TypedResult(False, suggested, None, None, diff, f"Expected: {preferred.text}")


def check_chinese(
    typed: str, chinese: str, pinyin: str, *, accept_toneless: bool = False
) -> TypedResult:
    """Compare a typed Chinese answer: characters (either script) or pinyin."""
    typed = typed.strip()
    if _HAN.search(typed):
        got = to_simplified(_NOT_HAN.sub("", typed))
        want = to_simplified(_NOT_HAN.sub("", chinese))
        diff = _diff(list(got), list(want), list(got), list(want))
        if got == want:
            return TypedResult(True, Rating.GOOD, chinese, "preferred", diff)
        ratio = difflib.SequenceMatcher(a=got, b=want, autojunk=False).ratio()
        suggested = Rating.HARD if ratio >= 0.75 else Rating.AGAIN
        return TypedResult(False, suggested, None, None, diff, f"Expected: {chinese}")
    got_toned = normalise_pinyin(typed, keep_tones=True)
    want_toned = normalise_pinyin(pinyin, keep_tones=True)
    diff = (DiffPiece(typed, "same" if got_toned == want_toned else "extra"),)
    if got_toned == want_toned and got_toned:
        return TypedResult(True, Rating.GOOD, pinyin, "preferred", diff)
    got_plain = normalise_pinyin(typed, keep_tones=False)
    if got_plain and got_plain == normalise_pinyin(pinyin, keep_tones=False):
        if accept_toneless:
            return TypedResult(True, Rating.GOOD, pinyin, "preferred", diff, "Tones not checked")
        return TypedResult(False, Rating.HARD, None, None, diff, f"Tones: {pinyin}")
    return TypedResult(
        False,
        Rating.AGAIN,
        None,
        None,
        (*diff, DiffPiece(pinyin, "missing")),
        f"Expected: {chinese} ({pinyin})",
    )
