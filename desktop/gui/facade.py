"""Small helpers for reading the Collection facade's plain results in views.

The GUI only calls `db.Collection` methods (through CollectionService) and reads the frozen
dataclasses they return; these helpers keep that reading tolerant and short.
"""

from __future__ import annotations

from typing import Any

from duiyi.errors import DuiyiError


class NotReady(DuiyiError):
    """A feature whose storage part is not in this build of Duiyi."""


def has(collection: Any, method: str) -> bool:
    """True when the collection offers `method`."""
    return callable(getattr(collection, method, None))


def require(collection: Any, method: str) -> Any:
    """The bound method, or NotReady with a plain sentence."""
    fn = getattr(collection, method, None)
    if not callable(fn):
        raise NotReady(f"This version of Duiyi cannot do this yet ({method}).")
    return fn


def field(obj: Any, *names: str, default: Any = None) -> Any:
    """The first of `names` that `obj` has (attribute or mapping key), else default."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def unwrap(result: Any) -> Any:
    """The value of an OpResult, or the result itself."""
    if hasattr(result, "changes") and hasattr(result, "value"):
        return result.value
    return result


def as_list(result: Any) -> list[Any]:
    """A list of rows from a facade result that may be a page object or a sequence."""
    value = unwrap(result)
    for name in ("items", "rows", "terms", "results"):
        inner = field(value, name)
        if isinstance(inner, list | tuple):
            return list(inner)
    if value is None:
        return []
    return list(value)


def english_of(term: Any) -> str:
    """A term's preferred English, whatever shape the term row has."""
    english = field(term, "english", "preferred_english", "rendering", default="")
    if isinstance(english, list | tuple):
        english = english[0] if english else ""
    if not english:
        renderings = field(term, "renderings", default=()) or ()
        if renderings:
            first = renderings[0]
            english = field(first, "english", "text", default=str(first))
    return str(english or "")
