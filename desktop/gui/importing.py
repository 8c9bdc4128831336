"""The import flow as plain calls (run on the service's threads): read+align, then store."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from duiyi.document import AlignedDocument
from duiyi.progress import CancelToken, ProgressFn, no_progress


def read_document(
    path: Path | None = None,
    *,
    text: str | None = None,
    english_path: Path | None = None,
    encoding: str | None = None,
    keep: tuple[str, ...] = (),
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AlignedDocument:
    """Read, clean and align a file (or pasted text) with the core pipeline."""
    from duiyi import pipeline

    options: dict[str, Any] = {
        "english_path": english_path,
        "encoding": encoding,
        "keep": keep,
        "progress": progress,
        "cancel": cancel,
    }
    if text is not None:
        reader = getattr(pipeline, "read_and_align_text", None)
        if reader is None:
            raise NotImplementedError("pasted text import needs duiyi.pipeline.read_and_align_text")
        return _call(reader, text, options)
    assert path is not None
    return _call(pipeline.read_and_align, path, options)


def _call(fn: Any, first: Any, options: dict[str, Any]) -> Any:
    """Call fn(first, **options) passing only the options it accepts and that are set."""
    params = inspect.signature(fn).parameters
    accepts_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    kwargs = {
        name: value
        for name, value in options.items()
        if value is not None and value != () and (accepts_any or name in params)
    }
    return fn(first, **kwargs)


def store_document(
    col: Any,
    document: AlignedDocument,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    title: str | None = None,
    deck: str | None = None,
) -> Any:
    """Store an aligned document through the facade (import_document)."""
    options: dict[str, Any] = {
        "progress": progress,
        "cancel": cancel,
        "title": title,
        "deck": deck,
    }
    params = inspect.signature(col.import_document).parameters
    kwargs = {k: v for k, v in options.items() if v is not None and k in params}
    return col.import_document(document=document, **kwargs)


def import_path(
    col: Any, path: Path, *, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> Any:
    """Read, align and store one file in one go (first-run sample, tests)."""
    document = read_document(path, progress=progress, cancel=cancel)
    return store_document(col, document, progress=progress, cancel=cancel)
