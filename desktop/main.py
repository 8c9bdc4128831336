"""Entry point of the `duiyi` command: the GUI with no subcommand, headless with one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.cli.app import build_parser
from desktop.cli.context import CliContext
from duiyi.errors import DuiyiError


def default_db_path() -> Path:
    """The collection file: $DUIYI_DB, else collection.duiyi in the user data folder."""
    env = os.environ.get("DUIYI_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("duiyi", appauthor=False) / "collection.duiyi"


def main(argv: list[str] | None = None) -> int:
    """Run `duiyi` with argv (default sys.argv[1:]); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path = Path(args.db) if args.db else default_db_path()
    if args.command is None:
        parser.print_help()
        return 0
    ctx = CliContext(args=args, db_path=db_path)
    try:
        return int(args.handler(ctx))
    except DuiyiError as error:
        print(f"duiyi: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
