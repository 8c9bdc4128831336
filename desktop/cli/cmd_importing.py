"""`duiyi` subcommands: import a bilingual text, list documents, show a document's pairs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.ops.document_info import PairInfo
from desktop.cli.context import CliContext
from duiyi.align import LOW_SCORE
from duiyi.counts import counted, number
from duiyi.document import AlignedDocument


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    imp = sub.add_parser(
        "import",
        help="import a bilingual text (txt, docx, html, pdf, tmx, xliff, glossary)",
        description="Read a bilingual text, remove boilerplate, pair its Chinese and English "
        "paragraphs and sentences, and store it as a document.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the text (or its Chinese half)")
    imp.add_argument("--en", type=Path, metavar="FILE", help="the English, when in its own file")
    imp.add_argument("--title", metavar="T", help="the document's title")
    imp.add_argument("--deck", metavar="D", help="deck for a glossary's terms")
    imp.add_argument("--encoding", metavar="E", help="read the file in this encoding (e.g. gbk)")
    imp.add_argument(
        "--simplified", action="store_true", help="convert traditional characters to simplified"
    )
    imp.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="KEY",
        help="keep a removal the summary listed (e.g. url, source-line, chunk-number, "
        "list-marks, markdown-table, watermark-1a2b3c)",
    )
    imp.set_defaults(handler=run_import)

    docs = sub.add_parser("documents", help="list the imported documents with their ids")
    docs.set_defaults(handler=run_documents)

    show = sub.add_parser("show", help="print a document's aligned pairs")
    show.add_argument("document", metavar="DOC", help="the document's id or exact title")
    show.add_argument("--sentences", action="store_true", help="also print the sentence pairs")
    show.set_defaults(handler=run_show)


def _removed_lines(document: AlignedDocument) -> list[str]:
    if not document.removed:
        return ["  removed markup and boilerplate: none"]
    lines = ["  removed markup and boilerplate (keep one with --keep KEY):"]
    for removal in document.removed:
        example = removal.examples[0] if removal.examples else ""
        count = number(removal.count)
        lines.append(f"    {removal.key}: {removal.reason}, {count}x, e.g. {example!r}")
    return lines


def run_import(ctx: CliContext) -> int:
    """Read, align and store one file, then print what was found and stored."""
    from duiyi.pipeline import read_and_align

    args = ctx.args
    document = read_and_align(
        args.file,
        en_path=args.en,
        encoding=args.encoding,
        to_simplified=args.simplified,
        keep=tuple(args.keep),
        title=args.title,
    )
    with ctx.open_collection() as col:
        summary = col.documents.add(document=document, title=args.title, deck=args.deck).value
    out = ctx.out
    if summary.already_imported:
        print(
            f"Already imported as document {summary.document_id} ({summary.title}); "
            "nothing new was stored.",
            file=out,
        )
        return 0
    tops = [p for p in document.pairs if p.kind != "sentence"]
    headings = sum(1 for p in tops if p.kind == "heading")
    one_language = summary.layout == "one-language"
    print(f"Imported document {summary.document_id}: {summary.title}", file=out)
    print(f"  source: {document.source_name} ({document.format})", file=out)
    print(f"  encoding: {document.encoding or 'n/a'}", file=out)
    print(f"  layout: {summary.layout}", file=out)
    print(
        f"  pairs: {number(summary.pairs)} ({counted(headings, 'heading')}, "
        f"{counted(summary.pairs - headings, 'paragraph')}), "
        # one-language prose has sentences, but nothing they pair with
        f"{counted(summary.sentences, 'sentence' if one_language else 'sentence pair')}",
        file=out,
    )
    print(f"  unpaired blocks: {number(summary.unpaired)}", file=out)
    if document.glossary:
        print(f"  glossary terms: {number(summary.terms)}", file=out)
    for line in _removed_lines(document):
        print(line, file=out)
    for note in summary.notes:
        print(f"  note: {note}", file=out)
    return 0


def run_documents(ctx: CliContext) -> int:
    """Print one line per document: id, title and counts."""
    with ctx.open_collection() as col:
        documents = col.documents.all()
    if not documents:
        print("No documents yet; add one with: duiyi import FILE", file=ctx.out)
        return 0
    print(f"{'id':>4}  {'pairs':>5}  {'unpaired':>8}  {'terms':>5}  layout / title", file=ctx.out)
    for doc in documents:
        print(
            f"{doc.id:>4}  {number(doc.pair_count):>5}  {number(doc.unpaired_count):>8}  "
            f"{number(doc.term_count):>5}  "
            f"{doc.layout or '-'} / {doc.title}",
            file=ctx.out,
        )
    return 0


def _pair_lines(pair: PairInfo, number: str, indent: str) -> list[str]:
    mark = "  (unpaired)" if pair.unpaired else ""
    if not pair.unpaired and pair.score < LOW_SCORE:
        mark = "  (low score: check the pairing)"
    return [
        f"{indent}[{number}] {pair.kind} {pair.score:.2f}{mark}",
        f"{indent}  zh: {pair.zh}",
        f"{indent}  en: {pair.en}",
    ]


def run_show(ctx: CliContext) -> int:
    """Print a document's pairs in order (and their sentences with --sentences)."""
    with ctx.open_collection() as col:
        info = col.documents.find(ref=ctx.args.document)
        pairs = col.documents.pairs(document_id=info.id, sentences=ctx.args.sentences)
    print(f"Document {info.id}: {info.title} ({info.layout})", file=ctx.out)
    top = 0
    sentence = 0
    heading = False
    for pair in pairs:
        if pair.parent_id is None:
            top += 1
            sentence = 0
            heading = pair.kind == "heading"
            lines = _pair_lines(pair, str(top), "")
        elif heading:
            continue  # a heading's one sentence pair is the heading itself
        else:
            sentence += 1
            lines = _pair_lines(pair, f"{top}.{sentence}", "    ")
        for line in lines:
            print(line, file=ctx.out)
    return 0
