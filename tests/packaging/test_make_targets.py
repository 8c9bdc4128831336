"""`make run` installs the program alone plus what a real window needs; `make test` the rest."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _dry_run(target: str) -> list[str]:
    """The commands `make` would run for `target` from scratch (-B: as if nothing was made)."""
    done = subprocess.run(
        ["make", "-n", "-B", "-C", str(REPO), target],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.splitlines()


def test_make_run_installs_the_program_without_extras_and_the_window_libraries() -> None:
    lines = _dry_run("run")
    installs = [line.strip() for line in lines if "pip install" in line and "-e" in line]
    assert installs == [".venv/bin/pip install -q -e ."]
    debs = next(line for line in lines if "dpkg -s" in line)
    packages = debs.replace(";", " ").split()
    assert "libxcb-cursor0" in packages
    assert "libxkbcommon-x11-0" in packages


def test_make_test_adds_the_test_and_development_extras() -> None:
    lines = _dry_run("test")
    installs = [line.strip() for line in lines if "pip install" in line and "-e" in line]
    assert installs == [
        ".venv/bin/pip install -q -e .",
        ".venv/bin/pip install -q -e '.[test,dev]'",
    ]
