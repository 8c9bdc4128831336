"""`duiyi` loads only the command it runs: `duiyi extract` starts without the storage layer,
and every command the subcommand modules register is listed where the entry point finds it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from desktop.cli.app import COMMANDS, build_parser

REPO = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_registered_command_is_listed_with_its_module() -> None:
    listed = {command for commands in COMMANDS.values() for command in commands}
    assert _commands(build_parser()) == listed


def test_a_known_command_loads_only_its_own_module() -> None:
    assert _commands(build_parser(["--db", "x.duiyi", "extract", "t.txt"])) == {"extract"}
    assert _commands(build_parser(["import-cards", "deck.apkg"])) == {"export", "import-cards"}
    # Help, no command or a misspelt one: every command, so argparse can list or suggest them.
    full = _commands(build_parser())
    assert _commands(build_parser(["extract", "--help"])) == full
    assert _commands(build_parser([])) == full
    assert _commands(build_parser(["extrakt"])) == full


def test_extract_without_a_collection_does_not_load_sqlalchemy(seed_path: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.main import main\n"
        f"assert main(['extract', {str(seed_path)!r}, '--format', 'tsv']) == 0\n"
        "print('sqlalchemy' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stderr.strip() == "False"
    pairs = {tuple(line.split("\t")[:2]) for line in done.stdout.splitlines()}
    assert ("网络空间", "cyberspace") in pairs
