"""Texts in one language whose only other language is glosses in brackets.

Study notes and handouts are often Chinese prose whose key terms carry their English in
brackets (供给侧改革(supply-side reform)), or English prose whose words carry their Chinese
(acquired（v.取得）). They have no translation to pair with, but they name their term pairs
plainly: such a text is kept as its prose, unpaired, with the glossed pairs as its glossary.
"""

from __future__ import annotations

from collections.abc import Sequence

from duiyi.counts import counted
from duiyi.document import GlossaryEntry, SegmentPair
from duiyi.progress import NEVER_CANCELLED, CancelToken

MIN_GLOSSED = 2
"""Fewer glossed terms are a name or two given in passing, not notes that gloss their terms."""

GLOSSED_REASON = "glossed in the text"


def glossed_terms(
    pairs: Sequence[SegmentPair],
    taken: Sequence[GlossaryEntry],
    *,
    cancel: CancelToken = NEVER_CANCELLED,
) -> tuple[GlossaryEntry, ...]:
    """The term pairs of a one-language text: those already taken out of it (`taken`: its
    vocabulary lines, the glosses in its English), then the Chinese terms the extractor finds
    glossed by English in brackets, in the order the text first has them."""
    from duiyi.extract import extract_terms, glossed_in_brackets

    if not glossed_in_brackets(pairs):
        return tuple(taken)
    found = [
        c
        for c in extract_terms(pairs, with_pinyin=False, cancel=cancel)
        if any(r.name == GLOSSED_REASON for r in c.reasons)
    ]
    found.sort(key=lambda c: min((o.pair_index, o.zh_start) for o in c.occurrences))
    given = {entry.chinese for entry in taken}
    return tuple(taken) + tuple(
        GlossaryEntry(c.chinese, (c.english,)) for c in found if c.chinese not in given
    )


def glossed_note(prose: str, glosses: str, *, bracketed: int, listed: int) -> str:
    """What the import found in such a text, for its report: the terms glossed in brackets
    and those given in vocabulary lines."""
    found = []
    if bracketed:
        found.append(f"{counted(bracketed, 'term')} glossed in {glosses} in brackets")
    if listed:
        found.append(f"{counted(listed, 'term')} in vocabulary lines")
    return (
        f"Only {prose} prose, with {' and '.join(found)}: the prose is kept unpaired and "
        "those terms are its glossary."
    )
