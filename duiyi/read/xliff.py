"""XLIFF 1.2 and 2.0 files from translation tools: each unit gives a source and a target block.

Which side is Chinese comes from the text itself where it is clear: tools leave out
`target-language` or write a wrong one (a template's "fr", "zh" on both sides); the attributes
decide only when the text does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from duiyi.document import Lang, SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.xmltext import XML_LANG, language_of, local, parse_xml, segment_text
from duiyi.script import block_language


@dataclass(frozen=True)
class _Side:
    """One side of a unit: its text and the language its attributes claim (None: none)."""

    text: str
    claimed: Lang | None


def read_xliff(data: bytes, name: str) -> SourceText:
    """Source and target of every unit (1.2 trans-unit, 2.0 unit), paired by row, Chinese first."""
    root = parse_xml(data, name)
    if local(root.tag) != "xliff":
        raise UnsupportedFormat(
            f"{name} is XML but not an XLIFF file (its root is <{local(root.tag)}>)."
        )
    version = (root.get("version") or "").strip()
    groups = _units_2(root) if version.startswith("2") else _units_1(root)
    blocks: list[TextBlock] = []
    row = 0
    for units in groups:
        source_lang = _side_language([unit[0] for unit in units])
        target_lang = _side_language([unit[1] for unit in units if len(unit) > 1])
        for unit in units:
            found: dict[Lang, str] = {}
            for side, lang in zip(unit, (source_lang, target_lang), strict=False):
                if lang and side.text and lang not in found:
                    found[lang] = side.text
            if not found:
                continue
            for lang in sorted(found, key=lambda lang: lang != "zh"):
                blocks.append(TextBlock(found[lang], lang=lang, row=row))
            row += 1
    if not blocks:
        raise InvalidInput(f"{name} has no Chinese or English segments.")
    return SourceText(name=name, format="xliff", encoding=None, blocks=tuple(blocks))


def _side_language(sides: Sequence[_Side]) -> Lang | None:
    """The language of one side of a file's units: what most of its text is written in, or
    (when the text does not say) what most attributes claim."""
    by_text = Counter(block_language(side.text) for side in sides if side.text)
    by_text.pop(None, None)
    if by_text:
        lang, count = by_text.most_common(1)[0]
        if count >= 0.6 * sum(by_text.values()):
            return lang
    claimed = Counter(side.claimed for side in sides if side.claimed)
    return claimed.most_common(1)[0][0] if claimed else None


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child.tag) == name]


def _units_1(root: Element) -> Iterator[list[tuple[_Side, ...]]]:
    """XLIFF 1.2: <file source-language target-language> ... <trans-unit><source><target>,
    one list of units per <file>."""
    for file in root.iter():
        if local(file.tag) != "file":
            continue
        source_lang = file.get("source-language")
        target_lang = file.get("target-language")
        units: list[tuple[_Side, ...]] = []
        for unit in file.iter():
            if local(unit.tag) != "trans-unit":
                continue
            sides: list[_Side] = []
            for side, default in (("source", source_lang), ("target", target_lang)):
                elements = _children(unit, side)[:1]
                if not elements:
                    sides.append(_Side("", language_of(default)))
                for element in elements:
                    claimed = language_of(element.get(XML_LANG) or default)
                    sides.append(_Side(segment_text(element), claimed))
            units.append(tuple(sides))
        yield units


def _units_2(root: Element) -> Iterator[list[tuple[_Side, ...]]]:
    """XLIFF 2.0: <xliff srcLang trgLang> ... <unit><segment><source><target> (several segments)."""
    source_lang = language_of(root.get("srcLang"))
    target_lang = language_of(root.get("trgLang"))
    units: list[tuple[_Side, ...]] = []
    for unit in root.iter():
        if local(unit.tag) != "unit":
            continue
        sources: list[str] = []
        targets: list[str] = []
        for part in unit:
            if local(part.tag) not in {"segment", "ignorable"}:
                continue
            for element in _children(part, "source")[:1]:
                sources.append(segment_text(element))
            for element in _children(part, "target")[:1]:
                targets.append(segment_text(element))
        units.append((_Side(_join(sources), source_lang), _Side(_join(targets), target_lang)))
    yield units


def _join(texts: list[str]) -> str:
    """Segments of one unit as one text: no space between Chinese segments, one otherwise."""
    kept = [text for text in texts if text]
    if kept and all(block_language(text) == "zh" for text in kept):
        return "".join(kept)
    return " ".join(kept)
