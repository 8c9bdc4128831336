"""A <br> is a line break inside a paragraph, as in a text file; <br><br> sets paragraphs apart.
Pages rendered from hard-wrapped notes have a <br> at every line end."""

from __future__ import annotations

from pathlib import Path

from duiyi.pipeline import read_and_align
from duiyi.read import read_file
from tests.library_passage import EN, ZH
from tests.library_passage import SCHOOLS_EN as EN_2
from tests.library_passage import SCHOOLS_ZH as ZH_2
from tests.library_passage import wrapped as _wrapped


def _lines(text: str) -> str:
    return "<br>\n".join(_wrapped(text))


def _page(tmp_path: Path) -> Path:
    paragraphs = [
        f"<blockquote><p>{_lines(ZH)}</p></blockquote>",
        f"<p>{_lines(EN)}</p>",
        f"<div>{_lines(ZH_2)}<br><br>\n{_lines(EN_2)}</div>",
    ]
    path = tmp_path / "notes.html"
    path.write_text("<html><body><main>" + "\n".join(paragraphs) + "</main></body></html>", "utf-8")
    return path


def test_br_breaks_a_line_and_two_of_them_a_paragraph(tmp_path: Path) -> None:
    source = read_file(_page(tmp_path))

    assert [block.text for block in source.blocks] == [
        "\n".join(_wrapped(text)) for text in (ZH, EN, ZH_2, EN_2)
    ]


def test_a_page_wrapped_with_br_pairs_whole_paragraphs(tmp_path: Path) -> None:
    aligned = read_and_align(_page(tmp_path))

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"] == [
        (ZH, EN),
        (ZH_2, EN_2),
    ]
