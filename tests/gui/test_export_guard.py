"""The export dialog and the crash report refuse to write over the collection (issue 11.1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.gui.crash import CrashDialog
from duiyi.errors import InvalidInput
from tests.db.conftest import dump


def test_the_export_dialog_will_not_write_over_the_collection(
    window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    path = Path(collection.path)
    before = dump(path)
    window.open_export(csv=True)
    dialog = window.export_dialog
    idle()
    sneaky = path.parent / "backups" / ".." / path.name
    dialog.path_edit.setText(str(sneaky))
    dialog.export_button.click()
    idle()
    assert dialog.status.text() == (
        f"Cannot write {sneaky}: it is the collection {path} itself; choose another file."
    )
    assert dialog.isVisible()
    assert dialog.export_button.isEnabled()
    dialog.reject()
    assert dump(path) == before


def test_a_crash_report_is_never_saved_over_the_collection(
    qtbot: Any, window: Any, collection: Any, tmp_path: Path
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    path = Path(collection.path)
    backup = collection.backups.make().path
    before = dump(path)
    backup_bytes = backup.read_bytes()

    def broken(_task: Any) -> None:
        raise RuntimeError("boom in a task")

    window.service.run(broken)
    qtbot.waitUntil(lambda: bool(window.findChildren(CrashDialog)))
    dialog = window.findChildren(CrashDialog)[0]
    for target, what in ((path, f"the collection {path} itself"), (backup, "a backup of")):
        with pytest.raises(InvalidInput) as refused:
            dialog.save_to(target)
        assert str(refused.value).startswith(f"Cannot write {target}: it is {what}")
    dialog.save_to(tmp_path / "report.txt")
    assert "boom in a task" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    dialog.close()
    assert dump(path) == before
    assert backup.read_bytes() == backup_bytes
