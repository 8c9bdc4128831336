"""`duiyi candidates`: review stored term candidates — list, accept, reject."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop.cli.context import CliContext
from duiyi.cells import tsv_line
from duiyi.counts import counted
from duiyi.errors import InvalidInput

if TYPE_CHECKING:
    # typing only: importing db at parse time would slow every command's start
    from db.collection import Collection
    from db.results import DocumentId


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    cand = sub.add_parser(
        "candidates",
        help="review stored term candidates: list, accept, reject",
        description="The review the Candidates screen offers, for scripts and terminals.",
    )
    actions = cand.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list candidates, most confident first")
    listing.add_argument("--document", metavar="DOC", help="only this document's (id or title)")
    listing.add_argument(
        "--format", choices=("table", "tsv", "json"), default="table", help="output format"
    )
    listing.set_defaults(handler=run_list)

    accept = actions.add_parser("accept", help="accept candidates: they become terms with cards")
    accept.add_argument("ids", nargs="*", type=int, metavar="ID", help="candidate ids")
    accept.add_argument("--all", action="store_true", help="accept every listed candidate")
    accept.add_argument(
        "--min-confidence", type=float, metavar="X", help="accept those at or above X"
    )
    accept.add_argument("--document", metavar="DOC", help="only this document's candidates")
    accept.set_defaults(handler=run_accept)

    reject = actions.add_parser("reject", help="reject candidates: never proposed again")
    reject.add_argument("ids", nargs="+", type=int, metavar="ID", help="candidate ids")
    reject.set_defaults(handler=run_reject)


def _document(col: Collection, ref: str | None) -> DocumentId | None:
    return None if ref is None else col.documents.find(ref=ref).id


def run_list(ctx: CliContext) -> int:
    """Print the candidates."""
    with ctx.open_collection() as col:
        rows = col.candidates.all(document_id=_document(col, ctx.args.document))
    fmt = ctx.args.format
    if fmt == "json":
        data = [
            {
                "id": int(c.id),
                "chinese": c.chinese,
                "pinyin": c.pinyin,
                "english": c.english,
                "confidence": c.confidence,
                "frequency": c.frequency,
                "document_id": c.document_id,
                "contexts": [{"zh": x.zh, "en": x.en} for x in c.contexts],
            }
            for c in rows
        ]
        print(json.dumps(data, ensure_ascii=False, indent=1), file=ctx.out)
        return 0
    if fmt == "tsv":
        for c in rows:
            print(tsv_line([str(c.id), c.chinese, c.english, f"{c.confidence:.3f}"]), file=ctx.out)
        return 0
    if not rows:
        print("No candidates to review.", file=ctx.out)
        return 0
    for c in rows:
        print(
            f"{c.id:>6}  {c.confidence:.2f}  {c.chinese}  {c.english}  [{c.pinyin}]", file=ctx.out
        )
    print(f"{counted(len(rows), 'candidate')}.", file=ctx.out)
    return 0


def run_accept(ctx: CliContext) -> int:
    """Accept the named candidates, all of them, or those above a confidence."""
    args = ctx.args
    chosen_ways = bool(args.ids) + bool(args.all) + (args.min_confidence is not None)
    if chosen_ways != 1:
        raise InvalidInput("Name candidate IDS, or give --all or --min-confidence X (one of them).")
    with ctx.open_collection() as col:
        if args.ids:
            ids = list(args.ids)
        else:
            rows = col.candidates.all(document_id=_document(col, args.document))
            limit = args.min_confidence if args.min_confidence is not None else -1.0
            ids = [c.id for c in rows if c.confidence >= limit - 1e-9]
        count = col.candidates.accept(term_ids=ids).value if ids else 0
    print(f"Accepted {counted(count, 'term')}.", file=ctx.out)
    return 0


def run_reject(ctx: CliContext) -> int:
    """Reject the named candidates."""
    with ctx.open_collection() as col:
        count = col.candidates.reject(term_ids=list(ctx.args.ids)).value
    print(f"Rejected {counted(count, 'candidate')}.", file=ctx.out)
    return 0
