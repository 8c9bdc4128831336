"""Glossary rows whose Chinese side holds no Chinese characters are left out and reported by
count and first example, in `import` (CSV, TSV, Word tables) and in `import-cards`."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from db import Collection
from db.ops.term_info import TermQuery
from desktop.main import main

GLOSSARY = (
    "English,Chinese\n"      # line 1
    "computer,电脑\n"         # 2
    "network,网络\n"          # 3
    "\n"                     # 4
    "cyberspace,网络空间\n"   # 5
    "digital divide,数字鸿沟\n"  # 6
    "to eat,\n"              # 7
    "duplicate,Ctrl + D\n"   # 8
    "to eat,食べる\n"         # 9
    "annual report,年度报告\n"    # 10
)  # fmt: skip
NOTE = "Skipped 3 rows without Chinese characters, e.g. line 7: 'to eat'."
KEPT = sorted(["年度报告", "电脑", "数字鸿沟", "网络", "网络空间"])


def _terms(db: Path) -> list[tuple[str, str, str]]:
    col = Collection.open(db)
    try:
        return sorted(
            (t.chinese, t.english, t.status) for t in col.terms.search(TermQuery(text=""))
        )
    finally:
        col.close()


def test_import_cards_reports_the_rows_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import-cards", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Read 5 terms from terms.csv: 5 new candidates, 0 skipped "
        "(already in the collection or without English).",
        NOTE,
    ]
    assert [t[0] for t in _terms(db)] == KEPT


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_import_reports_the_rows_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = tmp_path / f"terms{suffix}"
    text = GLOSSARY if suffix == ".csv" else GLOSSARY.replace(",", "\t")
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  glossary terms: 5\n" in out
    assert f"  note: {NOTE}\n" in out
    assert [t[0] for t in _terms(db)] == KEPT


def test_a_word_table_names_the_table_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for english, chinese in [("computer", "电脑"), ("network", "网络"), ("=1+1", "=1+1"),
                             ("cyberspace", "网络空间")]:  # fmt: skip
        cells = table.add_row().cells
        cells[0].text, cells[1].text = english, chinese
    path = tmp_path / "table.docx"
    document.save(str(path))
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "  note: Skipped 1 table row without Chinese characters, e.g. table row 3: '=1+1'.\n" in out
    )
    assert [t[0] for t in _terms(db)] == sorted(["电脑", "网络", "网络空间"])


def test_a_glossary_with_no_chinese_at_all_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "japanese.tsv"
    path.write_text("to eat\t食べる\nto drink\t飲む\n", encoding="utf-8")
    db = tmp_path / "c.duiyi"
    for command in ("import", "import-cards"):
        assert main(["--db", str(db), command, str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "duiyi: japanese.tsv has no rows with both a Chinese term and its English.",
        "duiyi: japanese.tsv holds no Chinese terms to import. "
        "Skipped 2 rows without Chinese characters, e.g. line 1: '食べる'.",
    ]
    assert _terms(db) == []
