"""Counts in messages carry thousands separators, the same on the command line and in the
program (one helper, duiyi.counts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.main import main
from duiyi.counts import counted, number

MANY = 1234


def test_the_helper() -> None:
    assert [number(n) for n in (0, 999, 1000, 6804, 1234567)] == [
        "0", "999", "1,000", "6,804", "1,234,567"
    ]  # fmt: skip
    assert counted(1, "term") == "1 term"
    assert counted(6804, "term") == "6,804 terms"
    assert counted(2, "entry", "entries") == "2 entries"


def _glossary(folder: Path) -> Path:
    path = folder / "big.csv"
    rows = [f"第{i}号词,term number {i}" for i in range(MANY)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_command_line_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.duiyi")
    assert main(["--db", db, "import-cards", str(_glossary(tmp_path))]) == 0
    assert capsys.readouterr().out == (
        "Read 1,234 terms from big.csv: 1,234 new candidates, 0 skipped "
        "(already in the collection or without English).\n"
    )
    assert main(["--db", db, "candidates", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1,234 candidates."
    assert main(["--db", db, "candidates", "accept", "--all"]) == 0
    assert capsys.readouterr().out == "Accepted 1,234 terms.\n"
    assert main(["--db", db, "export", "--csv", str(tmp_path / "out.tsv")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Exported 1,234 terms to {tmp_path / 'out.tsv'}."
