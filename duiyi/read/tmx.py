"""TMX 1.4 translation memories: each translation unit gives a Chinese and an English block."""

from __future__ import annotations

from duiyi.document import Lang, SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.xmltext import XML_LANG, language_of, local, parse_xml, segment_text


def read_tmx(data: bytes, name: str) -> SourceText:
    """The zh and en variants of every <tu>, paired by row, Chinese first."""
    root = parse_xml(data, name)
    if local(root.tag) != "tmx":
        raise UnsupportedFormat(
            f"{name} is XML but not a TMX file (its root is <{local(root.tag)}>)."
        )
    blocks: list[TextBlock] = []
    row = 0
    for unit in root.iter():
        if local(unit.tag) != "tu":
            continue
        found: dict[Lang, str] = {}
        for variant in unit:
            if local(variant.tag) != "tuv":
                continue
            lang = language_of(variant.get(XML_LANG) or variant.get("lang"))
            seg = next((child for child in variant if local(child.tag) == "seg"), None)
            if lang is None or seg is None or lang in found:
                continue
            text = segment_text(seg)
            if text:
                found[lang] = text
        if found:
            blocks.extend(TextBlock(text, lang=lang, row=row) for lang, text in _zh_first(found))
            row += 1
    if not blocks:
        raise InvalidInput(f"{name} has no Chinese or English segments.")
    return SourceText(name=name, format="tmx", encoding=None, blocks=tuple(blocks))


def _zh_first(found: dict[Lang, str]) -> list[tuple[Lang, str]]:
    return sorted(found.items(), key=lambda item: item[0] != "zh")
