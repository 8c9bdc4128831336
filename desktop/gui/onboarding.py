"""First run: import the bundled sample through the facade and say what to do next."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from db.ops.workflows import ImportResult
from db.results import OpResult
from desktop.gui.importing import import_path
from desktop.gui.service import Failure, Task
from desktop.gui.widgets import MessageKind

if TYPE_CHECKING:
    from db.collection import Collection


def import_sample_if_needed(window: Any, sample: Path, *, force: bool) -> None:
    """Import `sample` when the collection is empty (or `force` and it is not there yet),
    with the Library showing the import's progress meanwhile, not "Your library is empty"."""
    service = window.service

    def needed(col: Collection) -> bool:
        documents = col.documents.all()
        names = {d.source_name for d in documents}
        return not documents or (force and sample.name not in names)

    def start(wanted: bool) -> None:
        if wanted:
            _import(window, sample)

    service.op(needed, on_done=start)


def _import(window: Any, sample: Path) -> None:
    service = window.service
    col = service.collection
    library = window.screen_for("library")

    def work(task: Task) -> OpResult[ImportResult]:
        return import_path(col, sample, progress=task.progress_fn(), cancel=task.token)

    def done(_result: OpResult[ImportResult]) -> None:
        window.show_message(
            QCoreApplication.translate(
                "Onboarding",
                "Welcome to Duiyi! A sample text is in your Library. Next: confirm its terms "
                "under Candidates (Ctrl+2), then study them (Ctrl+4). Import your own text "
                "with Ctrl+O or drag a file onto this window.",
            ),
            MessageKind.INFO,
            stay=True,  # the first steps stay until the user closes them
        )
        window.go("library")

    def failed(failure: Failure) -> None:
        service.error_raised.emit(failure)  # a user error shown as a message, a bug reported

    task = service.run(work, on_done=done, on_error=failed, source=window)
    library.show_importing(
        task, QCoreApplication.translate("Onboarding", "Importing the sample text…")
    )
