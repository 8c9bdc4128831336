"""Hostile input is refused quickly and in little memory (target: 5 s, 300 MB each).

Builds each file, runs `duiyi` on it in a fresh process and prints that process's wall time,
its peak resident memory (getrusage through wait4) and the message it printed. The first row
is the cost of starting `duiyi` at all.

    .venv/bin/python bench/limits.py
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import zstandard

MB = 1024 * 1024


def docx_bomb(path: Path) -> Path:
    """A ~1 MB .docx whose word/document.xml unpacks to 390 MB."""
    paragraph = b"<w:p><w:r><w:t>" + "数字鸿沟 digital divide ".encode() * 4 + b"</w:t></w:r></w:p>"
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0"?><w:document ' + ns + b"><w:body>")
            block = paragraph * (MB // len(paragraph))
            for _ in range(390):
                out.write(block)
            out.write(b"</w:body></w:document>")
    return path


def wide_csv(path: Path) -> Path:
    """A 10 MB CSV whose only line holds 5 million cells."""
    path.write_bytes(b"a," * 5_000_000 + b"\n")
    return path


def zstd_apkg_bomb(path: Path) -> Path:
    """An .apkg whose collection.anki21b is 600 MB of zeros packed by zstd."""
    packed = io.BytesIO()
    with zstandard.ZstdCompressor(level=3).stream_writer(packed, closefd=False) as writer:
        zeros = bytes(MB)
        for _ in range(600):
            writer.write(zeros)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("collection.anki21b", packed.getvalue())
    return path


def run(label: str, args: list[str], db: Path) -> None:
    """Run `duiyi --db DB ARGS` in a fresh process; print time, peak memory and message."""
    command = [sys.executable, "-c", "import sys; from desktop.main import main; "
               "sys.exit(main(sys.argv[1:]))", "--db", str(db), *args]  # fmt: skip
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    out, err = child.stdout.read(), child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024  # kilobytes on Linux
    said = (err or out).decode("utf-8", "replace").strip().splitlines()
    print(f"{label:<34} {seconds:5.2f} s  {peak:6.0f} MB  exit {child.returncode}")
    print(f"    {said[-1] if said else ''}")


def main() -> None:
    """Build each hostile file and time its refusal."""
    with tempfile.TemporaryDirectory(prefix="duiyi-limits-") as folder:
        base = Path(folder)
        db = base / "c.duiyi"
        fifo = base / "pipe.txt"
        os.mkfifo(fifo)
        cases: list[tuple[str, list[str]]] = [
            ("start-up (documents)", ["documents"]),
            ("docx: 390 MB document.xml", ["import", str(docx_bomb(base / "bomb.docx"))]),
            ("csv: 5,000,000 cells on a line", ["import", str(wide_csv(base / "wide.csv"))]),
            ("csv as cards (import-cards)", ["import-cards", str(base / "wide.csv")]),
            ("apkg: zstd, 600 MB of zeros", ["import-cards", str(zstd_apkg_bomb(base / "b.apkg"))]),
            ("/dev/zero (import)", ["import", "/dev/zero"]),
            ("/dev/zero (import-cards)", ["import-cards", "/dev/zero"]),
            ("named pipe, no writer (import)", ["import", str(fifo)]),
        ]
        for name in ("bomb.docx", "wide.csv", "b.apkg"):
            print(f"{name}: {(base / name).stat().st_size / MB:.1f} MB on disk")
        for label, args in cases:
            run(label, args, db)


if __name__ == "__main__":
    main()
