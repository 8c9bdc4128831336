"""`duiyi backup`, `duiyi restore FILE`, `duiyi check`: looking after the collection file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db import Collection
from desktop.cli.context import CliContext
from duiyi.counts import counted


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the maintenance subcommands."""
    backup = sub.add_parser(
        "backup", help="write a backup copy now (the last 20 are kept in backups/)"
    )
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser(
        "restore",
        help="replace the collection with a backup (the replaced one is kept)",
        description="Replace the collection with FILE, a backup from backups/ beside it. "
        "Works on a damaged collection too.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=run_restore)

    check = sub.add_parser(
        "check", help="check the collection (integrity, foreign keys, orphan rows)"
    )
    check.set_defaults(handler=run_check)


def run_backup(ctx: CliContext) -> int:
    """duiyi backup"""
    with ctx.open_collection() as col:
        info = col.backups.make()
    print(f"Backed up {ctx.db_path} to {info.path} ({info.size / 1e6:.1f} MB).", file=ctx.out)
    return 0


def run_restore(ctx: CliContext) -> int:
    """duiyi restore FILE"""
    saved = Collection.restore(path=ctx.db_path, file=ctx.args.file)
    # Opening once upgrades a backup made by an older Duiyi.
    with ctx.open_collection() as col:
        terms = col.terms.count()
    print(f"Restored {ctx.db_path} from {ctx.args.file} ({counted(terms, 'term')}).", file=ctx.out)
    if saved is not None:
        print(f"The replaced collection was kept as {saved}.", file=ctx.out)
    return 0


def run_check(ctx: CliContext) -> int:
    """duiyi check: exit 0 when sound, 1 when something needs repair."""
    with ctx.open_collection() as col:
        report = col.check()
    for line in report.lines():
        print(line, file=ctx.out)
    if report.ok:
        print(f"{ctx.db_path}: no problems found.", file=ctx.out)
        return 0
    print(
        f"{ctx.db_path}: problems found; restore a backup with: duiyi restore FILE "
        f"(backups are in {ctx.db_path.parent / 'backups'})",
        file=ctx.err,
    )
    return 1
