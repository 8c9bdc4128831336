"""`duiyi review`: a terminal study session.

One line per action, so it also runs from piped input: an empty line reveals the answer,
1-4 rate (Again, Hard, Good, Easy), u undoes the last answer, s suspends the card, q quits.
With typed answers the line typed at the question is the answer; at the rating prompt an empty
line takes the suggested rating.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from db import Collection
from db.ops.study_views import CardView
from desktop.cli.context import CliContext
from duiyi.counts import number
from duiyi.errors import DuiyiError
from duiyi.study.face import TextPiece
from duiyi.study.scheduling import Rating, format_interval
from duiyi.study.typed import TypedResult

HELP = "Enter: show answer · 1 Again · 2 Hard · 3 Good · 4 Easy · u undo · s suspend · q quit"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    parser = sub.add_parser(
        "review",
        help="study the cards due today in the terminal",
        description="Study today's cards. " + HELP,
    )
    parser.add_argument("--deck", metavar="DECK", help="only this deck (default: all decks)")
    parser.add_argument("--limit", type=int, metavar="N", help="stop after N answers")
    parser.add_argument("--typed", action="store_true", help="type each answer before rating")
    parser.set_defaults(handler=_handle)


def _handle(ctx: CliContext) -> int:
    if ctx.args.limit is not None and ctx.args.limit < 0:
        raise DuiyiError("--limit cannot be negative.")
    with ctx.open_collection() as col:
        return run_review(
            col,
            inp=sys.stdin,
            out=ctx.out,
            deck=ctx.args.deck,
            limit=ctx.args.limit,
            typed=ctx.args.typed,
        )


def _show(out: TextIO, pieces: tuple[TextPiece, ...]) -> None:
    for piece in pieces:
        if not piece.text:
            continue
        prefix = {"prompt": "  ", "answer": "  = ", "pinyin": "    ", "rendering": "    also: "}
        note = f" ({piece.note})" if piece.note else ""
        if piece.role == "context":
            out.write(f"    | {piece.text}\n")
        else:
            out.write(f"{prefix.get(piece.role, '  ')}{piece.text}{note}\n")


def _read(inp: TextIO, out: TextIO, prompt: str) -> str | None:
    """One line without its newline; None at the end of input."""
    out.write(prompt)
    out.flush()
    line = inp.readline()
    if not line:
        return None
    if not inp.isatty():
        # Piped input is not echoed: end the prompt's line ourselves.
        out.write("\n")
    return line.rstrip("\r\n")


def _buttons(view: CardView) -> str:
    return " · ".join(
        f"{int(c.rating)} {c.rating.label} {format_interval(c.interval)}" for c in view.intervals
    )


def _show_typed(out: TextIO, result: TypedResult) -> None:
    marks = {"same": "", "missing": "+", "extra": "-"}
    diff = " ".join(f"{marks[p.kind]}{p.text}" for p in result.diff)
    verdict = "correct" if result.correct else "not quite"
    out.write(f"  typed: {verdict}  [{diff}]\n")
    if result.note:
        out.write(f"  {result.note}\n")
    out.write(f"  suggested: {int(result.suggested)} {result.suggested.label}\n")


def run_review(
    col: Collection,
    *,
    inp: TextIO,
    out: TextIO,
    deck: str | None = None,
    limit: int | None = None,
    typed: bool = False,
) -> int:
    """Run a study session reading actions from `inp`; returns the exit code."""
    info = col.study.start(deck=deck, limit=limit)
    answered = 0
    out.write(
        f"Study: {number(info.counts.new)} new, {number(info.counts.learning)} learning, "
        f"{number(info.counts.review)} to review.\n{HELP}\n"
    )
    while True:
        view = col.study.next_card()
        if view is None:
            out.write(f"Done: {number(answered)} answered. Nothing more is due now.\n")
            return 0
        counts = view.counts
        out.write(
            f"\n[{number(counts.new)} new · {number(counts.learning)} learning · "
            f"{number(counts.review)} review]"
            f"  {view.direction}\n"
        )
        _show(out, view.front)
        shown = time.monotonic()
        typed_result: TypedResult | None = None
        typed_text: str | None = None
        revealed = False
        action: str | None = None
        wants_typing = typed or view.typed
        while action is None:
            if not revealed:
                prompt = "Your answer: " if wants_typing else "> "
                line = _read(inp, out, prompt)
            else:
                hint = f" [Enter = {int(typed_result.suggested)}]" if typed_result else ""
                line = _read(inp, out, f"{_buttons(view)}{hint}\n> ")
            if line is None:
                out.write("\nEnd of input: stopped.\n")
                return 0
            word = line.strip().lower()
            if word in ("q", "u", "s", "1", "2", "3", "4"):
                action = word
            elif not revealed:
                if wants_typing and line.strip():
                    typed_text = line.strip()
                    typed_result = col.study.check_typed(card_id=view.card_id, typed=typed_text)
                    _show_typed(out, typed_result)
                if view.document_title:
                    where = (
                        f", paragraph {view.paragraph + 1}" if view.paragraph is not None else ""
                    )
                    out.write(f"  from: {view.document_title}{where}\n")
                _show(out, view.back)
                revealed = True
            elif word == "" and typed_result is not None:
                action = str(int(typed_result.suggested))
            elif word not in ("",):
                out.write(f"  ? {HELP}\n")
        if action == "q":
            out.write(f"Stopped: {number(answered)} answered.\n")
            return 0
        if action == "u":
            label = col.undo_label()
            if label is None:
                out.write("  Nothing to undo.\n")
            else:
                col.undo()
                answered = max(answered - 1, 0)
                out.write(f"  Undone: {label}.\n")
            continue
        if action == "s":
            col.study.suspend(card_ids=[view.card_id])
            out.write("  Suspended.\n")
            continue
        assert action is not None
        elapsed = int((time.monotonic() - shown) * 1000)
        result = col.study.answer(
            card_id=view.card_id, rating=Rating(int(action)), duration_ms=elapsed, typed=typed_text
        ).value
        answered += 1
        note = (
            " — leech" + (", suspended" if result.suspended else ", tagged") if result.leech else ""
        )
        out.write(f"  {result.rating.label}: next in {format_interval(result.interval)}{note}\n")
        out.flush()
