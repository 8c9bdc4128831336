"""British and American spellings of one word brought to one form, so either is accepted.

The rules are the regular spelling classes (colour/color, organise/organize, centre/center,
travelled/traveled, defence/defense, catalogue/catalog, anaemia/anemia, programme/program), each
guarded so that two different words do not become one: "four" is not "for" (the part before
-our needs a vowel), "rise" is not "rize" (the part before -ise needs three letters).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+")
_CONSONANT = "bcdfghjklmnpqrstvwxz"

# (pattern on the whole lower-case word, replacement); applied in order, each at most once.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # colour, honours, behaviour, neighbourhood: -our- after a stem holding a vowel.
    (
        re.compile(r"^(\w*[aeiou]\w*)our(s|ed|ing|er|ers|ful|able|ite|ites|less|hood|hoods)?$"),
        r"\1or\2",
    ),
    # organise, organised, organisation, analyse: -is-/-ys- after a stem of three letters or more.
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})ys(e|es|ed|ing|er|ers)$"), r"\1yz\2"),
    # centre, metres, theatre: consonant + re at the end.
    (re.compile(rf"^(\w{{2,}}[{_CONSONANT}])re(s?)$"), r"\1er\2"),
    # centred, centring, metred, fibred: the verb forms of -tre and -bre words ("sacred" and
    # "hundred" have another letter before the r and stay).
    (re.compile(r"^(\w{2,}[tb])r(ed|ing)$"), r"\1er\2"),
    # travelled, cancelling, modeller: a doubled l after e, a or u, with two letters before.
    (re.compile(r"^(\w{2,}[eau])ll(ed|ing|er|ers)$"), r"\1l\2"),
    # defence, licence, offence: -ence after a stem of three letters or more.
    (re.compile(r"^(\w{3,})ence(s?)$"), r"\1ense\2"),
    # catalogue, dialogues: -ogue after a stem of three letters or more.
    (re.compile(r"^(\w{3,})ogue(s?)$"), r"\1og\2"),
    # programme, kilogrammes.
    (re.compile(r"^(\w*)gramme(s?)$"), r"\1gram\2"),
)
# anaemia, oestrogen, manoeuvre, paediatric: ae/oe with at least three letters after it ("does",
# "shoes" and "toe" keep theirs).
_DIGRAPH = re.compile(r"[ao]e(?=[a-z]{3,})")


@lru_cache(maxsize=65536)
def american(word: str) -> str:
    """The lower-case word in its American spelling (unchanged when no rule applies)."""
    word = word.lower()
    word = _DIGRAPH.sub("e", word)
    for pattern, replacement in _RULES:
        new = pattern.sub(replacement, word)
        if new != word:
            word = new
    return word


def american_text(text: str) -> str:
    """`text` with every word in its American spelling; punctuation and spacing kept."""
    return _WORD.sub(lambda match: american(match.group(0)), text)
