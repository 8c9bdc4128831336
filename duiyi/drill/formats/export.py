"""One call for every format: the files a drill export makes, each written whole or not at all."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import BinaryIO

from duiyi.anki.atomic import check_target, write_atomically
from duiyi.drill.build import Drill
from duiyi.drill.formats.aiken import aiken_text
from duiyi.drill.formats.chaoxing import chaoxing_xlsx
from duiyi.drill.formats.gift import gift_text
from duiyi.drill.formats.kahoot import kahoot_xlsx
from duiyi.drill.formats.quizlet import quizlet_text
from duiyi.drill.formats.wjx import wjx_key, wjx_text


class ExportFormat(enum.Enum):
    """The quiz tools a drill can be exported to, by the name the command line uses."""

    WJX = "wjx"
    CHAOXING = "chaoxing"
    GIFT = "gift"
    AIKEN = "aiken"
    KAHOOT = "kahoot"
    QUIZLET = "quizlet"


def key_path(out: Path) -> Path:
    """Where the 问卷星 answer key goes: beside `out`, named after it."""
    return out.with_name(f"{out.stem}-答案.xlsx")


def export_files(drill: Drill, fmt: ExportFormat, out: Path) -> dict[Path, bytes]:
    """The files an export of `drill` to `fmt` at `out` consists of, with their bytes."""
    if fmt is ExportFormat.WJX:
        return {out: wjx_text(drill).encode("utf-8"), key_path(out): wjx_key(drill)}
    if fmt is ExportFormat.CHAOXING:
        return {out: chaoxing_xlsx(drill)}
    if fmt is ExportFormat.KAHOOT:
        return {out: kahoot_xlsx(drill)}
    text = {ExportFormat.GIFT: gift_text, ExportFormat.AIKEN: aiken_text,
            ExportFormat.QUIZLET: quizlet_text}[fmt](drill)  # fmt: skip
    return {out: text.encode("utf-8")}


def write_export(drill: Drill, fmt: ExportFormat, out: Path) -> list[Path]:
    """Write the export's files, each complete or absent (written aside, then renamed); nothing
    is written when the drill does not fit the format or a target cannot be written."""
    files = export_files(drill, fmt, out)  # raises before anything is written
    for path in files:
        check_target(path)
    for path, data in files.items():
        write_whole(path, data)
    return list(files)


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a temp file beside it, then a rename)."""

    def write(stream: BinaryIO) -> None:
        stream.write(data)

    write_atomically(path, write)
