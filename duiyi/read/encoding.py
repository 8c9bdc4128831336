"""Bytes to text: byte-order marks, UTF-8, and a careful choice among the Chinese encodings.

Short Chinese texts fool generic detectors (four GB18030 characters also decode as Korean or
Japanese), so every candidate that decodes is scored on how Chinese the result reads: how many
neighbouring Han characters form CC-CEDICT words, against characters a Chinese text never has.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from duiyi.errors import EncodingError, UnsupportedFormat

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (mark, codec, name reported); UTF-32 first because its LE mark starts like UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Always tried after UTF-8, whatever charset-normalizer says: what Chinese files really use.
_CHINESE = ("gb18030", "big5", "cp950", "big5hkscs")
# Then Windows' Western code page, the usual encoding of an English file with curly quotes.
_WESTERN = "cp1252"
# Of charset-normalizer's guesses only these are believed: single-byte code pages of other
# scripts decode any bytes at all, and a Chinese-English text is never in them.
_BELIEVABLE = frozenset(
    {
        "gb18030",
        "gbk",
        "gb2312",
        "hz",
        "big5",
        "cp950",
        "big5hkscs",
        "cp1252",
        "latin_1",
        "iso8859_15",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "utf_32_le",
        "utf_32_be",
    }
)
_SAMPLE = 64 * 1024
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# The patterns that score a reading are kept as text and compiled on first use (_pattern):
# most files are UTF-8 and never scored, and a Han class takes a millisecond to compile.
_HAN_CHAR = f"[{_HAN}]"
_HAN_PAIR = f"(?=([{_HAN}][{_HAN}]))"
# Han glued to a Latin letter: what accented letters misread as GB18030 or Big5 look like.
_HAN_BY_LATIN = f"[A-Za-z][{_HAN}]|[{_HAN}][A-Za-z]"
# Control characters (tab and line breaks aside), private use, kana, hangul, half-width forms,
# replacement characters and rare Han extensions: a wrong decoding is full of them.
_ODD = (
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u3040-\u30ff\u3130-\u318f\uac00-\ud7af"
    "\ue000-\uf8ff\uff61-\uff9f\ufffd\U00020000-\U0003134f]"
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Two or more accented letters or Western code-page symbols in a row: Chinese bytes read as a
# Western code page ("ÖÐÎÄ" for 中文). Real Western text has one such letter between plain ones.
_MOJIBAKE = re.compile("[\u00a1-\u024f\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u20ac\u2122]{2,}")


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _bom(data: bytes) -> tuple[str, str, int] | None:
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return codec, name, len(mark)
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding: NULs or many control bytes."""
    if _bom(data) is not None:
        return False
    head = data[:_SAMPLE]
    if b"\x00" in head:
        return not _is_utf16_without_bom(head)
    controls = sum(head.count(bytes([b])) for b in (*range(0, 8), *range(14, 27), *range(28, 32)))
    return controls > max(2, len(head) // 100)


def _is_utf16_without_bom(head: bytes) -> bool:
    # ASCII or CJK in UTF-16 puts NULs on every other byte (ASCII) or decodes to Han (CJK).
    return _utf16_guess(head) is not None


def _utf16_guess(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _chinese_score(text: str) -> float:
    """How plausible the text is, per character: dictionary words up; Han pairs that are no
    word, odd characters and runs of accented letters (Chinese read as a Western code page)
    down."""
    from duiyi.cedict import has_word  # loaded only when an encoding must be guessed

    sample = text[:_SAMPLE]
    pairs = [match.group(1) for match in _pattern(_HAN_PAIR).finditer(sample)]
    words = sum(1 for pair in pairs if has_word(pair))
    # Neighbouring Han that form no word weigh a little against a reading: a wrong Chinese
    # code page gives Han throughout, and hardly one of them a word.
    strangers = (len(pairs) - words) / 2
    odd = len(_pattern(_ODD).findall(sample))
    if not _pattern(_HAN_CHAR).search(sample):
        # Chinese read as a Western code page has no Han left; beside Han, accented letters
        # are the text's own (pinyin, a French name) and say nothing against the reading.
        odd += sum(len(run) for run in _MOJIBAKE.findall(sample))
    glued = len(_pattern(_HAN_BY_LATIN).findall(sample))
    return (words - strangers - 3 * odd - glued) / max(1, len(sample))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _normalizer_candidates(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data[: 4 * _SAMPLE])
    return [match.encoding for match in matches if match.encoding in _BELIEVABLE]


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in (the user's choice wins)."""
    if encoding is not None:
        return _decode_as(data, name, encoding), encoding
    bom = _bom(data)
    if bom is not None:
        codec, reported, size = bom
        try:
            return data[size:].decode(codec), reported
        except UnicodeDecodeError as error:
            raise _undecodable(name, reported, error, overridden=False) from None
    if looks_binary(data):
        raise UnsupportedFormat(f"{name} is a binary file, not text Duiyi can read.")
    if b"\x00" in data[:_SAMPLE]:
        codec = _utf16_guess(data[:_SAMPLE]) or "utf-16-le"
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as error:
            raise _undecodable(name, codec, error, overridden=False) from None
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    damaged = _nearly_utf8(data)
    if damaged is not None:
        # Unless a Chinese encoding reads the same bytes cleanly and at least as well.
        damaged_score = _chinese_score(damaged[0])
        for codec in _CHINESE:
            clean = _strict(data, codec)
            if clean is not None and _chinese_score(clean) > max(0.0, damaged_score):
                return clean, _reported(codec)
        return damaged
    return _guess(data, name)


def _nearly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a file cut mid-character, one stray byte): keep it UTF-8.

    Guessing another encoding would garble the whole text to save a character or two; the
    broken bytes become U+FFFD and the reported encoding says how many there were.
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if broken > max(1, len(data) // 20000):
        return None
    if broken == 1 and text.endswith("\ufffd"):
        return text[:-1], "utf-8 (cut short: its last character was incomplete)"
    return text, f"utf-8 ({broken} broken byte{'s' if broken > 1 else ''} replaced)"


def _guess(data: bytes, name: str) -> tuple[str, str]:
    candidates = list(dict.fromkeys([*_CHINESE, _WESTERN, *_normalizer_candidates(data)]))
    best: tuple[float, int, str, str] | None = None
    for rank, codec in enumerate(candidates):
        text = _strict(data, codec)
        if text is None or _CONTROL.search(text[:_SAMPLE]):
            continue
        score = _chinese_score(text)
        # Ties go to the earlier candidate: Chinese encodings first, then the detector's order.
        key = (score, -rank, codec, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        tried = ", ".join(["utf-8", *candidates[:6]])
        raise EncodingError(
            f"{name} is not in any encoding Duiyi recognises (tried {tried}); "
            "name its encoding with --encoding."
        )
    return best[3], _reported(best[2])


def _reported(codec: str) -> str:
    return codecs.lookup(codec).name


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise EncodingError(
            f"{name}: '{encoding}' is not an encoding Duiyi knows (try utf-8, gb18030 or big5)."
        ) from None
    try:
        # A byte-order mark is not text, whichever encoding the user named.
        return data.decode(codec.name).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _undecodable(name, encoding, error, overridden=True) from None


def _undecodable(
    name: str, encoding: str, error: UnicodeDecodeError, *, overridden: bool
) -> EncodingError:
    where = f"byte {error.object[error.start]:#04x} at position {error.start}"
    if overridden:
        advice = "try another --encoding, or leave --encoding out to let Duiyi detect it."
    else:
        advice = "give the right one with --encoding."
    return EncodingError(f"{name} cannot be decoded as {encoding} ({where}); {advice}")
