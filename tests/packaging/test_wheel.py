"""The wheel `pip install .` builds holds the whole program: every module, the migrations and
resources/ (as desktop/resources/), and an installed copy finds them without the checkout."""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import duiyi

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("duiyi", "db", "desktop")
# What the program loads from resources/ at run time; the rest of it (screenshots for the
# README, the .ts source and its helper script) stays out of the wheel.
RESOURCE_GLOBS = ("icons/*.svg", "styles/*.qss", "translations/*.qm", "samples/*")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy: setuptools would reuse a stale build/ folder in the checkout (and leave
    # one there), hiding a module that pyproject no longer lists.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for folder in (*PACKAGES, "resources"):
        shutil.copytree(
            REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        text=True,
    )
    (out / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    (built,) = out.glob("duiyi-*.whl")
    return built


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _source_files(folder: str, pattern: str) -> set[str]:
    root = REPO / folder
    return {
        path.relative_to(REPO).as_posix()
        for path in root.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_is_named_for_the_version(wheel: Path) -> None:
    assert wheel.name == f"duiyi-{duiyi.__version__}-py3-none-any.whl"


def test_the_wheel_holds_every_module_of_the_three_packages(wheel: Path) -> None:
    names = _names(wheel)
    expected = set().union(*(_source_files(package, "*.py") for package in PACKAGES))
    # A package folder missing from pyproject's list drops all its modules: name them.
    missing = sorted(expected - names)
    assert missing == [], f"not in the wheel (add the package to pyproject.toml): {missing}"


def test_the_wheel_holds_the_migrations(wheel: Path) -> None:
    names = _names(wheel)
    migrations = _source_files("db/migrations", "*")
    assert {"db/migrations/alembic.ini", "db/migrations/script.py.mako"} <= migrations
    assert sorted(migrations - names) == []


def test_the_wheel_holds_resources_the_program_loads(wheel: Path) -> None:
    names = _names(wheel)
    in_wheel = {n.removeprefix("desktop/resources/") for n in names if "/resources/" in n}
    expected = {
        path.relative_to(REPO / "resources").as_posix()
        for pattern in RESOURCE_GLOBS
        for path in (REPO / "resources").glob(pattern)
    }
    # The files the code names: the application icon, both themes, the Chinese interface,
    # the sample the first run imports.
    assert {
        "icons/duiyi.svg",
        "styles/light.qss",
        "styles/dark.qss",
        "translations/duiyi_zh_CN.qm",
        "samples/green-rural-development.txt",
    } <= expected
    assert in_wheel == expected


def test_the_wheel_leaves_out_what_the_program_does_not_run(wheel: Path) -> None:
    tops = {name.split("/")[0] for name in _names(wheel)}
    assert tops == {"duiyi", "db", "desktop", f"duiyi-{duiyi.__version__}.dist-info"}
    resources = [name for name in _names(wheel) if name.startswith("desktop/resources/")]
    assert [n for n in resources if "/screenshots/" in n or n.endswith((".ts", ".py"))] == []


def test_the_wheel_declares_the_command_and_the_licence(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        info = f"duiyi-{duiyi.__version__}.dist-info"
        metadata = email.message_from_bytes(archive.read(f"{info}/METADATA"))
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert metadata["Version"] == duiyi.__version__
    assert metadata["License-Expression"] == "AGPL-3.0-or-later"
    assert "duiyi = desktop.main:main" in entry_points.splitlines()


def test_an_installed_wheel_finds_its_resources_away_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "-t", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "import desktop, desktop.gui.resources as r; "
        "print(desktop.__file__); print(r.resources_dir()); "
        "print(*[p.name for p in r.sample_files()]); "
        "print(r.app_icon().isNull()); "
        # Opening a new collection runs the Alembic migrations from the installed files.
        "from db import Collection; Collection.open('new.duiyi').close(); print('opened')"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONSAFEPATH", None)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    module, folder, samples, icon_null, opened = result.stdout.splitlines()
    assert Path(module) == target / "desktop" / "__init__.py"
    assert Path(folder) == target / "desktop" / "resources"
    assert samples == "green-rural-development.txt"
    assert icon_null == "False"
    assert opened == "opened"
    version = subprocess.run(
        [str(target / "bin" / "duiyi"), "--version"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert version.stdout == f"duiyi {duiyi.__version__}\n"


def test_building_the_wheel_prints_no_setuptools_warnings(wheel: Path) -> None:
    log = (wheel.parent / "build.log").read_text(encoding="utf-8")
    warnings = [line.strip() for line in log.splitlines() if "Warning:" in line]
    assert warnings == []
