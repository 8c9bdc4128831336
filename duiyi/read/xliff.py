"""XLIFF 1.2 and 2.0 files from translation tools: each unit gives a source and a target block."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from duiyi.document import Lang, SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.xmltext import XML_LANG, language_of, local, parse_xml, segment_text


def read_xliff(data: bytes, name: str) -> SourceText:
    """Source and target of every unit (1.2 trans-unit, 2.0 unit), paired by row, Chinese first."""
    root = parse_xml(data, name)
    if local(root.tag) != "xliff":
        raise UnsupportedFormat(
            f"{name} is XML but not an XLIFF file (its root is <{local(root.tag)}>)."
        )
    version = (root.get("version") or "").strip()
    units = _units_2(root) if version.startswith("2") else _units_1(root)
    blocks: list[TextBlock] = []
    row = 0
    for pairs in units:
        found = {lang: text for lang, text in pairs if lang is not None and text}
        if not found:
            continue
        for lang in sorted(found, key=lambda lang: lang != "zh"):
            blocks.append(TextBlock(found[lang], lang=lang, row=row))
        row += 1
    if not blocks:
        raise InvalidInput(f"{name} has no Chinese or English segments.")
    return SourceText(name=name, format="xliff", encoding=None, blocks=tuple(blocks))


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child.tag) == name]


def _units_1(root: Element) -> Iterator[list[tuple[Lang | None, str]]]:
    """XLIFF 1.2: <file source-language target-language> ... <trans-unit><source><target>."""
    for file in root.iter():
        if local(file.tag) != "file":
            continue
        source_lang = file.get("source-language")
        target_lang = file.get("target-language")
        for unit in file.iter():
            if local(unit.tag) != "trans-unit":
                continue
            pairs: list[tuple[Lang | None, str]] = []
            for side, default in (("source", source_lang), ("target", target_lang)):
                for element in _children(unit, side)[:1]:
                    lang = language_of(element.get(XML_LANG) or default)
                    pairs.append((lang, segment_text(element)))
            yield pairs


def _units_2(root: Element) -> Iterator[list[tuple[Lang | None, str]]]:
    """XLIFF 2.0: <xliff srcLang trgLang> ... <unit><segment><source><target> (several segments)."""
    source_lang = language_of(root.get("srcLang"))
    target_lang = language_of(root.get("trgLang"))
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
        yield [
            (source_lang, _join(sources, source_lang)),
            (target_lang, _join(targets, target_lang)),
        ]


def _join(texts: list[str], lang: Lang | None) -> str:
    return ("" if lang == "zh" else " ").join(text for text in texts if text)
