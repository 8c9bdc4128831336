"""Entry point of the `duiyi` command: the GUI with no subcommand, headless with one.

Exit codes: 0 success, 1 a problem the user can fix (one line on stderr naming it) or a bug
(a short message; the traceback goes to crash.log in the data folder), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.app import build_parser
from desktop.cli.context import CliContext
from desktop.crashlog import command_line, data_folder, default_db_path, write_crash_log
from duiyi.errors import Cancelled, DuiyiError

__all__ = ["default_db_path", "main"]


def main(argv: list[str] | None = None, *, parser: argparse.ArgumentParser | None = None) -> int:
    """Run `duiyi` with argv (default sys.argv[1:]); returns the exit code."""
    # Only the command being run is loaded: `duiyi extract` starts without the storage layer.
    parser = parser or build_parser(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version (0) or bad usage (2)
        return stop.code if isinstance(stop.code, int) else 2
    garbled = not_utf8(args)
    if garbled is not None:
        print(f"duiyi: {garbled}", file=sys.stderr)
        return 2
    explicit = args.db is not None
    db_path = Path(args.db).expanduser() if explicit else default_db_path()
    try:
        if not explicit and db_path == data_folder() / "collection.duiyi":
            db_path.parent.mkdir(parents=True, exist_ok=True)
        if args.command is None:
            from desktop.gui.app import run_gui  # Qt loads only for the GUI

            return run_gui(db_path=db_path, open_sample=bool(getattr(args, "sample", False)))
        ctx = CliContext(args=args, db_path=db_path)
        code = int(args.handler(ctx))
        for warning in ctx.warnings():
            print(f"duiyi: warning: {warning}", file=sys.stderr)
        return code
    except DuiyiError as error:
        print(f"duiyi: {error}", file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        print("duiyi: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `duiyi terms list | head`: the reader left; nothing is wrong.
        return 0
    except Exception as error:
        from db.storage_errors import os_problem

        problem = os_problem(error) if isinstance(error, OSError) else None
        if problem is not None:
            # A full disk or read-only file system met outside the collection: not a bug.
            print(f"duiyi: {problem}", file=sys.stderr)
            return 1
        log = write_crash_log(error, context=command_line())
        where = f"the details are in {log}" if log else "the details could not be saved"
        print(
            f"duiyi: internal error ({type(error).__name__}: {error}); {where}. "
            "Please report it. Your collection was not changed by the failed command.",
            file=sys.stderr,
        )
        return 1


def not_utf8(args: argparse.Namespace) -> str | None:
    """What is wrong with the first argument holding bytes that are not UTF-8, if any.

    Python keeps such bytes as surrogate escapes, which no text store, log or terminal can
    encode. The collection's own path (--db) may hold any bytes: SQLite opens it as it is.
    """
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if name == "db" or not isinstance(item, str | Path):
                continue
            text = str(item)
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                if isinstance(item, Path):
                    return (
                        f"the file name '{shown}' is not valid UTF-8, which Duiyi cannot store "
                        "as text; rename the file and try again."
                    )
                return (
                    f"the argument '{shown}' is not valid UTF-8 text; check the terminal's "
                    "character encoding (a UTF-8 locale) and type it again."
                )
    return None


if __name__ == "__main__":
    sys.exit(main())
