"""When two answers are the same answer: forms that ignore what a grader ignores, the terms that
are another right answer for an item, and options too alike to stand side by side."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from duiyi.drill.spelling import american_text
from duiyi.drill.terms import DrillTerm
from duiyi.script import to_simplified
from duiyi.study.typed import english_key, english_variants

_NOT_WORD = re.compile(r"[\W_]+")

# Forms this alike differ by a slip of the pen (environment / enviroment), not in meaning.
_NEAR_RATIO = 0.9
_NEAR_MIN_LENGTH = 6
# Forms are asked for again and again while options are weighed: each text is worked out once.


@lru_cache(maxsize=65536)
def english_form(text: str) -> str:
    """English as the grader compares it: no articles, case, punctuation, spaces, plural -s or
    British spellings (`The Organisations` and `organization` have one form)."""
    return "".join(english_key(american_text(text)))


@lru_cache(maxsize=65536)
def english_forms(term: DrillTerm) -> frozenset[str]:
    """Every form of every rendering of `term`, with its `;` alternatives and (optional) words."""
    forms = {english_form(v) for text in term.english for v in english_variants(text)}
    forms.discard("")
    return frozenset(forms)


@lru_cache(maxsize=65536)
def chinese_form(text: str) -> str:
    """Chinese as the grader compares it: simplified, without spaces or punctuation."""
    return to_simplified(_NOT_WORD.sub("", text))


def are_twins(a: DrillTerm, b: DrillTerm) -> bool:
    """Whether `b` is a right answer wherever `a` is: the same Chinese or a shared English."""
    return chinese_form(a.chinese) == chinese_form(b.chinese) or bool(
        english_forms(a) & english_forms(b)
    )


@lru_cache(maxsize=65536)
def near_duplicates(a: str, b: str, *, chinese: bool) -> bool:
    """Whether two options are too alike to be told apart fairly: the same form, a slip of the
    pen apart (English), or one character added to the other (Chinese)."""
    if chinese:
        fa, fb = chinese_form(a), chinese_form(b)
        if fa == fb:
            return True
        short, long = sorted((fa, fb), key=len)
        return len(long) - len(short) == 1 and len(short) >= 2 and short in long
    fa, fb = english_form(a), english_form(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < _NEAR_MIN_LENGTH:
        return False
    return difflib.SequenceMatcher(a=fa, b=fb, autojunk=False).ratio() >= _NEAR_RATIO
