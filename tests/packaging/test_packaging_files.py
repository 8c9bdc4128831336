"""The packaging files agree with the project: desktop entry, AppStream metadata, PyInstaller spec.

Pure file checks (no PyInstaller build); packaging/README.md says how the build itself was tried.
"""

from __future__ import annotations

import ast
import configparser
import re
import shlex
import tomllib
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree

import duiyi

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "org.duiyi.Duiyi.desktop"
METAINFO = PACKAGING / "org.duiyi.Duiyi.metainfo.xml"
SPEC = PACKAGING / "duiyi.spec"
ENTRY = PACKAGING / "duiyi_entry.py"


def _pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def _scripts() -> dict[str, str]:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    scripts = project["scripts"]
    assert isinstance(scripts, dict)
    return scripts


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"), source=str(DESKTOP))
    assert parser.has_section("Desktop Entry"), "the group must be [Desktop Entry]"
    return parser["Desktop Entry"]


def _metainfo() -> Element:
    root = ElementTree.parse(METAINFO).getroot()
    assert isinstance(root, Element)
    return root


def _text(root: Element, path: str) -> str:
    node = root.find(path)
    assert node is not None, f"{METAINFO.name} has no <{path}>"
    return (node.text or "").strip()


def _spec_assignment(name: str) -> object:
    """The literal value assigned to `name` at the top of the spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry.get("Type") == "Application"
    for key in ("Name", "Comment", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), f"{DESKTOP.name} lacks {key}"
    assert entry.get("Terminal") == "false"
    assert entry["Categories"].endswith(";"), "a list value ends with ';'"


def test_desktop_exec_runs_the_console_script_without_file_arguments() -> None:
    command = shlex.split(_desktop_entry()["Exec"])
    scripts = _scripts()
    assert command[0] in scripts, f"Exec runs {command[0]!r}, pyproject declares {sorted(scripts)}"
    assert scripts[command[0]] == "desktop.main:main"
    # `duiyi FILE` would be read as a subcommand: the entry must pass no %f/%F/%u/%U.
    assert not any(part.startswith("%") for part in command[1:]), command
    assert "MimeType" not in _desktop_entry(), "no MimeType while the program opens no files"


def test_desktop_icon_is_the_one_make_icons_installs() -> None:
    name = _desktop_entry()["Icon"]
    assert "/" not in name, "Icon is a theme name, not a path"
    assert not name.endswith((".svg", ".png", ".xpm")), "Icon names no file extension"
    script = (PACKAGING / "make_icons.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{name}"' in script, "make_icons.py installs the icon under another name"
    source = REPO / "resources" / "icons" / "duiyi.svg"
    assert ElementTree.parse(source).getroot().tag.endswith("svg")


def test_spec_leaves_out_what_the_program_does_not_use() -> None:
    excluded = _spec_assignment("EXCLUDES")
    assert isinstance(excluded, list)
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "torch"):
        assert module in excluded, module
    for module in ("pytest", "hypothesis", "anki", "test"):
        assert module in excluded, module


def test_metainfo_matches_the_desktop_file_and_the_project() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    component_id = _text(root, "id")
    assert DESKTOP.name == f"{component_id}.desktop"
    assert METAINFO.name == f"{component_id}.metainfo.xml"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (launchable.text or "").strip() == DESKTOP.name
    assert _text(root, "metadata_license") == "CC0-1.0"
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert _text(root, "project_license") == project["license"]
    binaries = [(b.text or "").strip() for b in root.findall("provides/binary")]
    assert binaries and all(b in _scripts() for b in binaries), binaries


def test_metainfo_describes_the_program_and_rates_its_content() -> None:
    root = _metainfo()
    assert _text(root, "name") and _text(root, "summary")
    paragraphs = root.findall("description/p")
    assert paragraphs and all((p.text or "").strip() for p in paragraphs)
    rating = root.find("content_rating")
    assert rating is not None and (rating.get("type") or "").startswith("oars-")


def test_metainfo_release_is_the_current_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "no <releases>"
    newest = releases[0]  # AppStream lists the newest release first
    assert newest.get("version") == duiyi.__version__
    assert len(newest.get("date") or "") == 10, "release date is YYYY-MM-DD"


@pytest.mark.parametrize("folder", ["resources", "db/migrations"])
def test_spec_bundles_the_data_folders(folder: str) -> None:
    listed = _spec_assignment("DATA_FOLDERS")
    assert isinstance(listed, list)
    assert folder in listed, f"{SPEC.name} does not bundle {folder}"
    path = REPO / folder
    assert path.is_dir() and any(path.iterdir()), f"{folder} is missing or empty"


def test_spec_data_folders_all_exist() -> None:
    listed = _spec_assignment("DATA_FOLDERS")
    assert isinstance(listed, list) and listed
    missing = [folder for folder in listed if not (REPO / folder).is_dir()]
    assert not missing, f"{SPEC.name} bundles folders that do not exist: {missing}"


def test_spec_script_calls_main_after_freeze_support() -> None:
    assert f'"{ENTRY.name}"' in SPEC.read_text(encoding="utf-8"), "the spec runs another script"
    tree = ast.parse(ENTRY.read_text(encoding="utf-8"), filename=str(ENTRY))
    found = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute)
    ]
    # ast.walk goes breadth first: sort the calls into the order they are written.
    calls = [ast.unparse(n.func) for n in sorted(found, key=lambda n: (n.lineno, n.col_offset))]
    imports = [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    ]
    assert ("desktop.main", "main") in imports
    assert "main" in calls and "multiprocessing.freeze_support" in calls
    # freeze_support() must run first: a spawned helper process stops there.
    assert calls.index("multiprocessing.freeze_support") < calls.index("main")


def test_the_changelog_names_the_current_version_as_its_newest_release() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d[^\]]*)\]", changelog, flags=re.MULTILINE)
    assert releases, "CHANGELOG.md has no '## [x.y.z]' release heading"
    assert releases[0] == duiyi.__version__
