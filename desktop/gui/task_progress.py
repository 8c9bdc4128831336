"""The progress dialog of a long task: shown after half a second, Cancel cancels the task."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.gui.service import Task


class TaskProgress(QProgressDialog):
    """A window-modal progress dialog that follows `task` and cancels it on Cancel."""

    def __init__(self, task: Task, label: str, cancel_text: str, parent: QWidget) -> None:
        super().__init__(label, cancel_text, 0, 0, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(500)
        # The task ends the dialog (finish), not reaching the maximum.
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(task.cancel)
        task.progressed.connect(self._on_task_progressed)

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))

    def finish(self) -> None:
        """Close for good once the task has ended, whatever the way."""
        self.canceled.disconnect()
        self.close()
        self.deleteLater()
