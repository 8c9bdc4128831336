"""`duiyi drill print|export|results`, `duiyi class add|roster`, `duiyi lesson add|release`:
classroom drills from the command line. Every drill printed or exported is stored as a run."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from db import Collection
from desktop.cli.cmd_terms import find_term
from desktop.cli.context import CliContext
from duiyi.counts import counted
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.formats.export import ExportFormat, write_export
from duiyi.drill.terms import Direction, DrillSettings, Mode
from duiyi.errors import InvalidInput

_MODES = {"mc": Mode.MULTIPLE_CHOICE, "blanks": Mode.TYPING, "matching": Mode.MATCHING}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `duiyi drill`, `duiyi class` and `duiyi lesson` with their actions."""
    drill = sub.add_parser(
        "drill",
        help="print, export and report classroom vocabulary drills",
        description="Classroom drills: worksheets with keys, files for quiz tools, results.",
    )
    actions = drill.add_subparsers(dest="drill_command", metavar="ACTION", required=True)
    printing = actions.add_parser("print", help="print a worksheet and its key as PDF")
    printing.add_argument("--mode", choices=("mc", "blanks", "matching"), required=True)
    _selection(printing)
    printing.add_argument("--paper", choices=("a4", "letter"), default="a4")
    printing.add_argument("--class", dest="class_name", metavar="C", help="the class (header)")
    printing.add_argument("--title", metavar="T", help="the sheet's title")
    printing.add_argument("--out", type=Path, required=True, metavar="SHEET.pdf")
    printing.add_argument("--key", type=Path, required=True, metavar="KEY.pdf")
    printing.set_defaults(handler=run_print)

    export = actions.add_parser("export", help="write a drill for a quiz tool")
    export.add_argument("--format", choices=[f.value for f in ExportFormat], required=True)
    export.add_argument("--mode", choices=("mc", "blanks"), required=True)
    _selection(export)
    export.add_argument("--class", dest="class_name", metavar="C", help="the class it is for")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=run_export)

    results = actions.add_parser("results", help="accuracy per student and per term")
    results.add_argument("--class", dest="class_name", metavar="C", help="only this class")
    results.add_argument("--csv", type=Path, metavar="OUT", help="also write every answer as CSV")
    results.add_argument("--run", type=int, metavar="N", help="the drill run --enter marks")
    results.add_argument(
        "--enter",
        type=Path,
        metavar="FILE.csv",
        help="store marks typed in from paper (columns: student, item, answer, right)",
    )
    results.set_defaults(handler=run_results)

    klass = sub.add_parser("class", help="classes and their rosters")
    class_actions = klass.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    add = class_actions.add_parser("add", help="add a class")
    add.add_argument("name", metavar="NAME")
    add.set_defaults(handler=run_class_add)
    roster = class_actions.add_parser("roster", help="add students from a CSV of names")
    roster.add_argument("name", metavar="NAME")
    roster.add_argument("file", type=Path, metavar="FILE.csv")
    roster.set_defaults(handler=run_roster)

    lesson = sub.add_parser("lesson", help="lessons: the terms a class may be drilled on")
    lesson_actions = lesson.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)
    ladd = lesson_actions.add_parser("add", help="add a lesson (not yet released)")
    ladd.add_argument("name", metavar="NAME")
    ladd.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    ladd.add_argument("--tag", metavar="T", help="the accepted terms with this tag")
    ladd.add_argument("--document", metavar="DOC", help="the accepted terms of this document")
    ladd.add_argument("terms", nargs="*", metavar="TERM", help="term ids or exact Chinese")
    ladd.set_defaults(handler=run_lesson_add)
    release = lesson_actions.add_parser("release", help="release a lesson to drills")
    release.add_argument("name", metavar="NAME")
    release.set_defaults(handler=run_lesson_release)


def _selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", type=int, default=20, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--deck", action="append", metavar="D", help="only this deck")
    parser.add_argument("--lesson", action="append", metavar="L", help="only this lesson")
    parser.add_argument("--tag", action="append", metavar="T", help="only this tag")
    parser.add_argument(
        "--direction", choices=[d.value for d in Direction], default=Direction.ZH_EN.value
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _build(col: Collection, args: argparse.Namespace, mode: Mode) -> Drill:
    deck_ids, _documents = col.exchange.resolve_selection(decks=args.deck)
    terms = col.drills.terms(deck_ids=deck_ids, tags=args.tag, lessons=args.lesson)
    if not terms:
        raise InvalidInput("No released, accepted term matches this selection.")
    settings = DrillSettings(
        direction=Direction(args.direction),
        count=args.count,
        mode=mode,
        seed=args.seed,
        title=getattr(args, "title", None) or "",
    )
    return build_drill(terms, settings, pool=col.drills.pool())


def _made(drill: Drill) -> str:
    short = len(drill.items) < drill.requested
    return counted(len(drill.items), "item") + (
        f" (of {drill.requested} asked: the selection holds no more)" if short else ""
    )


_APPS: list[Any] = []
"""The Qt application made for printing, kept alive for the rest of the run."""


def _gui_app() -> None:
    """Make the Qt application printing needs (offscreen unless a platform is chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APPS.append(QGuiApplication([]))


def run_print(ctx: CliContext) -> int:
    """Print a worksheet and its key, store the run, say what was written."""
    args = ctx.args
    from desktop.drill_print import PaperSize, SheetHeader, SheetKind, print_drill

    with ctx.open_collection() as col:
        for path in (args.out, args.key):
            col.check_output_path(path)
        if args.class_name is not None:
            col.drills.class_named(name=args.class_name)
        drill = _build(col, args, _MODES[args.mode])
        header = SheetHeader(
            class_name=args.class_name or "",
            date=date.today().isoformat(),
            version=chr(ord("A") + (args.seed - 1) % 26) if args.seed > 0 else "A",
            **({"title": args.title} if args.title else {}),
        )
        _gui_app()
        print_drill(
            drill,
            SheetKind(args.mode),
            sheet=args.out,
            key=args.key,
            header=header,
            paper=PaperSize(args.paper),
        )
        run_id = col.drills.store_run(drill=drill, class_name=args.class_name).value
    print(
        f"Printed {_made(drill)} to {args.out} and the key to {args.key} (drill run {run_id}).",
        file=ctx.out,
    )
    return 0


def run_export(ctx: CliContext) -> int:
    """Write a drill for a quiz tool, store the run, say which files were written."""
    args = ctx.args
    fmt = ExportFormat(args.format)
    with ctx.open_collection() as col:
        col.check_output_path(args.out)
        if fmt is ExportFormat.WJX:
            from duiyi.drill.formats.export import key_path

            col.check_output_path(key_path(args.out))
        drill = _build(col, args, _MODES[args.mode])
        written = write_export(drill, fmt, args.out)
        run_id = col.drills.store_run(drill=drill, class_name=args.class_name).value
    files = " and ".join(str(p) for p in written)
    print(f"Exported {_made(drill)} to {files} (drill run {run_id}).", file=ctx.out)
    return 0


def run_results(ctx: CliContext) -> int:
    """Print accuracy per student and per term; with --csv, write every answer too; with
    --enter, first store a class's marks for a run from a CSV file."""
    args = ctx.args
    if (args.enter is None) != (args.run is None) or (args.enter and not args.class_name):
        raise InvalidInput("Entering marks takes all three: --class C --run N --enter FILE.csv.")
    with ctx.open_collection() as col:
        if args.enter is not None:
            _enter_marks(ctx, col)
        students = col.drills.accuracy_by_student(class_name=args.class_name)
        terms = col.drills.accuracy_by_term(class_name=args.class_name)
        rows = None
        if args.csv is not None:
            rows = col.drills.export_results_csv(path=args.csv, class_name=args.class_name).value
    if not students:
        print("No drill results stored yet.", file=ctx.out)
    else:
        print("Students:", file=ctx.out)
        for a in students:
            print(f"  {a.name}\t{a.right}/{a.total}\t{a.percent}%", file=ctx.out)
        print("Terms (most missed first):", file=ctx.out)
        for a in terms:
            print(f"  {a.name}\t{a.right}/{a.total}\t{a.percent}%", file=ctx.out)
    if rows is not None:
        print(f"Wrote {counted(rows, 'answer')} to {args.csv}.", file=ctx.out)
    return 0


def _enter_marks(ctx: CliContext, col: Collection) -> None:
    """Store the marks of `--enter` against run `--run` of class `--class`, all or none."""
    from db.ops.drills import StudentAnswer
    from duiyi.drill.marks import read_marks

    args = ctx.args
    klass = col.drills.class_named(name=args.class_name).name
    runs = {r.id: r for r in col.drills.runs()}
    run = runs.get(args.run)
    if run is None:
        raise InvalidInput(f"There is no drill run {args.run}: `duiyi drill print` names it.")
    if run.class_name != klass:
        given = f"class {run.class_name}" if run.class_name else "no class"
        raise InvalidInput(f"Drill run {run.id} was given to {given}, not {klass}.")
    marks = read_marks(args.enter)
    stored_run = col.drills.stored_run(run_id=run.id)
    numbers = {item.number for item in stored_run.items}
    for mark in marks:
        where = f"{args.enter}, line {mark.line}"
        if mark.student not in stored_run.students:
            raise InvalidInput(f"{where}: {mark.student} is not on the roster of {klass}.")
        if mark.item not in numbers:
            raise InvalidInput(f"{where}: drill run {run.id} has no item {mark.item}.")
    answers = [StudentAnswer(m.student, m.item, m.answer, m.correct) for m in marks]
    stored = col.drills.store_results(run_id=run.id, answers=answers).value
    print(f"Stored {counted(stored, 'mark')} for {klass} in drill run {run.id}.", file=ctx.out)


def run_class_add(ctx: CliContext) -> int:
    """Add a class."""
    with ctx.open_collection() as col:
        info = col.drills.add_class(name=ctx.args.name).value
    print(f"Added class {info.name}.", file=ctx.out)
    return 0


def run_roster(ctx: CliContext) -> int:
    """Add a roster's names to a class."""
    with ctx.open_collection() as col:
        summary = col.drills.import_roster(class_name=ctx.args.name, path=ctx.args.file).value
    print(
        f"Added {counted(summary.added, 'student')} to {summary.class_name}"
        f" ({counted(summary.already, 'name')} already there).",
        file=ctx.out,
    )
    return 0


def run_lesson_add(ctx: CliContext) -> int:
    """Add a lesson from a tag, a document or listed terms."""
    args = ctx.args
    given = sum(bool(x) for x in (args.tag, args.document, args.terms))
    if given != 1:
        raise InvalidInput("Give the lesson's terms one way: --tag T, --document DOC or TERMS.")
    with ctx.open_collection() as col:
        document_id = None
        if args.document:
            document_id = col.documents.find(ref=args.document).id
        term_ids = [find_term(col, ref).id for ref in args.terms] if args.terms else None
        info = col.drills.add_lesson(
            name=args.name,
            lesson_date=args.date,
            tag=args.tag,
            document_id=document_id,
            term_ids=term_ids,
        ).value
    print(
        f"Added lesson {info.name} ({info.lesson_date.isoformat()}) with "
        f"{counted(info.term_count, 'term')}; release it with `duiyi lesson release`.",
        file=ctx.out,
    )
    return 0


def run_lesson_release(ctx: CliContext) -> int:
    """Release a lesson to drills."""
    with ctx.open_collection() as col:
        info = col.drills.release_lesson(name=ctx.args.name).value
    print(f"Released lesson {info.name}: {counted(info.term_count, 'term')}.", file=ctx.out)
    return 0
