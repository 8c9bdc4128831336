"""The `duiyi` entry point: --version, --db and DUIYI_DB, exit codes, the crash log."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

import duiyi
from desktop.cli.app import build_parser
from desktop.cli.context import CliContext
from desktop.crashlog import data_folder
from desktop.main import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"duiyi {duiyi.__version__}"


def test_duiyi_db_names_the_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_db = tmp_path / "from-env.duiyi"
    monkeypatch.setenv("DUIYI_DB", str(env_db))
    assert main(["terms", "add", "共同富裕", "common prosperity"]) == 0
    assert env_db.exists()
    flag_db = tmp_path / "from-flag.duiyi"
    assert main(["--db", str(flag_db), "terms", "list"]) == 0
    assert flag_db.exists()
    capsys.readouterr()
    assert main(["terms", "list"]) == 0
    assert "共同富裕" in capsys.readouterr().out


def test_the_default_collection_lives_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUIYI_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["terms", "add", "新质生产力", "new quality productive forces"]) == 0
    assert (tmp_path / "data" / "duiyi" / "collection.duiyi").exists()
    assert data_folder() == tmp_path / "data" / "duiyi"


def test_a_bug_prints_a_short_message_and_logs_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def crash(ctx: CliContext) -> int:
        raise ZeroDivisionError("a slip inside Duiyi")

    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers.add_parser("crash").set_defaults(handler=crash)
    code = main(["--db", str(tmp_path / "c.duiyi"), "crash"], parser=parser)
    err = capsys.readouterr().err
    log = tmp_path / "data" / "duiyi" / "crash.log"
    assert code == 1
    assert err.startswith("duiyi: internal error (ZeroDivisionError: a slip inside Duiyi)")
    assert str(log) in err
    assert len(err.splitlines()) == 1
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "in crash" in text and "ZeroDivisionError" in text


def test_the_installed_command_runs_headless(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.main", "--db", str(tmp_path / "c.duiyi"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "no problems found" in done.stdout


def test_a_missing_folder_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(tmp_path / "nope" / "c.duiyi"), "terms", "list"])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
