"""The import flow as plain calls (run on the service's threads): read and align, then one
facade call that stores the document and its candidates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from duiyi.document import AlignedDocument
from duiyi.progress import CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from db.collection import Collection
    from db.ops.workflows import ImportResult
    from db.results import OpResult


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
    col: Collection,
    document: AlignedDocument,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    title: str | None = None,
) -> OpResult[ImportResult]:
    """Store an aligned document and its candidates in one step, extracting in the helper."""
    from desktop.gui.cpu import run_in_process

    return col.documents.import_and_extract(
        document=document, title=title, progress=progress, cancel=cancel, run_cpu=run_in_process
    )


def import_path(
    col: Collection,
    path: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> OpResult[ImportResult]:
    """Read, align and store one file with its candidates (first-run sample, tests)."""
    document = read_document(path, cancel=cancel)
    return store_document(col, document, progress=progress, cancel=cancel)
