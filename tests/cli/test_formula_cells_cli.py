"""Every CSV/TSV the command line writes opens in a spreadsheet without running a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from db import Collection
from desktop.main import main

LINK = '=HYPERLINK("http://evil.example","click")'


def _collection(tmp_path: Path) -> Path:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="网络空间", english=LINK)
        col.terms.add(chinese="绿色出行", english="green-travel (a+b=c)")
        col.terms.add(chinese="候选", english="@SUM(A1)", status="candidate")
    return path


def test_exported_csv_and_tsv_neutralise_formulas(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    for name, delimiter in (("p.csv", ","), ("p.tsv", "\t")):
        assert main(["--db", str(db), "export", "--csv", str(tmp_path / name)]) == 0
        with (tmp_path / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=delimiter))
        assert rows == [["网络空间", "'" + LINK], ["绿色出行", "green-travel (a+b=c)"]]


def test_term_and_candidate_lines_neutralise_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _collection(tmp_path)
    assert main(["--db", str(db), "terms", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[3] for line in lines] == [
        "'@SUM(A1)",
        "green-travel (a+b=c)",
        "'" + LINK,
    ]
    assert main(["--db", str(db), "candidates", "list", "--format", "tsv"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split("\t")[1:3] == ["候选", "'@SUM(A1)"]
