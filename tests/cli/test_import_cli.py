"""`duiyi import`, `duiyi documents` and `duiyi show` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.main import main


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_import_prints_a_summary_and_documents_lists_it(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(seed_path), "--title", "Cyberspace") == 0
    out = capsys.readouterr().out
    assert "Imported document 1: Cyberspace" in out
    assert "layout: paragraph-interleaved" in out
    assert "encoding: utf-8" in out
    assert "pairs: 14 (2 headings, 12 paragraphs)" in out
    assert "unpaired blocks: 0" in out
    assert "watermark (repeated text), 10x" in out
    assert "文章源自英文巴士" in out  # the example of what was removed

    assert _run(db, "documents") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[1].split()[:4] == ["1", "14", "0", "0"]
    assert listing[1].endswith("paragraph-interleaved / Cyberspace")


def test_a_second_import_of_the_same_text_is_reported(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(seed_path)) == 0
    assert _run(db, "import", str(seed_path)) == 0
    assert "Already imported as document 1" in capsys.readouterr().out
    assert _run(db, "documents") == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_keep_brings_a_removal_back(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(seed_path)) == 0
    key = next(
        line.split(":")[0].strip()
        for line in capsys.readouterr().out.splitlines()
        if "watermark" in line and "10x" in line
    )
    assert _run(db, "import", str(seed_path), "--keep", key, "--title", "Kept") == 0
    assert "Imported document 2: Kept" in capsys.readouterr().out
    assert _run(db, "show", "Kept") == 0
    assert "文章源自英文巴士" in capsys.readouterr().out


def test_show_prints_pairs_and_sentences(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(seed_path), "--title", "Seed") == 0
    capsys.readouterr()
    assert _run(db, "show", "Seed") == 0
    out = capsys.readouterr().out
    assert out.count("\n[") == 14
    assert "[1] heading" in out and "  en: Path to Realization" in out
    assert "[1.1]" not in out
    assert _run(db, "show", "1", "--sentences") == 0
    out = capsys.readouterr().out
    assert "    [2.1] sentence" in out
    assert "      zh: 1.加快全球网络基础设施建设,促进互联互通。" in out


def test_errors_are_one_plain_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.duiyi"
    english = tmp_path / "english.txt"
    english.write_text("Only English here.\nNothing else at all.\n", encoding="utf-8")
    assert _run(db, "import", str(english)) == 1
    err = capsys.readouterr().err
    assert err.startswith("duiyi: ") and "english.txt" in err and "only one language" in err
    assert _run(db, "show", "nothing") == 1
    assert "no document" in capsys.readouterr().err
    assert _run(db, "documents") == 0
    assert "No documents yet" in capsys.readouterr().out


def test_bad_files_fail_with_their_message_and_store_nothing(
    qapp: object, tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    scan = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(scan))
    painter = QPainter(writer)
    painter.drawRect(100, 100, 2000, 2000)
    painter.end()
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(seed_path)) == 0
    bad = {
        "empty.txt": (b"", "empty.txt is empty"),
        "picture.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
        "english.txt": (b"Only English.\nNothing else.\n", "only one language"),
        "broken.xlf": (b'<?xml version="1.0"?>\n<xliff><file>', "not well-formed XML"),
        "odd.txt": (b"abc \x81" + b"\xff\xff\xff\x81\x8d\x8f\x90\x9d\xff" * 3, "encoding"),
        "scan.pdf": (scan.read_bytes(), "this PDF has no text layer"),
    }
    for name, (data, message) in bad.items():
        path = tmp_path / name
        path.write_bytes(data)
        capsys.readouterr()
        assert _run(db, "import", str(path)) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"duiyi: {name}") or name in err
        assert message in err
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    assert _run(db, "import", str(huge)) == 1
    assert "60.0 MB" in capsys.readouterr().err
    assert _run(db, "documents") == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # the header and the seed only


def test_importing_a_glossary_makes_terms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    glossary = tmp_path / "terms.txt"
    glossary.write_text(
        "数字鸿沟：digital divide\n网络主权：cyber sovereignty\n互联互通：connectivity\n",
        encoding="utf-8",
    )
    assert _run(db, "import", str(glossary), "--deck", "Cyber") == 0
    out = capsys.readouterr().out
    assert "layout: glossary" in out
    assert "glossary terms: 3" in out
    assert _run(db, "documents") == 0
    assert capsys.readouterr().out.splitlines()[1].split()[:4] == ["1", "0", "0", "3"]


def test_import_and_show_point_at_markup_unpaired_blocks_and_doubtful_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.md"
    text.write_text(
        "---\ntitle: 笔记\n---\n\n城市倡导**绿色出行**，推动交通方式全面绿色转型。\n\n"
        "Cities promote green travel and push a green transformation of the ways "
        "people get around.\n\n本文由编辑部整理。\n\n"
        "今天的天气很好，我们和朋友一起去公园散步，然后在湖边喝茶聊天。\n\n"
        "The weather was fine yesterday and the committee approved the budget for the new "
        "station.\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.duiyi"
    assert _run(db, "import", str(text)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[out.index("  removed markup and boilerplate (keep one with --keep KEY):") + 1 :][
        :2
    ] == [
        "    front-matter: front matter (--- block at the top), 1x, e.g. '--- title: 笔记 ---'",
        "    markdown-emphasis: Markdown emphasis (** _ `), 1x, e.g. '**绿色出行**'",
    ]
    assert "  unpaired blocks: 1" in out
    assert _run(db, "show", "1") == 0
    shown = capsys.readouterr().out.splitlines()
    assert [line for line in shown if line.startswith("[")] == [
        "[1] paragraph 0.92",
        "[2] paragraph 0.00  (unpaired)",
        "[3] paragraph 0.24  (low score: check the pairing)",
    ]
