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


def glossed_terms(
    pairs: Sequence[SegmentPair],
    taken: Sequence[GlossaryEntry],
    *,
    cancel: CancelToken = NEVER_CANCELLED,
) -> tuple[GlossaryEntry, ...]:
    """The term pairs of a one-language text: those already taken out of it (`taken`: its
    vocabulary lines, the glosses in its English), then the English terms glossed by their
    Chinese in brackets and the Chinese terms the extractor finds glossed by English in
    brackets, in the order the text first has them."""
    from duiyi.extract import extract_terms, glossed_in_brackets
    from duiyi.extract.types import GLOSSED_REASON

    entries = list(taken)
    given = {entry.chinese for entry in taken}
    for entry in english_glossed(pairs):
        if entry.chinese not in given:
            given.add(entry.chinese)
            entries.append(entry)
    if not glossed_in_brackets(pairs):
        return tuple(entries)
    found = [
        c
        for c in extract_terms(pairs, with_pinyin=False, cancel=cancel)
        if any(r.name == GLOSSED_REASON for r in c.reasons)
    ]
    found.sort(key=lambda c: min((o.pair_index, o.zh_start) for o in c.occurrences))
    return tuple(entries) + tuple(
        GlossaryEntry(c.chinese, (c.english,)) for c in found if c.chinese not in given
    )


def english_glossed(pairs: Sequence[SegmentPair]) -> tuple[GlossaryEntry, ...]:
    """The terms English prose glosses by their Chinese in brackets ("light rail (轻轨)"),
    each Chinese once with its renderings (the first the text gives first), in text order."""
    from duiyi.extract.inline import chinese_glosses

    found: dict[str, dict[str, str]] = {}
    for pair in pairs:
        if pair.kind == "sentence":
            continue  # the sentences repeat their paragraph
        for gloss in chinese_glosses(pair.en):
            # One rendering in two casings (a sentence's first word) is one rendering.
            found.setdefault(gloss.chinese, {}).setdefault(gloss.english.lower(), gloss.english)
    return tuple(GlossaryEntry(zh, tuple(en.values())) for zh, en in found.items())


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
