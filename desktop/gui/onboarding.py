"""First run: import the bundled sample through the facade and say what to do next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.gui.facade import as_list, field, has
from desktop.gui.importing import extract_candidates, import_path
from desktop.gui.service import Task


def import_sample_if_needed(window: Any, sample: Path, *, force: bool) -> None:
    """Import `sample` when the collection is empty (or `force` and it is not there yet)."""
    service = window.service
    col = service.collection
    if not has(col, "list_documents"):
        return

    def work(task: Task) -> Any:
        documents = as_list(col.list_documents())
        names = {str(field(d, "source_name", default="")) for d in documents}
        if documents and (not force or sample.name in names):
            return None
        result = import_path(col, sample, progress=task.progress_fn(), cancel=task.token)
        summary = result.value
        if not summary.already_imported and has(col, "store_candidates"):
            extract_candidates(col, summary.document_id, cancel=task.token)
        return result

    def done(result: Any) -> None:
        if result is None:
            return
        window.show_message(
            window.tr(
                "Welcome to Duiyi! A sample text is in your Library. Next: confirm its terms "
                "under Candidates (Ctrl+2), then study them (Ctrl+4). Import your own text "
                "with Ctrl+O or drag a file onto this window."
            ),
            "info",
            stay=True,  # the first steps stay until the user closes them
        )
        window.go("library")

    service.run(work, on_done=done, source=window)
