"""From a file or pasted text to an AlignedDocument: read, clean, align, in one call."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from duiyi import script
from duiyi.align import LOW_SCORE, Alignment, align_blocks, is_low_scoring
from duiyi.align.numbering import looks_like_heading
from duiyi.clean import rejoin_lines, remove_boilerplate, remove_markup
from duiyi.clean.markup import remove_list_marks
from duiyi.clean.vocabulary import paired_vocabulary, take_inline_glosses, take_vocabulary
from duiyi.counts import counted
from duiyi.document import (
    AlignedDocument,
    GlossaryEntry,
    Lang,
    Removal,
    SegmentPair,
    SourceText,
    TextBlock,
)
from duiyi.errors import InvalidInput
from duiyi.glossed import MIN_GLOSSED, english_glossed, glossed_note, glossed_terms
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress


def content_hash(pairs: tuple[SegmentPair, ...], glossary: tuple[GlossaryEntry, ...] = ()) -> str:
    """sha256 of the cleaned, aligned text: the same content gives the same hash."""
    digest = hashlib.sha256()
    for pair in pairs:
        if pair.kind != "sentence":
            digest.update(f"{pair.kind}\x1e{pair.zh}\x1e{pair.en}\x1f".encode())
    for entry in glossary:
        digest.update(f"g\x1e{entry.chinese}\x1e{'/'.join(entry.english)}\x1f".encode())
    return digest.hexdigest()


# A bracket holding no other bracket: removed innermost first, so nested glosses
# ("组织（World Trade Organization (WTO)）") go whole.
_INNER_BRACKET = re.compile(r"[（(][^()（）]*[)）]")


def _unbracketed(text: str) -> str:
    while True:
        shorter = _INNER_BRACKET.sub("", text)
        if shorter == text:
            return text
        text = shorter


# A title and a section head or two: more short English lines than this are a language side.
_FEW_HEADINGS = 2


def _glosses_in_brackets(text: str) -> bool:
    return any(script.latin_ratio(b) > 0 for b in _INNER_BRACKET.findall(text))


# Chinese in brackets, with a word class label or not and maybe a bracket of English inside
# ("light rail (轻轨)", "acquired（v.取得）", "(2019年)"): what English prose glossed in Chinese
# holds of Chinese.
_CHINESE_GLOSS = re.compile(
    r"[（(][ \t]*(?:[a-z]{1,5}\.[ \t]*)?[^()（）A-Za-z\n]*[\u3400-\u9fff][^()（）A-Za-z\n]*"
    r"(?:[（(][^()（）\n]*[)）][ \t]*)?[)）]"
)


def _glossed_english(text: str) -> str | None:
    """English prose with its Chinese glosses taken out, or None when Chinese stands outside
    such brackets too (Chinese prose, a line in both languages)."""
    if "(" not in text and "（" not in text:
        return None
    english = _CHINESE_GLOSS.sub(" ", text)
    if english == text or script.han_ratio(english) > 0 or script.latin_ratio(english) == 0:
        return None
    return english


def _languages(blocks: tuple[TextBlock, ...]) -> set[str]:
    """The languages of the prose: an English title over Chinese notes, or English glossing
    Chinese in brackets, is no English side to pair with. Short English lines count when
    there are more than a title's few, when they stand beside most Chinese blocks of prose
    with no glosses for a title to head (captions without full stops), or when the Chinese
    has headings too, which they may translate."""
    found: set[str] = set()
    zh_headings = False
    en_headings = 0
    zh_blocks = 0
    glossed = False
    for block in blocks:
        if block.lang:
            found.add(block.lang)
            continue
        english = _glossed_english(block.text)
        if english is not None:
            text = english  # English prose glossing its terms in Chinese: no Chinese side
        elif script.han_ratio(block.text) > 0:
            found.add("zh")
            zh_blocks += 1
            zh_headings = zh_headings or looks_like_heading(block.text, "zh")
            glossed = glossed or _glosses_in_brackets(block.text)
            text = _unbracketed(block.text)
        elif looks_like_heading(block.text, "en"):
            en_headings += 1
            continue
        else:
            text = block.text
        if script.latin_ratio(text) > 0 and script.block_language(text) != "zh":
            found.add("en")
        if len(found) == 2:
            return found
    titled = en_headings <= _FEW_HEADINGS and (glossed or 2 * en_headings <= zh_blocks)
    if en_headings and (zh_headings or not titled):
        found.add("en")
    return found


def _simplified(source: SourceText) -> SourceText:
    blocks = tuple(replace(b, text=script.to_simplified(b.text)) for b in source.blocks)
    glossary = tuple(replace(g, chinese=script.to_simplified(g.chinese)) for g in source.glossary)
    return replace(source, blocks=blocks, glossary=glossary)


def _title(pairs: tuple[SegmentPair, ...], name: str) -> str:
    for pair in pairs[:3]:
        # A heading in neither language (a date) names no document.
        if pair.kind == "heading" and script.block_language(pair.zh or pair.en) is not None:
            return pair.zh or pair.en
    stem = Path(name).stem if name and name != "pasted text" else ""
    return stem or name or "Untitled"


_NOTE_EXAMPLES = 3
_EXAMPLE_CHARS = 24


def _short(text: str) -> str:
    return text if len(text) <= _EXAMPLE_CHARS else text[: _EXAMPLE_CHARS - 1] + "…"


def _pairing_notes(tops: list[SegmentPair]) -> list[str]:
    """What the user should check before extracting: blocks left unpaired, doubtful pairs."""
    notes: list[str] = []
    unpaired = [(n, p) for n, p in enumerate(tops, 1) if p.unpaired]
    if unpaired:
        shown = ", ".join(f"[{n}] '{_short(p.zh or p.en)}'" for n, p in unpaired[:_NOTE_EXAMPLES])
        more = ", ..." if len(unpaired) > _NOTE_EXAMPLES else ""
        have, be = ("has", "is") if len(unpaired) == 1 else ("have", "are")
        notes.append(
            f"{counted(len(unpaired), 'block')} {have} no translation and {be} kept unpaired: "
            f"{shown}{more}."
        )
    low = [(n, p) for n, p in enumerate(tops, 1) if is_low_scoring(p)]
    if low:
        shown = ", ".join(
            f"[{n}] '{_short(p.zh)}' / '{_short(p.en)}' ({p.score:.2f})"
            for n, p in low[:_NOTE_EXAMPLES]
        )
        more = ", ..." if len(low) > _NOTE_EXAMPLES else ""
        notes.append(
            f"{counted(len(low), 'pair')} {'scores' if len(low) == 1 else 'score'} under "
            f"{LOW_SCORE} and may not be translations of each other; check them in the reader: "
            f"{shown}{more}."
        )
    return notes


def _document(
    source: SourceText,
    alignment: Alignment,
    *,
    glossary: tuple[GlossaryEntry, ...],
    listed: tuple[GlossaryEntry, ...],
    title: str | None,
    removed: tuple[Removal, ...],
    notes: tuple[str, ...],
) -> AlignedDocument:
    """The aligned document. Its hash covers the pairs and the glossary the text lists
    (`listed`), not terms the extractor found: a better extractor must not turn a re-import of
    the same file into a second document."""
    return AlignedDocument(
        title=title or _title(alignment.pairs, source.name),
        source_name=source.name,
        format=source.format,
        encoding=source.encoding,
        layout=alignment.layout,
        pairs=alignment.pairs,
        removed=removed,
        glossary=glossary,
        content_hash=content_hash(alignment.pairs, listed),
        notes=notes,
    )


def _too_few(
    source: SourceText,
    chinese: bool,
    glossary: tuple[GlossaryEntry, ...],
    removed: tuple[Removal, ...],
) -> InvalidInput:
    """The refusal of a one-language text with fewer than MIN_GLOSSED glossed terms: what it
    does have, and the removals that may have taken glosses out with them."""
    prose, glosses = ("Chinese", "English") if chinese else ("English", "Chinese")
    if glossary:
        shown = "、".join(entry.chinese for entry in glossary)
        message = (
            f"{source.name} is {prose} with {counted(len(glossary), 'term')} glossed in "
            f"{glosses} ({shown}); Duiyi needs its {glosses}, or at least {MIN_GLOSSED} "
            "glossed terms."
        )
    else:
        message = (
            f"{source.name} has only one language: no {glosses} text was found, "
            f"and Duiyi needs Chinese with its English."
        )
    if removed:
        keys = ", ".join(f"--keep {r.key}" for r in removed)
        message += f" Some lines were removed as boilerplate; keep them with {keys}."
    return InvalidInput(message)


def _widened(
    glosses: tuple[GlossaryEntry, ...], blocks: tuple[TextBlock, ...]
) -> tuple[GlossaryEntry, ...]:
    """The word-class glosses taken out of English ("rail (n. 轻轨)" gives rail) with their
    English widened to the term the Chinese renders, as a gloss without a label is read
    ("light rail (n. 轻轨)" gives light rail)."""
    if not glosses:
        return glosses
    from duiyi.extract.inline import chinese_glosses

    wider: dict[str, str] = {}
    for block in blocks:
        for gloss in chinese_glosses(block.text):
            wider.setdefault(gloss.chinese, gloss.english)
    out: list[GlossaryEntry] = []
    for entry in glosses:
        term = wider.get(entry.chinese, "")
        # Only a span that ends with the taken word: the same bracket, read wider.
        if term.lower().endswith(" " + entry.english[0].lower()):
            entry = replace(entry, english=(term, *entry.english[1:]))
        out.append(entry)
    return tuple(out)


def _bracketed_terms(blocks: tuple[TextBlock, ...], chinese: bool) -> tuple[GlossaryEntry, ...]:
    """The glossed terms of the few blocks with brackets of the other language, read on their
    own: cheap enough to name what a text with too few glosses has before aligning all of it."""
    from duiyi.extract.inline import inline_translations

    if not chinese:
        return english_glossed([SegmentPair("paragraph", "", b.text, 0.0) for b in blocks])
    pairs = [
        SegmentPair("paragraph", b.text, "", 0.0) for b in blocks if inline_translations(b.text)
    ]
    return glossed_terms(pairs, ())


def _glossed_only(
    source: SourceText,
    blocks: tuple[TextBlock, ...],
    vocabulary: tuple[GlossaryEntry, ...],
    languages: set[str],
    removed: tuple[Removal, ...],
    progress: ProgressFn,
    cancel: CancelToken,
) -> AlignedDocument:
    """A text in one language whose terms are glossed in the other (in brackets, or in
    vocabulary lines), kept as its prose (unpaired) with those terms as its glossary;
    InvalidInput when it has fewer than MIN_GLOSSED, as it then has only one language."""
    # the extractor loads only when needed
    from duiyi.extract.inline import chinese_glosses, inline_translations

    chinese = "zh" in languages
    listed = source.glossary + vocabulary
    # Cheap before aligning: each bracket glosses one term at most, so a text with too few
    # of them is refused now, its glossed terms read from those blocks alone.
    brackets = sum(
        len(inline_translations(b.text) if chinese else chinese_glosses(b.text)) for b in blocks
    )
    if len(listed) + brackets < MIN_GLOSSED:
        found = listed + (_bracketed_terms(blocks, chinese) if brackets else ())
        raise _too_few(source, chinese, found, removed)
    # All of it is prose in one language: an English heading over Chinese notes, or a line
    # whose glosses outweigh its Chinese, is no translation to pair with.
    prose_lang: Lang = "zh" if chinese else "en"
    blocks = tuple(replace(b, lang=b.lang or prose_lang) for b in blocks)
    alignment = align_blocks(blocks, source_format=source.format, progress=progress, cancel=cancel)
    glossary = glossed_terms(alignment.pairs, listed, cancel=cancel)
    if len(glossary) < MIN_GLOSSED:
        raise _too_few(source, chinese, glossary, removed)
    prose, glosses = ("Chinese", "English") if chinese else ("English", "Chinese")
    in_lines = len(source.glossary)
    note = glossed_note(prose, glosses, bracketed=len(glossary) - in_lines, listed=in_lines)
    return _document(
        source,
        replace(alignment, layout="one-language"),
        glossary=glossary,
        listed=listed,
        title=None,
        removed=removed,
        notes=(note,),
    )


def align_source(
    source: SourceText,
    *,
    to_simplified: bool = False,
    keep: Collection[str] = (),
    title: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AlignedDocument:
    """Clean and align what a reader returned; InvalidInput when it cannot give pairs."""
    cancel = cancel or NEVER_CANCELLED
    notes: list[str] = list(source.notes)
    if to_simplified:
        converted = _simplified(source)
        if converted != source:
            notes.append("Traditional characters were converted to simplified.")
        source = converted
    if source.glossary and not any(b.text.strip() for b in source.blocks):
        return _document(
            source,
            Alignment(layout="glossary", pairs=(), ratio=1.0),
            glossary=source.glossary,
            listed=source.glossary,
            title=title,
            removed=(),
            notes=tuple(notes),
        )
    if not any(b.text.strip() for b in source.blocks):
        raise InvalidInput(f"{source.name} is empty: it holds no text to align.")
    unmarked, markup = remove_markup(source.blocks, keep=keep)
    unmarked, vocabulary = take_vocabulary(unmarked)
    glossed_blocks = unmarked
    unmarked, glosses = take_inline_glosses(unmarked)
    glosses = _widened(glosses, glossed_blocks)
    vocabulary += tuple(e for e in glosses if e.chinese not in {v.chinese for v in vocabulary})
    # Boilerplate goes line by line before lines are joined: a watermark glued to the end of
    # a wrapped line would otherwise end up inside a paragraph.
    cleaned, boilerplate = remove_boilerplate(unmarked, keep=keep)
    blocks, mended = rejoin_lines(cleaned, keep=keep)
    blocks, bullets = remove_list_marks(blocks, keep=keep)
    removed = markup + boilerplate + mended + bullets
    if not blocks:
        raise InvalidInput(
            f"Nothing is left of {source.name} once boilerplate is removed; "
            "keep a removal with --keep to import it anyway."
        )
    languages = _languages(blocks)
    cancel.raise_if_set()
    if languages != {"zh", "en"}:
        glossed = _glossed_only(source, blocks, vocabulary, languages, removed, progress, cancel)
        return replace(glossed, title=title or glossed.title, notes=(*notes, *glossed.notes))
    alignment = align_blocks(blocks, source_format=source.format, progress=progress, cancel=cancel)
    tops = [p for p in alignment.pairs if p.kind != "sentence"]
    if not any(p.zh and p.en for p in tops):
        unpaired = InvalidInput(
            f"{source.name} has Chinese and English, but no Chinese paragraph could be paired "
            "with an English one."
        )
        # Chinese notes whose English is glosses the languages test did not see through.
        try:
            glossed = _glossed_only(source, blocks, vocabulary, {"zh"}, removed, progress, cancel)
        except InvalidInput:
            raise unpaired from None
        return replace(glossed, title=title or glossed.title, notes=(*notes, *glossed.notes))
    notes.extend(_pairing_notes(tops))
    given = {entry.chinese for entry in source.glossary + vocabulary}
    vocabulary += tuple(e for e in paired_vocabulary(alignment.pairs) if e.chinese not in given)
    return _document(
        source,
        alignment,
        glossary=source.glossary + vocabulary,
        listed=source.glossary + vocabulary,
        title=title,
        removed=removed,
        notes=tuple(notes),
    )


def read_and_align(
    path: Path,
    *,
    en_path: Path | None = None,
    encoding: str | None = None,
    to_simplified: bool = False,
    keep: Collection[str] = (),
    title: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AlignedDocument:
    """Read a file (or a Chinese file and its English one), clean and align it."""
    from duiyi import read  # the readers load their format libraries only when needed

    if en_path is not None:
        source = read.read_two_files(path, en_path, encoding=encoding)
    else:
        source = read.read_file(path, encoding=encoding)
    return align_source(
        source,
        to_simplified=to_simplified,
        keep=keep,
        title=title,
        progress=progress,
        cancel=cancel,
    )


def align_pasted(
    text: str,
    *,
    to_simplified: bool = False,
    keep: Collection[str] = (),
    title: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AlignedDocument:
    """Clean and align text the user pasted."""
    from duiyi import read

    return align_source(
        read.read_pasted(text),
        to_simplified=to_simplified,
        keep=keep,
        title=title,
        progress=progress,
        cancel=cancel,
    )
