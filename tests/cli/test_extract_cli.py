"""`duiyi extract` and `duiyi candidates` from the command line, as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.main import main

DATA = Path(__file__).resolve().parents[1] / "data" / "extract" / "green_development.txt"


@pytest.fixture
def no_default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No --db, no $DUIYI_DB, and a user data folder we can look into."""
    monkeypatch.delenv("DUIYI_DB", raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


def _tsv(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


def test_tsv_without_a_database_stores_nothing(
    no_default_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(DATA), "--format", "tsv"]) == 0
    rows = _tsv(capsys.readouterr().out)
    assert rows and all(len(r) == 3 for r in rows)
    confidences = [float(r[2]) for r in rows]
    assert confidences == sorted(confidences, reverse=True)
    from duiyi.extract import DEFAULT_THRESHOLD

    assert min(confidences) >= DEFAULT_THRESHOLD
    assert ["绿色发展", "green development"] in [r[:2] for r in rows]
    assert not list(no_default_db.rglob("*.duiyi"))


def test_zh_terms_prints_one_line_per_term_in_order(
    no_default_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "terms.txt"
    listing.write_text("巴黎协定\n不在文中的词\n绿色消费\n", encoding="utf-8")
    assert main(["extract", str(DATA), "--zh-terms", str(listing), "--format", "tsv"]) == 0
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    assert [r[0] for r in rows] == ["巴黎协定", "不在文中的词", "绿色消费"]
    assert rows[0][1] == "Paris Agreement"
    assert rows[1][1] == ""
    assert rows[2][1] == "green consumption"
    assert "不在文中的词" in captured.err


def test_json_holds_everything_a_candidate_holds(
    no_default_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(DATA), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data[0]
    assert {"chinese", "english", "pinyin", "confidence", "frequency", "occurrences"} <= set(first)
    occ = first["occurrences"][0]
    assert occ["zh"][occ["zh_start"] : occ["zh_end"]] == first["chinese"]


def test_bad_input_gives_a_clear_message(
    no_default_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english_only = tmp_path / "english.txt"
    english_only.write_text("Only English here.\nAnd a second line.\n", encoding="utf-8")
    assert main(["extract", str(english_only), "--format", "tsv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("duiyi: ") and "Traceback" not in err
    one_line = tmp_path / "one.txt"
    one_line.write_text("只有一行中文。\n", encoding="utf-8")
    assert main(["extract", str(one_line)]) == 1
    assert capsys.readouterr().err.startswith("duiyi: ")
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_with_a_database_it_stores_and_candidates_reviews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.duiyi")
    assert main(["--db", db, "extract", str(DATA), "--format", "tsv"]) == 0
    printed = _tsv(capsys.readouterr().out)
    assert main(["--db", db, "extract", str(DATA), "--format", "tsv"]) == 0
    assert _tsv(capsys.readouterr().out) == printed  # same content: not imported twice
    assert main(["--db", db, "documents"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2

    assert main(["--db", db, "candidates", "list", "--format", "tsv"]) == 0
    listed = _tsv(capsys.readouterr().out)
    assert len(listed) >= len(printed)
    first_id, second_id = listed[0][0], listed[1][0]
    assert main(["--db", db, "candidates", "accept", first_id]) == 0
    assert "Accepted 1 term." in capsys.readouterr().out
    assert main(["--db", db, "candidates", "reject", second_id]) == 0
    assert "Rejected 1" in capsys.readouterr().out
    assert main(["--db", db, "candidates", "accept", "--min-confidence", "0.95"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "candidates", "list", "--document", "1", "--format", "tsv"]) == 0
    left = _tsv(capsys.readouterr().out)
    assert all(float(r[3]) < 0.95 for r in left)
    assert first_id not in {r[0] for r in left} and second_id not in {r[0] for r in left}

    assert main(["--db", db, "extract", "--document", "1", "--format", "tsv"]) == 0
    again = {r[0] for r in _tsv(capsys.readouterr().out)}
    assert listed[0][1] not in again  # accepted: not proposed again
    assert main(["--db", db, "candidates", "accept"]) == 1
    assert "IDS" in capsys.readouterr().err


def test_zh_terms_names_the_terms_only_guessed(
    no_default_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The TSV keeps its two columns; the warning tells a guess from a sure answer.
    text = tmp_path / "story.txt"
    text.write_text(
        "阿木古楞说，草原很美。\nAmugulang said the grassland is beautiful.\n", encoding="utf-8"
    )
    listing = tmp_path / "terms.txt"
    listing.write_text("阿木古楞\n不在文中的词\n", encoding="utf-8")
    assert main(["extract", str(text), "--zh-terms", str(listing), "--format", "tsv"]) == 0
    captured = capsys.readouterr()
    assert _tsv(captured.out) == [["阿木古楞", "Amugulang"], ["不在文中的词", ""]]
    assert captured.err == (
        "duiyi: 1 of the listed terms have no English found in the text; 1 more were guessed "
        "from what the sentence leaves unexplained: 不在文中的词、阿木古楞\n"
    )
