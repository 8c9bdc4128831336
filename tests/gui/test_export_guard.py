"""The export dialog refuses to write over the collection (issue 11, item 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.db.conftest import dump


def test_the_export_dialog_will_not_write_over_the_collection(
    window: Any, idle: Any, collection: Any
) -> None:
    collection.add_term(chinese="数字鸿沟", english="digital divide")
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
