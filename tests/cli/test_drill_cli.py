"""`duiyi drill|class|lesson` end to end: real collection, real PDFs and export files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from db import Collection
from desktop.main import main
from duiyi.drill.formats.export import key_path

TERMS = [
    ("网络空间", "cyberspace", "law"),
    ("数字鸿沟", "digital divide", "law"),
    ("绿色出行", "green travel", "law"),
    ("人类命运共同体", "a community with a shared future for mankind", "law"),
    ("供给侧改革", "supply-side reform", "econ"),
    ("高质量发展", "high-quality development", "econ"),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        for zh, en, tag in TERMS:
            col.terms.add(chinese=zh, english=en, tags=[tag])
    return path


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _items(db: Path, run_id: int) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    try:
        (items,) = conn.execute("SELECT items FROM drill_runs WHERE id = ?", (run_id,)).fetchone()
    finally:
        conn.close()
    return list(json.loads(items))


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_lessons_classes_and_a_printed_class_drill(
    qapp: Any, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `qapp`: the test run's one QApplication, which printing uses rather than making its own.
    assert _run(db, "lesson", "add", "Week 1", "--date", "2026-12-01", "--tag", "law") == 0
    assert capsys.readouterr().out == (
        "Added lesson Week 1 (2026-12-01) with 4 terms; release it with `duiyi lesson release`.\n"
    )
    sheet, key = tmp_path / "sheet.pdf", tmp_path / "key.pdf"
    printing = ["drill", "print", "--mode", "mc", "--count", "3", "--seed", "2", "--lesson",
                "Week 1", "--class", "Class 3", "--out", str(sheet), "--key", str(key)]  # fmt: skip
    assert _run(db, *printing) == 1
    assert "There is no class named 'Class 3'" in capsys.readouterr().err
    assert _run(db, "class", "add", "Class 3") == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("name\n王芳\nLi Lei\n", encoding="utf-8")
    assert _run(db, "class", "roster", "Class 3", str(roster)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Added 2 students to Class 3 (0 names already there)."
    )
    assert _run(db, *printing) == 1
    assert "Lesson Week 1 is not released yet" in capsys.readouterr().err
    assert not sheet.exists()
    assert _run(db, "lesson", "release", "Week 1") == 0
    assert capsys.readouterr().out == "Released lesson Week 1: 4 terms.\n"
    assert _run(db, *printing) == 0
    assert capsys.readouterr().out == (
        f"Printed 3 items to {sheet} and the key to {key} (drill run 1).\n"
    )
    items = _items(db, 1)
    law = {en for _zh, en, tag in TERMS if tag == "law"}
    sheet_text, key_text = _text(sheet), _text(key)
    for item in items:
        assert set(item["options"]) <= law
        assert f"{item['number']}. {item['prompt']}" in sheet_text
        letter = chr(ord("A") + item["right"])
        answer = item["accepted"][0][0]
        assert f"{item['number']}. {item['prompt']} {letter}. {answer}" in key_text
    assert "Class 3" in sheet_text


def test_every_export_format_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt, suffix in (("wjx", "txt"), ("chaoxing", "xlsx"), ("gift", "txt"),
                        ("aiken", "txt"), ("kahoot", "xlsx"), ("quizlet", "txt")):  # fmt: skip
        out = tmp_path / f"{fmt}.{suffix}"
        args = ["drill", "export", "--format", fmt, "--mode", "mc", "--count", "4",
                "--seed", "1", "--out", str(out)]  # fmt: skip
        assert _run(db, *args) == 0, capsys.readouterr().err
        said = capsys.readouterr().out
        files = [out, key_path(out)] if fmt == "wjx" else [out]
        assert said.startswith(f"Exported 4 items to {' and '.join(map(str, files))}")
        for path in files:
            assert path.stat().st_size > 100
        if suffix == "txt":
            text = out.read_text(encoding="utf-8")
            prompts = [i["prompt"] for i in _items(db, int(said.split("run ")[1][:-3]))]
            assert all(p in text for p in prompts)


def test_results_report_and_csv_and_the_output_guard(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from db.ops.drills import StudentAnswer
    from duiyi.drill.build import build_drill
    from duiyi.drill.terms import DrillSettings, Mode

    assert _run(db, "class", "add", "Class 3") == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("=cmd|calc\nLi Lei\n", encoding="utf-8")
    assert _run(db, "class", "roster", "Class 3", str(roster)) == 0
    with Collection.open(db) as col:
        drill = build_drill(
            col.drills.terms(tags=["econ"]), DrillSettings(count=2, mode=Mode.TYPING)
        )
        run_id = col.drills.store_run(drill=drill, class_name="Class 3").value
        first, second = drill.items
        col.drills.store_results(run_id=run_id, answers=[
            StudentAnswer("=cmd|calc", 1, first.answer), StudentAnswer("=cmd|calc", 2, "x"),
            StudentAnswer("Li Lei", 1, first.answer)])  # fmt: skip
    capsys.readouterr()
    out = tmp_path / "results.csv"
    assert _run(db, "drill", "results", "--class", "Class 3", "--csv", str(out)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Students:",
        "  =cmd|calc\t1/2\t50%",
        "  Li Lei\t1/1\t100%",
        "Terms (most missed first):",
        f"  {second.prompt}\t0/1\t0%",
        f"  {first.prompt}\t2/2\t100%",
        f"Wrote 3 answers to {out}.",
    ]
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[3] for line in lines[1:]] == ["'=cmd|calc", "'=cmd|calc", "Li Lei"]
    assert _run(db, "drill", "results", "--csv", str(db)) == 1
    assert "duiyi:" in capsys.readouterr().err
    sheet = tmp_path / "s.pdf"
    backup_like = db.with_name(db.name + "-wal")
    assert _run(db, "drill", "print", "--mode", "blanks", "--out", str(sheet),
                "--key", str(backup_like)) == 1  # fmt: skip
    assert not sheet.exists()


def test_marks_from_paper_are_entered_for_a_run(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("王芳\nLi Lei\n", encoding="utf-8")
    for args in (("class", "add", "Class 3"), ("class", "add", "Class 4"),
                 ("class", "roster", "Class 3", str(roster))):  # fmt: skip
        assert _run(db, *args) == 0
    export = ["drill", "export", "--format", "gift", "--mode", "blanks", "--count", "2",
              "--tag", "econ", "--class", "Class 3", "--out", str(tmp_path / "q.txt")]  # fmt: skip
    assert _run(db, *export) == 0
    first, second = _items(db, 1)
    marks = tmp_path / "marks.csv"
    marks.write_text(
        f"student,item,answer,right\n王芳,1,{first['accepted'][0][0]},\n王芳,2,,no\n"
        "Li Lei,1,,yes\nLi Lei,2,anything,\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    enter = ["drill", "results", "--class", "Class 3", "--run", "1", "--enter", str(marks)]
    assert _run(db, *enter) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Stored 4 marks for Class 3 in drill run 1.",
        "Students:",
        "  Li Lei\t1/2\t50%",
        "  王芳\t1/2\t50%",
        "Terms (most missed first):",
        f"  {second['prompt']}\t0/2\t0%",
        f"  {first['prompt']}\t2/2\t100%",
    ]
    wrong_class = ["drill", "results", "--class", "Class 4", "--run", "1", "--enter", str(marks)]
    assert _run(db, *wrong_class) == 1
    assert capsys.readouterr().err.strip() == (
        "duiyi: Drill run 1 was given to class Class 3, not Class 4."
    )
    marks.write_text("王芳,1,,no\nZhang Wei,2,,yes\n", encoding="utf-8")
    assert _run(db, *enter) == 1
    assert capsys.readouterr().err.strip() == (
        f"duiyi: {marks}, line 2: Zhang Wei is not on the roster of Class 3."
    )
    marks.write_text("王芳,7,,yes\n", encoding="utf-8")
    assert _run(db, *enter) == 1
    assert capsys.readouterr().err.strip() == f"duiyi: {marks}, line 1: drill run 1 has no item 7."
    assert _run(db, "drill", "results", "--enter", str(marks)) == 1
    assert capsys.readouterr().err.strip() == (
        "duiyi: Entering marks takes all three: --class C --run N --enter FILE.csv."
    )
    # Nothing of the refused files was stored: the report is as before.
    assert _run(db, "drill", "results", "--class", "Class 3") == 0
    assert capsys.readouterr().out.splitlines()[1:3] == ["  Li Lei\t1/2\t50%", "  王芳\t1/2\t50%"]
