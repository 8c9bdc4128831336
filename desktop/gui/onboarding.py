"""First run: import the bundled sample through the facade and say what to do next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.ops.workflows import ImportResult
from db.results import OpResult
from desktop.gui.importing import import_path
from desktop.gui.service import Task
from desktop.gui.widgets import MessageKind


def import_sample_if_needed(window: Any, sample: Path, *, force: bool) -> None:
    """Import `sample` when the collection is empty (or `force` and it is not there yet)."""
    service = window.service
    col = service.collection

    def work(task: Task) -> OpResult[ImportResult] | None:
        documents = col.documents.all()
        names = {d.source_name for d in documents}
        if documents and (not force or sample.name in names):
            return None
        return import_path(col, sample, progress=task.progress_fn(), cancel=task.token)

    def done(result: OpResult[ImportResult] | None) -> None:
        if result is None:
            return
        window.show_message(
            window.tr(
                "Welcome to Duiyi! A sample text is in your Library. Next: confirm its terms "
                "under Candidates (Ctrl+2), then study them (Ctrl+4). Import your own text "
                "with Ctrl+O or drag a file onto this window."
            ),
            MessageKind.INFO,
            stay=True,  # the first steps stay until the user closes them
        )
        window.go("library")

    service.run(work, on_done=done, source=window)
