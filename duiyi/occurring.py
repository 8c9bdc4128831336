"""Which of many words occur in a few texts (the extractor's evidence, cut down to a document).

A collection may hold 100,000 accepted terms while a document mentions a few hundred of them;
the extractor only ever looks up words of the document, so the rest need not be loaded or sent.
"""

from __future__ import annotations

from collections.abc import Iterable


def occurring(words: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The words that occur (as substrings) in at least one of the texts."""
    wanted = {word for word in words if word}
    lengths = sorted({len(word) for word in wanted})
    found: set[str] = set()
    for text in texts:
        # one pass per word length over the text: cost grows with the text, not the word list
        for size in lengths:
            if size > len(text):
                break
            for start in range(len(text) - size + 1):
                piece = text[start : start + size]
                if piece in wanted:
                    found.add(piece)
    return found
