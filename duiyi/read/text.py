"""Plain text: one block per paragraph (lines between blank lines, line breaks kept for the
cleaner to judge), or a glossary when most lines are term pairs."""

from __future__ import annotations

import re

from duiyi.document import SourceText, TextBlock
from duiyi.errors import InvalidInput
from duiyi.read.glossary import (
    Glossary,
    file_direction,
    glossary_of_lines,
    glossary_of_text,
    has_bilingual_prose,
    parse_glossary_line,
    reads_as_sentence,
    vocabulary_box,
)
from duiyi.term_text import is_chinese_term

# Enough lines to tell a glossary from a text without parsing a whole book twice.
_GLOSSARY_SAMPLE = 400
# Markup that may hold blank lines and must stay in one block so the cleaner sees it whole.
_FENCE = re.compile(r"^(```|~~~)")
_OPENERS = (
    (re.compile(r"^<style\b", re.I), re.compile(r"</style\s*>", re.I)),
    (re.compile(r"^<script\b", re.I), re.compile(r"</script\s*>", re.I)),
    (re.compile(r"^<!--"), re.compile(r"-->")),
)
_FRONT_MATTER = ("---", "+++")


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text, without surrounding spaces (newlines of any kind)."""
    # str.splitlines knows \r\n, \r, \u2028, \u2029 and the other line separators.
    return [
        stripped for line in text.removeprefix("\ufeff").splitlines() if (stripped := line.strip())
    ]


def _closer(line: str, first: bool) -> re.Pattern[str] | None:
    """The line that ends a multi-line construct opened by `line`, or None."""
    if first and line in _FRONT_MATTER:
        return re.compile(f"^{re.escape(line)}$")
    fence = _FENCE.match(line)
    if fence:
        return re.compile(f"^{re.escape(fence.group(1))}\\s*$")
    for opener, closer in _OPENERS:
        if opener.match(line) and not closer.search(line):
            return closer
    return None


def paragraphs(text: str) -> list[str]:
    """Runs of lines between blank lines, each line stripped; a code fence, front matter or a
    style, script or comment block stays one paragraph even when it holds blank lines."""
    chunks: list[str] = []
    current: list[str] = []
    closing: re.Pattern[str] | None = None
    for raw in text.removeprefix("\ufeff").splitlines():
        line = raw.strip()
        if closing is not None:
            current.append(line)
            if closing.search(line) and len(current) > 1:
                closing = None
                chunks.append("\n".join(current))
                current = []
            continue
        if not line:
            if current:
                chunks.append("\n".join(current))
                current = []
            continue
        opened = _closer(line, first=not chunks and not current)
        if opened is not None:
            if current:
                chunks.append("\n".join(current))
            current, closing = [line], opened
            continue
        current.append(line)
    if current:
        chunks.append("\n".join(line for line in current if line))
    return chunks


def _term_lines(lines: list[str]) -> tuple[list[bool], Glossary]:
    """Which lines are term pairs (in the file's direction), and those pairs."""
    direction = file_direction(lines[:_GLOSSARY_SAMPLE])
    entries = [parse_glossary_line(line, direction) for line in lines]
    boxed = [
        entry is not None and is_chinese_term(entry.chinese) and not reads_as_sentence(entry)
        for entry in entries
    ]
    taken = [line for line, term in zip(lines, boxed, strict=True) if term]
    return boxed, glossary_of_lines(taken, direction=direction)


def source_from_text(text: str, *, name: str, format: str, encoding: str | None) -> SourceText:
    """A SourceText of paragraph blocks, or of glossary entries when the lines are term pairs."""
    lines = text_lines(text)
    if not lines:
        raise InvalidInput(f"{name} has no text in it.")
    glossary = glossary_of_text(text, sample=_GLOSSARY_SAMPLE)
    if glossary is not None and (glossary.across_lines or not has_bilingual_prose(lines)):
        return glossary.source(name, encoding)
    if glossary is not None:
        # Term lines outnumbering paragraphs in both languages: a glossary with an introduction,
        # or study notes with long word lists. Every term line is a term, the rest is text.
        boxed, box = _term_lines(lines)
    else:
        boxed, box = vocabulary_box(lines)
    if box.entries:
        # Vocabulary-box lines become terms, not paragraphs: blank them so the text around them
        # still splits into the paragraphs it had.
        taken = {line for line, term in zip(lines, boxed, strict=True) if term}
        text = "\n".join(
            "" if raw.strip() in taken else raw for raw in text.removeprefix("\ufeff").splitlines()
        )
    blocks = tuple(TextBlock(chunk) for chunk in paragraphs(text))
    return SourceText(
        name=name,
        format=format,
        encoding=encoding,
        blocks=blocks,
        glossary=box.entries,
        notes=box.notes,
    )
