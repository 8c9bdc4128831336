"""Builds the `duiyi` argument parser from the subcommand modules and runs a subcommand.

Each subcommand module has `register(subparsers)`, which adds its parser(s) and sets
`handler=<function(ctx: CliContext) -> int>` as a default.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from types import ModuleType

from desktop.cli import (
    cmd_candidates,
    cmd_drill,
    cmd_export,
    cmd_extract,
    cmd_importing,
    cmd_maintenance,
    cmd_review,
    cmd_stats,
    cmd_terms,
)
from duiyi import __version__

# Subcommand modules, in the order `duiyi --help` lists them. Add a module here to add commands.
COMMAND_MODULES: list[ModuleType] = [
    cmd_importing,
    cmd_extract,
    cmd_candidates,
    cmd_terms,
    cmd_review,
    cmd_stats,
    cmd_export,
    cmd_drill,
    cmd_maintenance,
]

Handler = Callable[..., int]


def build_parser() -> argparse.ArgumentParser:
    """The whole `duiyi` parser: global options, then one subparser per command."""
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
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
