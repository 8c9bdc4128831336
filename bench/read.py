"""Reader speed: 4 MB of bilingual text as UTF-8, GB18030, UTF-16, a web page and pasted text;
and a PDF written by Qt, per page.

Prints seconds per read and peak memory. The text is built from the seed's paragraphs, each
copy numbered and with its sentences rotated, so no two paragraphs are the same.
"""

from __future__ import annotations

import html
import tempfile
import time
import tracemalloc
from pathlib import Path

from duiyi.read import read_file, read_pasted

SEED = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "000_7f6f740f4e046d2f.txt"
)
TARGET = 4 * 1024 * 1024


def bilingual_text() -> str:
    """About 4 MB (UTF-8) of distinct paragraph lines."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[str] = []
    size = 0
    copy = 0
    while size < TARGET:
        copy += 1
        for line in lines:
            parts = line.split("。") if "。" in line else line.split(". ")
            shift = copy % len(parts)
            rotated = parts[shift:] + parts[:shift]
            text = f"{copy}. " + ("。" if "。" in line else ". ").join(rotated)
            out.append(text)
            size += len(text.encode("utf-8")) + 1
    return "\n".join(out)


def timed(label: str, action: object) -> None:
    """Run `action` three times; print the best time and the peak memory of one run."""
    assert callable(action)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        source = action()
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:<28} {best:6.3f} s   peak {peak / 2**20:6.1f} MB   {len(source.blocks)} blocks")


def main() -> None:
    """Write the files and time each reader."""
    text = bilingual_text()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        files = {
            "utf-8 .txt": ("a.txt", text.encode("utf-8")),
            "gb18030 .txt (detected)": ("b.txt", text.encode("gb18030")),
            "utf-16 .txt (BOM)": ("c.txt", text.encode("utf-16")),
            "web page .html": (
                "d.html",
                (
                    "<html><body><nav><a href='/'>Home</a></nav><div class='content'>"
                    + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
                    + "</div><footer>Footer</footer></body></html>"
                ).encode("utf-8"),
            ),
        }
        print(f"text: {len(text.encode('utf-8')) / 2**20:.1f} MB UTF-8, {len(text)} characters")
        for label, (name, data) in files.items():
            path = base / name
            path.write_bytes(data)
            timed(label, lambda path=path: read_file(path))
        timed("pasted text", lambda: read_pasted(text))
        pdf = _seed_pdf(base / "seed.pdf")
        pages = sum(1 for block in read_file(pdf).blocks if block.text.isdigit())
        start = time.perf_counter()
        read_file(pdf)
        per_page = (time.perf_counter() - start) / max(1, pages)
        print(f"PDF by Qt (seed, {pages} pages)  {per_page:6.3f} s per page")


def _seed_pdf(path: Path) -> Path:
    """The seed laid out by Qt into a PDF (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(SEED.read_text(encoding="utf-8"))
    document.print_(writer)
    del app
    return path


if __name__ == "__main__":
    main()
