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
    to_simplified: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AlignedDocument:
    """Read, clean and align a file (or pasted text) with the core pipeline."""
    from desktop.gui.cpu import run_in_process
    from duiyi.pipeline import align_pasted, read_and_align

    token = cancel or CancelToken()
    if text is not None:
        return run_in_process(
            align_pasted, text, keep=keep, to_simplified=to_simplified, cancel=token
        )
    assert path is not None
    return run_in_process(
        read_and_align,
        path,
        en_path=english_path,
        encoding=encoding,
        keep=keep,
        to_simplified=to_simplified,
        cancel=token,
    )


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
    document = read_document(path, cancel=cancel)
    return store_document(col, document, progress=progress, cancel=cancel)


def extract_candidates(col: Any, document_id: Any, *, cancel: CancelToken | None = None) -> Any:
    """Extract a stored document's candidates (in the helper process) and store them."""
    from desktop.gui.cpu import run_in_process
    from duiyi.extract import extract_terms

    pairs, known, decided = col.extraction_input(document_id=document_id)
    candidates = run_in_process(
        extract_terms, pairs, known=known, exclude=decided, cancel=cancel or CancelToken()
    )
    return col.store_candidates(document_id=document_id, candidates=candidates)
