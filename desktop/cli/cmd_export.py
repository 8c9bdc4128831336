"""`duiyi` subcommands: export (Anki package, CSV/TSV) and import-cards (glossaries, Pleco
exports, Anki packages as candidate terms)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.reading import ColumnMapping
from duiyi.counts import counted, number
from duiyi.errors import InvalidInput


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    export = sub.add_parser(
        "export",
        help="export accepted terms to Anki (.apkg) or CSV/TSV",
        description="Export accepted terms. Exporting again later updates the notes in Anki "
        "instead of adding copies. A .csv name gives commas, any other name tabs.",
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--apkg", metavar="OUT", type=Path, help="write an Anki package")
    target.add_argument("--csv", metavar="OUT", type=Path, help="write a CSV/TSV file")
    layout = export.add_mutually_exclusive_group()
    layout.add_argument(
        "--anki",
        action="store_true",
        help='with --csv: a file for Anki\'s own importer in the "Duiyi term" note type (all '
        "fields, tags, deck, GUID; import a Duiyi .apkg into that Anki once first); without "
        "--anki or --anki-basic the file has two columns, Chinese and English (spreadsheets, "
        "Quizlet)",
    )
    layout.add_argument(
        "--anki-basic",
        action="store_true",
        help="with --csv: a file for Anki's own importer in Anki's Basic note type (Front: "
        "the Chinese; Back: pinyin, English, context, notes), which any Anki imports as is",
    )
    export.add_argument("--deck", action="append", metavar="D", help="only this deck (repeatable)")
    export.add_argument("--tag", action="append", metavar="T", help="only terms with this tag")
    export.add_argument(
        "--document", action="append", metavar="DOC", help="only terms of this document (id/title)"
    )
    export.add_argument(
        "--no-suspended", action="store_true", help="leave out cards suspended in Duiyi"
    )
    export.set_defaults(handler=run_export)

    cards = sub.add_parser(
        "import-cards",
        help="import a glossary, Pleco export or Anki package as candidate terms",
        description="Read CSV/TSV glossaries, Pleco flashcard exports (.txt) and Anki packages "
        "(.apkg); every new Chinese term becomes a candidate to accept or reject.",
    )
    cards.add_argument("file", type=Path, metavar="FILE")
    cards.add_argument(
        "--columns",
        metavar="MAP",
        help="which column is which, e.g. chinese=1,english=2,pinyin=3,notes=4,tags=5 "
        "(numbers from 1, or header names); default: from the header row or the cells",
    )
    cards.add_argument("--deck", metavar="D", help="put the new terms in this deck")
    cards.set_defaults(handler=run_import_cards)


def run_export(ctx: CliContext) -> int:
    """Export the selected accepted terms and say what was written."""
    args = ctx.args
    if args.apkg is not None and (args.anki or args.anki_basic):
        flag = "--anki" if args.anki else "--anki-basic"
        raise InvalidInput(f"{flag} goes with --csv; an .apkg is always for Anki.")
    with ctx.open_collection() as col:
        deck_ids, document_ids = col.exchange.resolve_selection(
            decks=args.deck, documents=args.document
        )
        options: dict[str, Any] = {
            "deck_ids": deck_ids,
            "tags": args.tag,
            "document_ids": document_ids,
            "include_suspended": not args.no_suspended,
        }
        if args.apkg is not None:
            summary = col.exchange.export_apkg(path=args.apkg, **options).value
        else:
            anki = args.anki or args.anki_basic
            summary = col.exchange.export_csv(
                path=args.csv, anki=anki, basic=args.anki_basic, **options
            ).value
    cards = f" ({counted(summary.cards, 'card')})" if summary.cards else ""
    print(f"Exported {counted(summary.notes, 'term')}{cards} to {summary.path}.", file=ctx.out)
    if summary.decks:
        print(f"Decks: {', '.join(summary.decks)}", file=ctx.out)
    if args.csv is not None and args.anki:
        print(
            f'Anki needs the "{MODEL_NAME}" note type for this file: import a Duiyi .apkg into '
            "it once first, or export with --anki-basic for Anki's Basic note type.",
            file=ctx.out,
        )
    return 0


def run_import_cards(ctx: CliContext) -> int:
    """Import a file of cards as candidates and say how many were new."""
    args = ctx.args
    mapping = ColumnMapping.parse(args.columns) if args.columns else None
    with ctx.open_collection() as col:
        summary = col.exchange.import_cards(path=args.file, mapping=mapping, deck=args.deck).value
    print(
        f"Read {counted(summary.read, 'term')} from {summary.path.name}: "
        f"{counted(summary.added, 'new candidate')}, {number(summary.skipped)} skipped "
        "(already in the collection or without English).",
        file=ctx.out,
    )
    for note in summary.notes:
        print(note, file=ctx.out)
    return 0
