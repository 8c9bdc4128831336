"""The bundled sample (resources/samples): the seed's layout, and it reads, aligns and stores."""

from __future__ import annotations

import re
from pathlib import Path

from db import Collection
from db.ops.term_info import TermQuery
from duiyi.pipeline import read_and_align

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"
TEXT = SAMPLE / "green-rural-development.txt"
WATERMARK = "本文来源：某某网 https://example.org/123.html"


def test_the_sample_has_the_seed_layout() -> None:
    lines = [line for line in TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert WATERMARK in lines  # a watermark on its own line
    assert any(line.endswith(WATERMARK) and line != WATERMARK for line in lines)  # and glued on
    body = [line.replace(WATERMARK, "") for line in lines if line != WATERMARK]
    han = [bool(re.search(r"[\u4e00-\u9fff]", line)) for line in body]
    # Chinese, then its English, all the way down.
    assert han == [True, False] * (len(body) // 2)
    assert ("一、总体目标", "General Objectives") in list(zip(body[::2], body[1::2], strict=True))
    assert 6 <= sum(1 for line in body[::2] if len(line) > 40) <= 8


def test_the_sample_aligns_without_its_watermark_and_can_be_stored(tmp_path: Path) -> None:
    document = read_and_align(TEXT)
    paragraphs = [p for p in document.pairs if p.kind == "paragraph"]
    headings = [p for p in document.pairs if p.kind == "heading"]
    assert len(paragraphs) >= 6
    assert ("一、总体目标", "General Objectives") in [(h.zh, h.en) for h in headings]
    assert all("example.org" not in p.zh + p.en for p in document.pairs)
    with Collection.open(tmp_path / "c.duiyi") as col:
        term = col.terms.add(chinese="乡村振兴", english="rural revitalization").value
        assert col.terms.search(TermQuery(text="振兴"))[0].id == term.id
