"""Importing an aligned document (its pairs, and a glossary's terms): the helpers behind
`col.documents.add` and `col.documents.import_and_extract`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import Deck, SegmentPair, TermOccurrence
from db.ops.document_info import ImportSummary
from db.results import DeckId, DocumentId
from duiyi.document import AlignedDocument
from duiyi.errors import InvalidInput
from duiyi.progress import CancelToken, ProgressFn

_CHUNK = 500


def import_summary(
    document: AlignedDocument, document_id: DocumentId, title: str, *, again: bool, terms: int
) -> ImportSummary:
    """What an import stored (or found already stored), for the user's summary."""
    tops = [p for p in document.pairs if p.kind != "sentence"]
    return ImportSummary(
        document_id=document_id,
        title=title,
        already_imported=again,
        layout=document.layout,
        format=document.format,
        encoding=document.encoding,
        pairs=len(tops),
        sentences=len(document.pairs) - len(tops),
        unpaired=sum(1 for p in tops if p.unpaired),
        removed=document.removed,
        terms=terms,
        notes=document.notes,
    )


def import_title(document: AlignedDocument, title: str | None) -> str:
    """The title a document is imported under: the one given, else its own, else its file's."""
    return (title or document.title or document.source_name or "Untitled").strip()


def deck_named(session: Session, name: str | None) -> DeckId | None:
    """The named deck's id, created when missing; None for the default deck."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    found = session.scalar(select(Deck.id).where(Deck.name == name))
    if found is not None:
        return DeckId(found)
    deck = Deck(name=name)
    session.add(deck)
    session.flush()
    return DeckId(deck.id)


def store_pairs(
    session: Session,
    document: AlignedDocument,
    document_id: DocumentId,
    progress: ProgressFn,
    cancel: CancelToken,
) -> None:
    """Insert the pairs in chunks: headings and paragraphs first (their ids are the sentences'
    parents), then the sentences."""
    pairs = document.pairs
    ids: dict[int, int] = {}
    tops = [i for i, p in enumerate(pairs) if p.kind != "sentence"]
    sentences = [i for i, p in enumerate(pairs) if p.kind == "sentence"]
    total = len(pairs)
    done = 0
    for group, is_top in ((tops, True), (sentences, False)):
        for start in range(0, len(group), _CHUNK):
            cancel.raise_if_set()
            chunk = group[start : start + _CHUNK]
            rows = []
            for index in chunk:
                pair = pairs[index]
                parent = None if is_top or pair.parent is None else ids.get(pair.parent)
                if not is_top and parent is None:
                    raise InvalidInput(f"Sentence pair {index} has no paragraph to belong to.")
                rows.append(
                    {
                        "document_id": document_id,
                        "position": index,
                        "kind": pair.kind,
                        "parent_id": parent,
                        "zh": pair.zh,
                        "en": pair.en,
                        "score": float(min(1.0, max(0.0, pair.score))),
                    }
                )
            new_ids = session.scalars(
                insert(SegmentPair).returning(SegmentPair.id, sort_by_parameter_order=True), rows
            )
            ids.update(zip(chunk, (int(i) for i in new_ids), strict=True))
            done += len(chunk)
            progress(done, total)


def glossed_occurrences(
    session: Session, document_id: DocumentId, terms: Sequence[tuple[int, str]]
) -> None:
    """Give each (term id, Chinese) the first sentence of the document that holds it, as an
    occurrence: the glossed terms of one-language prose keep their context, as accepted
    candidates do, for the reader and the exported cards' backs. In Chinese prose the
    occurrence marks the term; in English prose glossed in Chinese ("light rail (轻轨)") it
    marks the English the bracket glosses, and no Chinese span (the sentence has no Chinese
    side). The word-class glosses taken out of English notes leave no Chinese to find."""
    from duiyi.extract.inline import chinese_glosses

    rows = session.execute(
        select(SegmentPair.id, SegmentPair.zh, SegmentPair.en)
        .where(SegmentPair.document_id == document_id, SegmentPair.kind == "sentence")
        .order_by(SegmentPair.position)
    ).all()
    glossed: dict[int, dict[str, tuple[int, int]]] = {}
    for term_id, chinese in terms:
        for pair_id, zh, en in rows:
            start = (zh or "").find(chinese)
            if start >= 0:
                spans: tuple[int, int, int | None, int | None] = (
                    start,
                    start + len(chinese),
                    None,
                    None,
                )
            elif en and chinese in en:
                if pair_id not in glossed:
                    glossed[pair_id] = {}
                    for gloss in reversed(chinese_glosses(en)):  # the first gloss wins
                        glossed[pair_id][gloss.chinese] = (gloss.en_start, gloss.en_end)
                if chinese not in glossed[pair_id]:
                    continue
                spans = (0, 0, *glossed[pair_id][chinese])
            else:
                continue
            session.add(
                TermOccurrence(
                    term_id=term_id,
                    pair_id=pair_id,
                    zh_start=spans[0],
                    zh_end=spans[1],
                    en_start=spans[2],
                    en_end=spans[3],
                )
            )
            break
