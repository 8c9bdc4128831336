"""The reader sizes rows to their text where the user looks, so long documents open at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duiyi.pipeline import read_and_align

PAIRS = 240
ZH_SENTENCE = "我们坚持绿色出行，推动数字经济与实体经济深度融合。"


@pytest.fixture
def long_document(collection: Any, tmp_path: Path) -> Any:
    """A paragraph-interleaved text of PAIRS pairs of different lengths, imported."""
    blocks = []
    for i in range(PAIRS):
        repeat = 1 + i % 7
        blocks.append(f"第{i + 1}段。" + ZH_SENTENCE * repeat)
        blocks.append(
            f"Paragraph {i + 1}. "
            + "We pursue green travel and integrate the digital and real economies. " * repeat
        )
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return collection.documents.add(document=read_and_align(path)).value.document_id


def _clipped_rows(reader: Any) -> list[int]:
    """Rows in view whose height is less than their laid-out text needs."""
    table = reader.table
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = reader.model.rowCount() - 1 if last < 0 else last
    clipped = []
    for row in range(first, last + 1):
        needed = max(table.sizeHintForRow(row), 0)
        if table.rowHeight(row) < needed:
            clipped.append(row)
    return clipped


def test_rows_in_view_fit_their_text_and_far_rows_wait(
    qtbot: Any, window: Any, idle: Any, long_document: Any
) -> None:
    window.resize(1100, 800)
    window.go("reader", long_document)
    idle()
    reader = window.screens["reader"]
    qtbot.waitUntil(lambda: reader.model.rowCount() == PAIRS, timeout=10000)
    # fitting follows the last column resize within a few event-loop turns
    qtbot.waitUntil(lambda: bool(reader.row_heights.fitted), timeout=5000)
    qtbot.waitUntil(lambda: _clipped_rows(reader) == [], timeout=2000)
    # only the rows around the view were laid out, not the whole document
    assert len(reader.row_heights.fitted) < PAIRS // 4
    assert PAIRS - 1 not in reader.row_heights.fitted

    bar = reader.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: PAIRS - 1 in reader.row_heights.fitted, timeout=5000)
    qtbot.waitUntil(lambda: _clipped_rows(reader) == [], timeout=5000)
