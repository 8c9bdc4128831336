"""Plain text: one block per non-empty line, or a glossary when most lines are term pairs."""

from __future__ import annotations

from duiyi.document import SourceText, TextBlock
from duiyi.errors import InvalidInput
from duiyi.read.glossary import glossary_of_text, vocabulary_box

# Enough lines to tell a glossary from a text without parsing a whole book twice.
_GLOSSARY_SAMPLE = 400


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text, without surrounding spaces (newlines of any kind)."""
    # str.splitlines knows \r\n, \r, \u2028, \u2029 and the other line separators.
    return [
        stripped for line in text.removeprefix("\ufeff").splitlines() if (stripped := line.strip())
    ]


def source_from_text(text: str, *, name: str, format: str, encoding: str | None) -> SourceText:
    """A SourceText of line blocks, or of glossary entries when the lines have a glossary shape."""
    lines = text_lines(text)
    if not lines:
        raise InvalidInput(f"{name} has no text in it.")
    glossary = glossary_of_text(text, sample=_GLOSSARY_SAMPLE)
    if glossary is not None:
        return glossary.source(name, encoding)
    boxed, box = vocabulary_box(lines)
    blocks = tuple(TextBlock(line) for line, term in zip(lines, boxed, strict=True) if not term)
    return SourceText(
        name=name,
        format=format,
        encoding=encoding,
        blocks=blocks,
        glossary=box.entries,
        notes=box.notes,
    )
