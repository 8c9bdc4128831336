"""`duiyi terms ...` end to end on a real collection file."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Collection
from desktop.main import main


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_list_search_edit_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.duiyi"
    code, out, _ = _run(
        capsys, db, "terms", "add", "绿色出行", "green travel; green growth",
        "--tag", "env", "policy", "--deck", "CATTI", "--notes", "from the 2021 report",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Added term 1: 绿色出行 (lǜsè chūxíng)")
    assert (
        _run(
            capsys,
            db,
            "terms",
            "add",
            "網絡安全",
            "cybersecurity",
            "--pinyin",
            "wang3luo4 an1quan2",
        )[0]
        == 0
    )

    code, out, _ = _run(capsys, db, "terms", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split("\t") == [
        "1", "绿色出行", "lǜsè chūxíng", "green travel; green growth", "env,policy"
    ]  # fmt: skip
    assert lines[1].split("\t")[2] == "wǎngluò ānquán"

    assert _run(capsys, db, "terms", "list", "--deck", "CATTI")[1].count("\n") == 1
    assert _run(capsys, db, "terms", "list", "--tag", "env")[1].startswith("1\t")
    assert _run(capsys, db, "terms", "list", "--status", "candidate")[1] == ""
    for query in ("网络", "wangluo", "wǎngluò", "cyber"):
        assert _run(capsys, db, "terms", "search", query)[1].startswith("2\t網絡安全"), query

    code, out, _ = _run(capsys, db, "terms", "edit", "网络安全", "--english", "cyber security")
    assert code == 0 and "cyber security" in out
    code, out, _ = _run(capsys, db, "terms", "edit", "1", "--chinese", "绿色低碳发展")
    assert code == 0 and "lǜsè dītàn fāzhǎn" in out

    code, out, _ = _run(capsys, db, "terms", "delete", "绿色低碳发展")
    assert code == 0 and out.startswith("Deleted term 1")
    with Collection.open(db) as col:
        assert [t.chinese for t in col.terms.search()] == ["網絡安全"]
        assert col.terms.get(term_id=2).english == "cyber security"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["terms", "add", "", "green"], "needs its Chinese"),
        (["terms", "add", "绿色", " ; "], "at least one English"),
        (["terms", "list", "--deck", "Nope"], "no deck named Nope"),
        (["terms", "edit", "99"], "Nothing to change"),
        (["terms", "edit", "99", "--notes", "x"], "no term with id 99"),
        (["terms", "delete", "不存在"], "no term 不存在"),
    ],
)
def test_user_errors_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, tmp_path / "c.duiyi", *argv)
    assert code == 1
    assert out == ""
    assert err.startswith("duiyi: ") and message in err
    assert err.count("\n") == 1


def test_the_same_chinese_twice_asks_for_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.duiyi"
    _run(capsys, db, "terms", "add", "发展", "development")
    _run(capsys, db, "terms", "add", "發展", "growth")
    code, _, err = _run(capsys, db, "terms", "delete", "发展")
    assert code == 1 and "ids 1, 2" in err


def test_bad_usage_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, tmp_path / "c.duiyi", "terms", "bogus")[0] == 2
    assert _run(capsys, tmp_path / "c.duiyi", "terms", "add", "只有中文")[0] == 2
    assert _run(capsys, tmp_path / "c.duiyi", "terms", "list", "--status", "maybe")[0] == 2
    assert not (tmp_path / "c.duiyi").exists()
