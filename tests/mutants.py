"""Mutation testing of the core modules with mutmut; prints the kill rate per module.

Each module is run in its own copy under build/mutants/<name>/ with only the tests that guard it,
one module after another (two shared cores). Not part of CI: a full run takes a long while.
Usage: python tests/mutants.py [--sample] [--minutes=N] [module ...]   (default: every module)
--sample runs a tenth of the mutants (those numbered ...0), for a quicker estimate;
--minutes=N stops each module after N minutes and reports the mutants checked by then.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent  # tests/ sits at the top of the repository
WORK = REPO / "build" / "mutants"
# Lines never mutated, and why: SequenceMatcher's autojunk only acts on sequences of 200 items
# or more (a typed answer of 200 words or characters), so turning it on or off changes nothing.
SKIP_LINES = [r"autojunk=False"]
# What the tests import or read; copied so the mutated tree never touches the working tree.
COPIED = ["duiyi", "db", "desktop", "tests", "resources", "pyproject.toml", "README.md"]


@dataclass(frozen=True)
class Module:
    """One module to mutate: which files, and the test files that are meant to catch it."""

    name: str
    files: tuple[str, ...]
    tests: tuple[str, ...]
    skip_files: tuple[str, ...] = ()
    """Files not mutated, each for a reason given where the module is listed."""


MODULES = [
    Module(
        "study",
        ("duiyi/study/*",),
        ("tests/core/study", "tests/db/test_study_sessions.py"),
        # Past its first check it needs PyTorch (the optional optimizer extra, not installed
        # for tests): no test can run that part.
        skip_files=("duiyi/study/optimizer.py",),
    ),
    Module("clean", ("duiyi/clean/*",), ("tests/core/clean", "tests/core/test_pipeline.py")),
    Module("align", ("duiyi/align/*",), ("tests/core/align", "tests/core/test_pipeline.py")),
    Module(
        "anki",
        ("duiyi/anki/*",),
        ("tests/core/anki", "tests/db/test_export_apkg.py", "tests/db/test_export_import_cards.py"),
    ),
    Module("undo", ("db/undo.py",), ("tests/db/test_undo.py",)),
    Module("backup", ("db/backup.py",), ("tests/db/test_backup.py", "tests/db/test_safety.py")),
    Module(
        "term_search",
        ("db/ops/term_search.py",),
        ("tests/db/test_search.py", "tests/db/test_browse_filters.py"),
    ),
]


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def prepare(module: Module) -> Path:
    """A fresh copy of the tree for one module, with mutmut told what to mutate and test."""
    work = WORK / module.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, work / name)
    # tests/conftest.py finds the seed text in ../shared beside the repository.
    (work / "shared").symlink_to(REPO.parent / "shared")
    tests = [t for t in module.tests if (REPO / t).exists()]
    config = (
        "\n[tool.mutmut]\n"
        f'source_paths = ["duiyi", "db", "desktop"]\n'
        f"only_mutate = {_toml_list(list(module.files))}\n"
        f"pytest_add_cli_args_test_selection = {_toml_list(tests)}\n"
        'pytest_add_cli_args = ["-x", "-q"]\n'
        "use_git_change_detection = false\n"
        f"do_not_mutate = {_toml_list(list(module.skip_files))}\n"
        f"do_not_mutate_patterns = {_toml_list(SKIP_LINES)}\n"
    )
    pyproject = work / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + config, encoding="utf-8")
    return work


# mutmut's exit codes (mutmut/stats.py): 1 and 3 killed, 0 survived, timeouts killed too.
_KILLED = {1, 3, 24, -24, 36, 152, 255}
_SURVIVED = {0}
_NO_TESTS = {5, 33}


def run(module: Module, mutmut: Path, sample: bool, minutes: float) -> dict[str, int]:
    """Run mutmut over one module; count killed and surviving mutants from its result files.

    `sample`: only the mutants whose number ends in 0 (a tenth of them, spread evenly);
    `minutes`: stop after this long (0: no limit) and count the mutants checked by then."""
    work = prepare(module)
    log = work / "mutmut.log"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": str(mutmut.parent) + ":/usr/bin:/bin"}
    names = ["*0"] if sample else []
    with log.open("w") as out:
        mutmut_run = subprocess.Popen(
            [str(mutmut), "run", "--max-children", "2", *names],
            cwd=work,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its workers too are stopped at the time limit
        )
        try:
            mutmut_run.wait(timeout=minutes * 60 if minutes else None)
        except subprocess.TimeoutExpired:
            # Results are saved as mutants finish: the ones checked so far still count.
            os.killpg(mutmut_run.pid, signal.SIGTERM)
            mutmut_run.wait()
    results: dict[str, int | None] = {}
    for meta in sorted((work / "mutants").rglob("*.py.meta")):
        results.update(json.loads(meta.read_text())["exit_code_by_key"])
    if not results:
        raise SystemExit(f"{module.name}: mutmut produced no results, see {log}")
    survivors = sorted(k for k, v in results.items() if v in _SURVIVED)
    (work / "survivors.txt").write_text("".join(f"{name}\n" for name in survivors))
    return {
        "killed": sum(1 for v in results.values() if v in _KILLED),
        "survived": len(survivors),
        "no_tests": sum(1 for v in results.values() if v in _NO_TESTS),
        "run": sum(1 for v in results.values() if v is not None),
        "total": len(results),
    }


def main(argv: list[str]) -> int:
    """Run the chosen modules (all by default) one at a time and print a table of kill rates."""
    sample = "--sample" in argv
    minutes = next((float(a.split("=", 1)[1]) for a in argv if a.startswith("--minutes=")), 0.0)
    argv = [a for a in argv if not a.startswith("--")]
    mutmut = Path(sys.executable).parent / "mutmut"
    unknown = set(argv) - {m.name for m in MODULES}
    if unknown:
        raise SystemExit(f"unknown module(s): {', '.join(sorted(unknown))}")
    by_name = {m.name: m for m in MODULES}
    for module in [by_name[a] for a in argv] if argv else MODULES:
        s = run(module, mutmut, sample, minutes)
        checked = s["killed"] + s["survived"] + s["no_tests"]
        rate = 100 * s["killed"] / checked if checked else 0.0
        print(
            f"{module.name:12} {s['killed']:>5}/{checked:<5} killed {rate:5.1f}%  "
            f"survived {s['survived']}  no tests {s['no_tests']}  "
            f"({s['run']} of {s['total']} mutants run; survivors in "
            f"{WORK / module.name / 'survivors.txt'})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
