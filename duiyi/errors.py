"""Errors the user can act on; anything else that escapes is a bug."""

from __future__ import annotations


class DuiyiError(Exception):
    """Something the user or their files got wrong, said as one plain sentence."""


class InvalidInput(DuiyiError):
    """Input that is well formed but cannot be used (empty text, one language only, ...)."""


class UnsupportedFormat(DuiyiError):
    """A file whose format Duiyi does not read, or that is damaged."""


class EncodingError(DuiyiError):
    """Bytes that do not decode in any encoding Duiyi knows, or in the one the user chose."""


class NotFound(DuiyiError):
    """A document, term, deck or file the user named does not exist."""


class StorageError(DuiyiError):
    """The collection file cannot be opened, written or migrated."""


class Cancelled(Exception):
    """Long work was cancelled by the user; a normal end, not an error."""
