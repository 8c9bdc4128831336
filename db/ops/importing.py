"""Collection operations: importing an aligned document (its pairs, and a glossary's terms)."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.base import CollectionBase
from db.models import Deck, Document, SegmentPair
from db.ops.document_info import ImportSummary
from db.ops.term_info import NewTerm
from db.ops.term_make import make_terms
from db.results import Changes, DocumentId, OpResult
from duiyi.document import AlignedDocument
from duiyi.errors import InvalidInput
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

_CHUNK = 500


def _summary(
    document: AlignedDocument, document_id: int, title: str, *, again: bool, terms: int
) -> ImportSummary:
    tops = [p for p in document.pairs if p.kind != "sentence"]
    return ImportSummary(
        document_id=DocumentId(document_id),
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


def deck_named(session: Session, name: str | None) -> int | None:
    """The named deck's id, created when missing; None for the default deck."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    found = session.scalar(select(Deck.id).where(Deck.name == name))
    if found is not None:
        return int(found)
    deck = Deck(name=name)
    session.add(deck)
    session.flush()
    return deck.id


def _store_pairs(
    session: Session,
    document: AlignedDocument,
    document_id: int,
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


class ImportOps(CollectionBase):
    """Collection methods for importing."""

    def find_imported(self, *, content_hash: str) -> DocumentId | None:
        """The document already holding this content, if any."""
        with self._read() as session:
            found = session.scalar(
                select(Document.id).where(Document.content_hash == content_hash).limit(1)
            )
        return None if found is None else DocumentId(found)

    def import_document(
        self,
        *,
        document: AlignedDocument,
        title: str | None = None,
        deck: str | None = None,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> OpResult[ImportSummary]:
        """Store an aligned document and all its pairs in one transaction (one undo step).

        Content imported before is not stored twice: the summary then says so and names the
        earlier document. A glossary's entries become accepted terms (in `deck` if given).
        Cancelling stores nothing.
        """
        cancel = cancel or NEVER_CANCELLED
        title = import_title(document, title)
        if not document.pairs and not document.glossary:
            raise InvalidInput(f"{document.source_name or title} holds no pairs to import.")
        existing = self.find_imported(content_hash=document.content_hash)
        if existing is not None and document.content_hash:
            with self._read() as session:
                old = session.get(Document, existing)
                old_title = old.title if old is not None else title
            return OpResult(_summary(document, existing, old_title, again=True, terms=0), Changes())
        changes = Changes(documents=True, pairs=True)
        if document.glossary:
            changes = changes | Changes(terms=True, cards=True, decks=deck is not None)
        with self._write(f"Import {title}") as session:
            row = Document(
                title=title,
                source_name=document.source_name,
                format=document.format,
                encoding=document.encoding,
                layout=document.layout,
                content_hash=document.content_hash,
            )
            session.add(row)
            session.flush()
            _store_pairs(session, document, row.id, progress, cancel)
            terms = 0
            if document.glossary:
                deck_id = deck_named(session, deck)
                specs = [
                    NewTerm(
                        chinese=entry.chinese,
                        english=entry.english,
                        pinyin=entry.pinyin or None,
                        notes=entry.notes,
                        deck_id=deck_id,
                        document_id=row.id,
                    )
                    for entry in document.glossary
                ]
                terms = len(make_terms(session, specs, cancel=cancel))
            cancel.raise_if_set()
            summary = _summary(document, row.id, title, again=False, terms=terms)
        return OpResult(summary, changes)
