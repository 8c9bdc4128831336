"""`duiyi stats` and `duiyi optimize`: study statistics and personal FSRS parameters."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from desktop.cli.context import CliContext
from duiyi.counts import counted, number
from duiyi.study.stats import Stats


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    stats = sub.add_parser(
        "stats",
        help="show study statistics",
        description="Reviews per day, due forecast, true retention, card states, streak, "
        "hardest terms.",
    )
    stats.add_argument("--deck", metavar="DECK", help="only this deck (default: all decks)")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.add_argument(
        "--optimize", action="store_true", help="also fit personal FSRS parameters (see optimize)"
    )
    stats.set_defaults(handler=_handle_stats)
    optimize = sub.add_parser(
        "optimize",
        help="fit personal FSRS parameters to your review history",
        description="Needs at least 1,000 reviews and the optional extra: "
        "pip install 'duiyi[optimizer]'.",
    )
    optimize.add_argument("--deck", metavar="DECK", help="only this deck's reviews and settings")
    optimize.add_argument(
        "--dry-run", action="store_true", help="print the parameters without saving them"
    )
    optimize.set_defaults(handler=_handle_optimize)


def _handle_stats(ctx: CliContext) -> int:
    with ctx.open_collection() as col:
        stats = col.study.stats(deck=ctx.args.deck)
        if ctx.args.json:
            json.dump(stats.to_dict(), ctx.out, ensure_ascii=False, indent=2)
            ctx.out.write("\n")
        else:
            print_stats(stats, ctx.out)
    if ctx.args.optimize:
        return _handle_optimize(ctx)
    return 0


def _handle_optimize(ctx: CliContext) -> int:
    with ctx.open_collection() as col:
        result = col.study.optimize(
            deck=ctx.args.deck, apply=not getattr(ctx.args, "dry_run", False)
        )
    ctx.out.write("Personal FSRS parameters: " + ", ".join(f"{p:.4f}" for p in result.value))
    ctx.out.write(
        "\n" if getattr(ctx.args, "dry_run", False) else "\nSaved to the deck settings.\n"
    )
    return 0


def print_stats(stats: Stats, out: TextIO) -> None:
    """The figures as short plain text."""
    out.write(f"Reviews stored: {number(stats.reviews)}\n")
    minutes = stats.today.seconds / 60
    out.write(f"Today: {counted(stats.today.reviews, 'review')} in {minutes:.1f} min\n")
    out.write(f"Streak: {counted(stats.streak, 'day')}\n")
    states = ", ".join(f"{name} {number(count)}" for name, count in stats.states.items())
    out.write(f"Cards: {states}\n")
    week = sum(n for _, n in stats.forecast[:7])
    month = sum(n for _, n in stats.forecast)
    today = number(stats.forecast[0][1])
    out.write(f"Due: {today} today, {number(week)} this week, {number(month)} in 30 days\n")
    out.write("True retention by interval:\n")
    for row in stats.retention:
        if row.reviews:
            share = f"{row.retention:.1%}" if row.retention is not None else "-"
            passed = f"{number(row.passed)}/{number(row.reviews)}"
            out.write(f"  {row.label:<12} {share:>6}  ({passed})\n")
    recent = stats.per_day[-7:]
    if recent:
        days = ", ".join(f"{f.day:%m-%d} {number(f.reviews)}" for f in recent)
        out.write(f"Last days: {days}\n")
    if stats.hardest:
        out.write("Hardest terms:\n")
        for term in stats.hardest[:5]:
            out.write(f"  {term.chinese}  {term.english}  ({counted(term.lapses, 'lapse')})\n")
