"""Builds the `duiyi` argument parser from the subcommand modules and runs a subcommand.

Each subcommand module has `register(subparsers)`, which adds its parser(s) and sets
`handler=<function(ctx: CliContext) -> int>` as a default.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from types import ModuleType

from duiyi import __version__

# Subcommand modules, in the order `duiyi --help` lists them, with the commands each registers.
# Add a module here to add commands. Only the module of the command being run is imported:
# the others load the collection's storage (SQLAlchemy), which `duiyi extract` does not need.
COMMANDS: dict[str, tuple[str, ...]] = {
    "cmd_importing": ("import", "documents", "show"),
    "cmd_extract": ("extract",),
    "cmd_candidates": ("candidates",),
    "cmd_terms": ("terms",),
    "cmd_review": ("review",),
    "cmd_stats": ("stats", "optimize"),
    "cmd_export": ("export", "import-cards"),
    "cmd_drill": ("drill", "class", "lesson"),
    "cmd_maintenance": ("backup", "restore", "check"),
}

Handler = Callable[..., int]


def command_modules(names: Sequence[str] | None = None) -> list[ModuleType]:
    """The subcommand modules (all of them, or those named), imported."""
    chosen = [name for name in COMMANDS if names is None or name in names]
    return [importlib.import_module(f"desktop.cli.{name}") for name in chosen]


def _command_of(argv: Sequence[str]) -> str | None:
    """The module of the command `argv` runs, or None when every module is needed (help, no
    command, a command spelled wrong)."""
    first = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    first.add_argument("--db")
    first.add_argument("--sample", action="store_true")
    first.add_argument("command", nargs="?")
    try:
        known, rest = first.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    if any(arg in ("-h", "--help", "--version") for arg in rest) or not known.command:
        return None
    return next((m for m, commands in COMMANDS.items() if known.command in commands), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `duiyi` parser: global options, then one subparser per command (with `argv`, only
    the subparser of the command it runs, when that command is known)."""
    parser = argparse.ArgumentParser(
        prog="duiyi",
        description="Duiyi (对译): bilingual texts to term flashcards. "
        "With no command, opens the desktop program.",
    )
    parser.add_argument("--version", action="version", version=f"duiyi {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="collection file (default: $DUIYI_DB or the user data folder)"
    )
    parser.add_argument(
        "--sample", action="store_true", help="open the bundled sample text (desktop program)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    module = _command_of(argv) if argv is not None else None
    for each in command_modules([module] if module else None):
        each.register(sub)
    return parser
