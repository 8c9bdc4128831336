"""Browse's term editor: the header of the other renderings' list shows whole at the window's
default size, the renderings taking the room the status leaves."""

from __future__ import annotations

from typing import Any


def test_the_other_renderings_header_fits_at_the_default_size(
    qtbot: Any, window: Any, idle: Any, collection: Any, program_look: None
) -> None:
    term_id = collection.terms.add(
        chinese="国际组织", english="international organizations"
    ).value.id
    collection.terms.add_rendering(term_id=term_id, english="IOs", status="accepted")
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.table.selectRow(0)
    idle()
    qtbot.waitUntil(lambda: browse.form.others.isVisible())
    others = browse.form.others
    header = others.header()
    assert window.size().width() == 1180  # the default size, no layout remembered
    # Every column's header at least as wide as its text needs (Qt elides it otherwise) ...
    assert [header.sectionSize(i) >= header.sectionSizeHint(i) for i in (0, 1)] == [True, True]
    # ... and the columns fill the list, the status only as wide as it needs.
    assert header.sectionSize(0) + header.sectionSize(1) == others.viewport().width()
    assert header.sectionSize(1) == max(header.sectionSizeHint(1), others.sizeHintForColumn(1))
