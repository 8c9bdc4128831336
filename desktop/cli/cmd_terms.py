"""`duiyi terms add|list|search|edit|delete`: the term list from the command line.

Terms print one a line, tab-separated: id, Chinese, pinyin, English (preferred first, others
after "; "), tags (comma-separated).
"""

from __future__ import annotations

import argparse
from typing import Any

from db import Collection
from db.ops.term_info import TERM_STATUSES, TermInfo, TermQuery
from db.results import DeckId, TermId
from desktop.cli.context import CliContext
from duiyi.cells import tsv_line
from duiyi.errors import InvalidInput, NotFound


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `duiyi terms` and its subcommands."""
    terms = sub.add_parser(
        "terms",
        help="add, list, search, edit and delete terms",
        description="Work with the term list. Terms print one a line: "
        "id, Chinese, pinyin, English, tags (tab-separated).",
    )
    actions = terms.add_subparsers(dest="terms_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a term (accepted, with cards)")
    add.add_argument("chinese", metavar="CHINESE")
    add.add_argument(
        "english", metavar="ENGLISH", help='the English; several renderings as "first; second"'
    )
    add.add_argument("--pinyin", metavar="P", help="pinyin (default: from the Chinese)")
    add.add_argument("--deck", metavar="D", help="deck name (created if missing; default Default)")
    add.add_argument(
        "--tag", metavar="T", nargs="+", action="extend", default=[], help="one or more tags"
    )
    add.add_argument("--notes", metavar="N", default="", help="a note")
    add.set_defaults(handler=run_add)

    for name, helptext in (("list", "list terms"), ("search", "find terms")):
        parser = actions.add_parser(name, help=helptext)
        if name == "search":
            parser.add_argument(
                "query",
                metavar="QUERY",
                help="Chinese (any part, either script), English, or pinyin with or without tones",
            )
        parser.add_argument("--deck", metavar="D", help="only this deck")
        parser.add_argument("--tag", metavar="T", help="only terms with this tag")
        parser.add_argument("--status", metavar="S", choices=TERM_STATUSES, help="only this status")
        parser.set_defaults(handler=run_list)

    edit = actions.add_parser("edit", help="change a term (its cards and reviews stay)")
    edit.add_argument("term", metavar="ID|CHINESE", help="the term's id or its exact Chinese")
    edit.add_argument("--chinese", metavar="C")
    edit.add_argument("--english", metavar="E", help='new English; several as "first; second"')
    edit.add_argument("--pinyin", metavar="P")
    edit.add_argument("--notes", metavar="N")
    edit.set_defaults(handler=run_edit)

    delete = actions.add_parser("delete", help="delete a term with its cards and reviews")
    delete.add_argument("term", metavar="ID|CHINESE", help="the term's id or its exact Chinese")
    delete.set_defaults(handler=run_delete)


def term_line(term: TermInfo) -> str:
    """One term as a tab-separated line."""
    english = "; ".join([term.english, *term.other_english])
    return tsv_line([str(term.id), term.chinese, term.pinyin, english, ",".join(term.tags)])


def _english(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _deck_id(col: Collection, name: str | None, *, create: bool) -> DeckId | None:
    if name is None:
        return None
    found = col.decks.by_name(name=name)
    if found is not None:
        return found.id
    if not create:
        raise NotFound(f"There is no deck named {name}.")
    return col.decks.create(name=name).value.id


def find_term(col: Collection, ref: str) -> TermInfo:
    """The term a user named by id or by its exact Chinese (either script)."""
    text = ref.strip()
    if text.isdigit():
        return col.terms.get(term_id=TermId(int(text)))
    found = col.terms.find(chinese=text)
    if not found:
        raise NotFound(f"There is no term {text}.")
    if len(found) > 1:
        ids = ", ".join(str(t.id) for t in found)
        raise InvalidInput(f"Several terms are {text} (ids {ids}); give the id instead.")
    return found[0]


def run_add(ctx: CliContext) -> int:
    """duiyi terms add"""
    args = ctx.args
    with ctx.open_collection() as col:
        deck_id = _deck_id(col, args.deck, create=True)
        term = col.terms.add(
            chinese=args.chinese,
            english=_english(args.english),
            pinyin=args.pinyin,
            notes=args.notes,
            deck_id=deck_id,
            tags=args.tag,
        ).value
    print(f"Added term {term.id}: {term.chinese} ({term.pinyin}) = {term.english}", file=ctx.out)
    return 0


def run_list(ctx: CliContext) -> int:
    """duiyi terms list / duiyi terms search"""
    args = ctx.args
    with ctx.open_collection() as col:
        deck_id = _deck_id(col, args.deck, create=False)
        terms = col.terms.search(
            TermQuery(
                text=getattr(args, "query", ""), deck_id=deck_id, tag=args.tag, status=args.status
            ),
            sort="pinyin" if args.terms_command == "list" else "chinese",
        )
    for term in terms:
        print(term_line(term), file=ctx.out)
    if not terms and args.terms_command == "search":
        print(f"No term matches {args.query}.", file=ctx.err)
    return 0


def run_edit(ctx: CliContext) -> int:
    """duiyi terms edit"""
    args = ctx.args
    if all(v is None for v in (args.chinese, args.english, args.pinyin, args.notes)):
        raise InvalidInput("Nothing to change: give --chinese, --english, --pinyin or --notes.")
    with ctx.open_collection() as col:
        term = find_term(col, args.term)
        edited = col.terms.edit(
            term_id=term.id,
            chinese=args.chinese,
            english=None if args.english is None else _english(args.english),
            pinyin=args.pinyin,
            notes=args.notes,
        ).value
    print(f"Edited term {edited.id}: {term_line(edited)}", file=ctx.out)
    return 0


def run_delete(ctx: CliContext) -> int:
    """duiyi terms delete"""
    with ctx.open_collection() as col:
        term = find_term(col, ctx.args.term)
        col.terms.delete(term_ids=[term.id])
    print(f"Deleted term {term.id}: {term.chinese} = {term.english}", file=ctx.out)
    return 0
