"""Safe XML parsing (defusedxml only) and the text of translation segments with inline tags."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from duiyi.document import Lang
from duiyi.errors import UnsupportedFormat

# Inline elements whose content is the original file's code (HTML tags, RTF codes), not text:
# TMX bpt/ept/ph/it/ut and sub, XLIFF 1.2's equivalents. Their tails are text and are kept.
_CODE = frozenset({"bpt", "ept", "ph", "it", "ut", "sub"})
_SPACES = re.compile(r"\s+")
_CJK_GAP = re.compile(
    "(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)


def parse_xml(data: bytes, name: str) -> Element:
    """The root element, parsed by defusedxml; damaged or unsafe XML becomes UnsupportedFormat."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data)
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        raise UnsupportedFormat(
            f"{name} is not well-formed XML: {reason} at line {line}, column {column + 1}."
        ) from None
    except DefusedXmlException as error:
        raise UnsupportedFormat(
            f"{name} uses XML features Duiyi refuses for safety ({type(error).__name__})."
        ) from None
    except (ValueError, UnicodeError) as error:
        raise UnsupportedFormat(f"{name} is not readable XML ({error}).") from None
    return root


def local(tag: object) -> str:
    """An element's name without its namespace ("{urn:...}seg" -> "seg")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def segment_text(element: Element) -> str:
    """The readable text of a segment: inline markup kept, code placeholders dropped."""
    parts: list[str] = []
    _collect(element, parts, top=True)
    text = _SPACES.sub(" ", "".join(parts)).strip()
    return _CJK_GAP.sub("", text)  # a line break in the XML between Chinese characters is no space


def _collect(element: Element, parts: list[str], *, top: bool) -> None:
    if top or local(element.tag) not in _CODE:
        if element.text:
            parts.append(element.text)
        for child in element:
            _collect(child, parts, top=False)
    if not top and element.tail:
        parts.append(element.tail)


def language_of(code: str | None) -> Lang | None:
    """zh for zh, zh-CN, zh-Hans, zh-TW, cmn...; en for en, en-US...; None otherwise."""
    if not code:
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0]
    if primary in {"zh", "cmn", "chi", "zho", "chs", "cht"}:
        return "zh"
    if primary in {"en", "eng"}:
        return "en"
    return None


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
