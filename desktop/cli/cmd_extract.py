"""`duiyi extract`: term candidates of a bilingual text, printed (and stored with --db)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.context import CliContext
from duiyi.cells import tsv_line
from duiyi.counts import number
from duiyi.errors import InvalidInput, NotFound
from duiyi.read.files import MAX_FILE_BYTES, read_limited

if TYPE_CHECKING:
    from duiyi.document import AlignedDocument, GlossaryEntry, SegmentPair
    from duiyi.extract.types import TermCandidate


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands to the parser."""
    ext = sub.add_parser(
        "extract",
        help="propose bilingual term pairs from a text (stored too with --db)",
        description="Find term pairs in a bilingual text: Chinese, English, confidence. "
        "Without --db (or $DUIYI_DB) nothing is stored; with it the document is imported "
        "(unless already there) and its candidates are stored for review.",
    )
    ext.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the bilingual text")
    ext.add_argument("--en", type=Path, metavar="FILE2", help="the English, in its own file")
    ext.add_argument("--document", metavar="DOC", help="a stored document (id or exact title)")
    ext.add_argument(
        "--zh-terms",
        type=Path,
        metavar="LIST",
        help="a file of Chinese terms, one a line: print the best English of each",
    )
    ext.add_argument(
        "--format", choices=("tsv", "json"), default="tsv", help="output format (default tsv)"
    )
    ext.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="print candidates from this confidence on (default: the preselection threshold)",
    )
    ext.add_argument("--encoding", metavar="E", help="read the file in this encoding")
    ext.set_defaults(handler=run_extract)


def _wants_db(ctx: CliContext) -> bool:
    return bool(ctx.args.db or os.environ.get("DUIYI_DB"))


def _read(args: argparse.Namespace) -> tuple[AlignedDocument, Sequence[SegmentPair]]:
    from duiyi.pipeline import read_and_align

    if not args.file.exists():
        raise NotFound(f"{args.file}: no such file.")
    document = read_and_align(args.file, en_path=args.en, encoding=args.encoding)
    return document, document.pairs


def run_extract(ctx: CliContext) -> int:
    """Extract, print and (with a collection) store term candidates."""
    from duiyi.extract import DEFAULT_THRESHOLD, check_bilingual, extract_terms

    args = ctx.args
    if args.file is None and args.document is None:
        raise InvalidInput("Name a FILE to extract from, or a stored document with --document.")
    if args.file is not None and args.document is not None:
        raise InvalidInput("Give either a FILE or --document, not both.")
    terms = _term_list(args.zh_terms) if args.zh_terms else None
    threshold = DEFAULT_THRESHOLD if args.min_confidence is None else args.min_confidence

    if args.document is None and not _wants_db(ctx):
        document, pairs = _read(args)
        if _only_glossary(document):
            return _print_glossary(ctx, document, terms)
        check_bilingual(pairs)
        if terms is not None:
            return _print_terms(ctx, pairs, terms, {}, glossary=document.glossary)
        candidates = extract_terms(pairs, with_pinyin=args.format == "json")
        _print_candidates(ctx, candidates, threshold, pairs, boxed=_boxes(document, candidates))
        for note in document.notes:  # rows of its vocabulary boxes left out
            print(f"duiyi: {note}", file=ctx.err if ctx.err is not None else sys.stderr)
        return 0

    boxed: tuple[GlossaryEntry, ...] = ()
    with ctx.open_collection() as col:
        if args.document is not None:
            document_id = col.documents.find(ref=args.document).id
            pairs, known, decided = col.candidates.extraction_input(document_id=document_id)
            check_bilingual(pairs)
            if terms is not None:
                return _print_terms(ctx, pairs, terms, known)
            candidates = extract_terms(pairs, known=known, exclude=decided)
            col.candidates.store(document_id=document_id, candidates=candidates)
        else:
            document, _ = _read(args)
            if _only_glossary(document):
                col.documents.add(document=document)  # its pairs become terms
                return _print_glossary(ctx, document, terms)
            check_bilingual(document.pairs)
            if terms is not None:
                document_id = col.documents.add(document=document).value.document_id
                pairs, known, _ = col.candidates.extraction_input(document_id=document_id)
                return _print_terms(ctx, pairs, terms, known, glossary=document.glossary)
            # a text imported before has its candidates extracted again, as --document does
            result = col.documents.import_and_extract(document=document, extract_again=True).value
            candidates = list(result.candidates)
            pairs = col.candidates.extraction_input(document_id=result.summary.document_id).pairs
            if document.layout == "one-language":
                # Its glossed terms are stored as accepted terms, so no longer candidates: it
                # prints what it prints without a collection, the extractor's findings.
                pairs = document.pairs
                candidates = extract_terms(pairs, with_pinyin=args.format == "json")
                boxed = _boxes(document, candidates)
    _print_candidates(ctx, candidates, threshold, pairs, boxed=boxed)
    return 0


def _only_glossary(document: AlignedDocument) -> bool:
    """A glossary, or prose in one language with no English glossing its Chinese in
    brackets (English prose with Chinese glosses, Chinese prose with vocabulary lines): its
    term pairs are its glossary's, and there is nothing to extract."""
    from duiyi.extract import glossed_in_brackets

    if document.layout == "one-language":
        return not glossed_in_brackets(document.pairs)
    return document.layout == "glossary"


def _boxes(
    document: AlignedDocument, candidates: Sequence[TermCandidate]
) -> tuple[GlossaryEntry, ...]:
    """The text's own term pairs printed first at confidence 1. Chinese prose glossed in
    brackets has the extractor's glossed candidates in its glossary: those print as found,
    with their confidence; a pair its vocabulary lines give otherwise prints at 1, as the
    import keeps the author's pair."""
    if document.layout != "one-language":
        return document.glossary
    found = {(c.chinese, c.english) for c in candidates}
    return tuple(e for e in document.glossary if (e.chinese, e.english[0]) not in found)


def _print_glossary(ctx: CliContext, document: AlignedDocument, terms: list[str] | None) -> int:
    """A glossary's own pairs are its terms: printed with confidence 1 (what was left out of it
    on stderr)."""
    entries = {entry.chinese: entry for entry in document.glossary}
    chosen = list(entries.values())
    if terms is not None:
        chosen = [entries[t] for t in terms if t in entries]
    if ctx.args.format == "json":
        print(json.dumps(_glossary_rows(chosen), ensure_ascii=False, indent=1), file=ctx.out)
    else:
        for entry in chosen:
            print(f"{entry.chinese}\t{entry.english[0]}\t1.000", file=ctx.out)
    for note in document.notes:
        print(f"duiyi: {note}", file=ctx.err if ctx.err is not None else sys.stderr)
    return 0


def _boxed_candidate(entry: GlossaryEntry) -> TermCandidate:
    """A vocabulary-box entry as a sure candidate: the text states this rendering itself."""
    from duiyi.extract.types import TermCandidate

    english, *others = entry.english
    return TermCandidate(
        entry.chinese, english, entry.pinyin, 1.0, 1, (), other_english=tuple(others)
    )


def _glossary_rows(entries: Sequence[GlossaryEntry]) -> list[dict[str, Any]]:
    return [
        {"chinese": e.chinese, "english": e.english[0], "pinyin": e.pinyin,
         "confidence": 1.0, "other_english": list(e.english[1:])}
        for e in entries
    ]  # fmt: skip


def _term_list(path: Path) -> list[str]:
    try:
        text = read_limited(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{path} is not UTF-8 text: give one Chinese term a line.") from error
    terms = [line.strip() for line in text.splitlines() if line.strip()]
    if not terms:
        raise InvalidInput(f"{path} holds no terms: give one Chinese term a line.")
    return terms


def _print_terms(
    ctx: CliContext,
    pairs: Sequence[SegmentPair],
    terms: list[str],
    known: dict[str, str],
    *,
    glossary: Sequence[GlossaryEntry] = (),
) -> int:
    """The best English for each listed term; a vocabulary box of the text itself decides
    for the terms it lists, since the author wrote down that rendering."""
    from duiyi.extract import english_for_terms, guessed

    boxed = {entry.chinese: entry for entry in glossary if entry.english}
    known = {**known, **{chinese: entry.english[0] for chinese, entry in boxed.items()}}
    found = english_for_terms(pairs, terms, known=known, with_pinyin=ctx.args.format == "json")
    found = [
        _boxed_candidate(boxed[t]) if t in boxed and (c is None or c.english != known[t]) else c
        for t, c in zip(terms, found, strict=True)
    ]
    missing = [t for t, c in zip(terms, found, strict=True) if c is None]
    if ctx.args.format == "json":
        rows = [
            {"chinese": t, "english": c.english if c else "", **(_as_dict(c, pairs) if c else {})}
            for t, c in zip(terms, found, strict=True)
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1), file=ctx.out)
    else:
        for term, cand in zip(terms, found, strict=True):
            print(tsv_line([term, cand.english if cand else ""]), file=ctx.out)
    # The TSV keeps its two columns (scripts read them): the warning names the guesses.
    guesses = [t for t, c in zip(terms, found, strict=True) if c is not None and guessed(c)]
    if missing or guesses:
        shown = "、".join([*missing, *guesses][:5]) + ("…" if len(missing + guesses) > 5 else "")
        more = ""
        if guesses:
            more = (
                f"; {number(len(guesses))} more were guessed from what the sentence leaves "
                "unexplained"
            )
        print(
            f"duiyi: {number(len(missing))} of the listed terms have no English found in the "
            f"text{more}: {shown}",
            file=ctx.err if ctx.err is not None else sys.stderr,
        )
    return 0


def _as_dict(cand: TermCandidate, pairs: Sequence[SegmentPair]) -> dict[str, Any]:
    return {
        "chinese": cand.chinese,
        "english": cand.english,
        "pinyin": cand.pinyin,
        "confidence": cand.confidence,
        "frequency": cand.frequency,
        "other_english": list(cand.other_english),
        "occurrences": [
            {
                "pair_index": o.pair_index,
                "zh_start": o.zh_start,
                "zh_end": o.zh_end,
                "en_start": o.en_start,
                "en_end": o.en_end,
                "zh": pairs[o.pair_index].zh if 0 <= o.pair_index < len(pairs) else "",
                "en": pairs[o.pair_index].en if 0 <= o.pair_index < len(pairs) else "",
            }
            for o in cand.occurrences
        ],
    }


def _print_candidates(
    ctx: CliContext,
    candidates: Sequence[TermCandidate],
    threshold: float,
    pairs: Sequence[SegmentPair],
    *,
    boxed: Sequence[GlossaryEntry] = (),
) -> None:
    """The candidates from the threshold on, after the term pairs the text gave itself in
    vocabulary boxes (confidence 1)."""
    given = {entry.chinese for entry in boxed}
    chosen = [c for c in candidates if c.confidence >= threshold and c.chinese not in given]
    chosen.sort(key=lambda c: -c.confidence)
    if ctx.args.format == "json":
        rows = [*_glossary_rows(boxed), *(_as_dict(c, pairs) for c in chosen)]
        print(json.dumps(rows, ensure_ascii=False, indent=1), file=ctx.out)
        return
    for entry in boxed:
        print(f"{entry.chinese}\t{entry.english[0]}\t1.000", file=ctx.out)
    for cand in chosen:
        print(tsv_line([cand.chinese, cand.english, f"{cand.confidence:.3f}"]), file=ctx.out)
