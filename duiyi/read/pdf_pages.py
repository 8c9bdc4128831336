"""The raw text of each PDF page, through pypdf.

A PDF encrypted with an empty user password (official PDFs that only restrict printing or
copying) is decrypted; one that needs a real password is refused. Each page is read in pypdf's
layout mode, which keeps visual lines; where layout mode loses text (it skips fonts it cannot
measure, such as LaTeX's Type3 bitmap fonts, and rotated text) the plain mode is used instead.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from duiyi.errors import UnsupportedFormat

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

# Fewer visible characters than this on a page, and layout mode may have dropped its text.
_FEW = 20
# Layout mode's text is "too little" when plain mode finds more than this many times as much.
_LOSS = 1.1
_INVISIBLE = re.compile(r"\s+")


class _Troubles(logging.Handler):
    """Notes that pypdf warned (it warns when layout mode leaves text out) and swallows it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        """Remember the warning; the user hears about real problems through our error."""
        self.seen = True


@contextmanager
def _pypdf_warnings() -> Iterator[_Troubles]:
    """pypdf's log warnings, caught instead of printed, for the length of the block."""
    logger = logging.getLogger("pypdf")
    saved = logger.level, logger.propagate, logger.handlers[:]
    troubles = _Troubles()
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.handlers = [troubles]
    try:
        yield troubles
    finally:
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
        logger.handlers = saved[2]


def page_texts(data: bytes, name: str) -> list[str]:
    """The text of every page of the PDF `data`; UnsupportedFormat naming `name` if unreadable."""
    from pypdf.errors import DependencyError

    with _pypdf_warnings() as troubles:
        try:
            return [_page_text(page, troubles) for page in _open(data, name).pages]
        except UnsupportedFormat:
            raise
        except DependencyError:
            raise UnsupportedFormat(
                f"{name} is encrypted, and this installation lacks the 'cryptography' package "
                "that decrypts it; reinstall Duiyi."
            ) from None
        except Exception as error:
            # pypdf documents that broken files can raise any exception, not only its own.
            detail = str(error) or type(error).__name__
            raise UnsupportedFormat(f"{name} is not a readable PDF ({detail}).") from None


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise UnsupportedFormat(
            f"{name} is a password-protected PDF; open it with its password in a PDF "
            "viewer, save a copy without the password, and import that copy."
        )
    return reader


def _page_text(page: PageObject, troubles: _Troubles) -> str:
    troubles.seen = False
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:
        layout = ""  # the layout engine trips on odd fonts; plain mode may not
        troubles.seen = True
    if not troubles.seen and visible_characters(layout) >= _FEW:
        return layout
    return fuller_text(layout, page.extract_text())


def visible_characters(text: str) -> int:
    """How many characters of `text` are not white space."""
    return len(_INVISIBLE.sub("", text))


def fuller_text(layout: str, plain: str) -> str:
    """Layout mode's text of a page, unless plain mode found clearly more: then plain mode's."""
    if visible_characters(plain) > _LOSS * visible_characters(layout):
        return plain
    return layout
