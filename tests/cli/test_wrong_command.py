"""A file clearly meant for the other import command names that command, exits 1 and stores
nothing: flashcard files given to `import`, texts given to `import-cards`."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest

from db import Collection
from db.ops.term_info import TermQuery
from desktop.main import main
from duiyi.anki.apkg import write_apkg
from duiyi.anki.notes import ExportNote

PLECO = (
    "// Lesson 1/Words\n"
    "平安[平安]\tping2an1\tsafe; peaceful\n"
    "网络[網絡]\twang3luo4\tnetwork\n"
    "电脑[電腦]\tdian4nao3\tcomputer\n"
)
ANKI_TEXT = (
    "#separator:tab\n#html:true\n#notetype column:1\nBasic\t平安\tsafe\nBasic\t电脑\tcomputer\n"
)
TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh"/><body>'
    '<tu><tuv xml:lang="zh"><seg>数字鸿沟正在扩大。</seg></tuv>'
    '<tuv xml:lang="en"><seg>The digital divide is widening.</seg></tuv></tu></body></tmx>\n'
)


def _stored(db: Path) -> tuple[int, int]:
    """(documents, terms) in the collection; (0, 0) when no collection was made."""
    if not db.exists():
        return 0, 0
    col = Collection.open(db)
    try:
        return len(col.documents.all()), len(col.terms.search(TermQuery(text="")))
    finally:
        col.close()


def _files(folder: Path) -> dict[str, Path]:
    apkg = folder / "deck.apkg"
    write_apkg([ExportNote(guid="g1", chinese="平安", english=("safe",))], apkg,
               timestamp=int(time.time()))  # fmt: skip
    pleco = folder / "flashcards.txt"
    pleco.write_text(PLECO, encoding="utf-8")
    notes = folder / "notes.txt"
    notes.write_text(ANKI_TEXT, encoding="utf-8")
    tmx = folder / "memory.tmx"
    tmx.write_text(TMX, encoding="utf-8")
    word = folder / "report.docx"
    document = docx.Document()
    document.add_paragraph("我们要弥合数字鸿沟。")
    document.add_paragraph("We must bridge the digital divide.")
    document.save(str(word))
    return {"apkg": apkg, "pleco": pleco, "notes": notes, "tmx": tmx, "docx": word}


@pytest.mark.parametrize(
    ("command", "file", "message"),
    [
        ("import", "apkg", "deck.apkg is an Anki package, not a bilingual text: add its terms "
         "as candidates with `duiyi import-cards deck.apkg`."),
        ("import", "pleco", "flashcards.txt is a Pleco flashcard export, not a bilingual text: "
         "add its terms as candidates with `duiyi import-cards flashcards.txt`."),
        ("import", "notes", "notes.txt is a file of Anki notes (it starts with Anki's # header "
         "lines), not a bilingual text: add its terms as candidates with "
         "`duiyi import-cards notes.txt`."),
        ("import-cards", "tmx", "memory.tmx is a translation memory (TMX), not a file of cards: "
         "import it as a bilingual text with `duiyi import memory.tmx`."),
        ("import-cards", "docx", "report.docx is a Word document, not a file of cards: import "
         "it as a bilingual text with `duiyi import report.docx`."),
    ],
)  # fmt: skip
def test_the_other_command_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, file: str, message: str
) -> None:
    path = _files(tmp_path)[file]
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), command, str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"duiyi: {message}\n"
    assert captured.out == ""
    assert _stored(db) == (0, 0)


def test_the_right_command_still_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _files(tmp_path)
    db = tmp_path / "c.duiyi"
    for name in ("apkg", "pleco", "notes"):
        assert main(["--db", str(db), "import-cards", str(files[name])]) == 0
    for name in ("tmx", "docx"):
        assert main(["--db", str(db), "import", str(files[name])]) == 0
    capsys.readouterr()
    assert _stored(db) == (2, 3)  # 平安 once, 网络 and 电脑
